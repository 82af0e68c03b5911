package app.footprint.importers.spotify;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Streams the records of a file whose root is a list of objects (streaming histories, searches,
 * Marquee). Only one record is held at a time, so the extended history's large files stay cheap. An
 * element that is not an object is reported and skipped.
 */
final class RecordList {
    private RecordList() {
    }

    static void forEach(ImportFile file, JsonLists.RecordHandler handler) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            forEach(p, file, handler);
        }
    }

    /** Walks the list the parser stands on. */
    static void forEach(JsonParser p, ImportFile file, JsonLists.RecordHandler handler) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new FormatException("expected a list of records but found " + Json.describe(p.currentToken()));
        }
        JsonLists.forEachObject(file, p, handler);
    }

    /** A field's text, stripped; null when missing, null, structured or blank. */
    static String text(JsonNode record, String field) {
        String value = Json.text(record, field);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** "first — second", or whichever of the two is present. */
    static String joined(String first, String second) {
        if (first == null) {
            return second;
        }
        return second == null ? first : first + " — " + second;
    }
}
