package app.footprint.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.JsonFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Attribute maps kept as small JSON objects in one column. */
final class AttributesJson {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
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

    /**
     * The map written by {@link #write}. Read with the streaming parser, which the import has warmed up:
     * a first data binding costs a few hundred milliseconds, and a screen opening must not wait for it.
     */
    static Map<String, String> read(String json) {
        if (json == null || json.isEmpty()) {
            return Map.of();
        }
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("expected an object");
            }
            Map<String, String> map = new LinkedHashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value != null && !value.isScalarValue()) {
                    throw new IOException("expected a text for \"" + name + "\"");
                }
                map.put(name, p.getValueAsString());
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new IOException("expected the end of the object");
            }
            return Collections.unmodifiableMap(map);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored attribute map is not valid JSON", e);
        }
    }
}
