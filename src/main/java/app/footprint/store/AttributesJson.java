package app.footprint.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attribute maps kept as small JSON objects in one column. */
final class AttributesJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };
    private static final JsonStringEncoder QUOTER = JsonStringEncoder.getInstance();

    private AttributesJson() {
    }

    /**
     * The map as a JSON object of texts. Written by hand around Jackson's string quoting because it runs
     * once per imported record: a generator per call costs more than the whole rest.
     */
    static String write(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return null;
        }
        StringBuilder json = new StringBuilder(16 * attributes.size() + 16);
        json.append('{');
        for (Map.Entry<String, String> e : attributes.entrySet()) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"');
            QUOTER.quoteAsString(e.getKey(), json);
            json.append("\":\"");
            QUOTER.quoteAsString(e.getValue(), json);
            json.append('"');
        }
        return json.append('}').toString();
    }

    static Map<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try {
            return Collections.unmodifiableMap(MAPPER.readValue(json, MAP));
        } catch (IOException e) {
            throw new UncheckedIOException("a stored attribute map is not valid JSON", e);
        }
    }
}
