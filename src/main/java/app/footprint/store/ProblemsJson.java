package app.footprint.store;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** A file's problem messages kept as a JSON list in one column. */
final class ProblemsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ProblemsJson() {
    }

    static String write(List<String> problems) {
        try {
            return MAPPER.writeValueAsString(problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> read(String json) {
        if (json == null) {
            return List.of();
        }
        try {
            return MAPPER.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("stored problems are not valid JSON", e);
        }
    }
}
