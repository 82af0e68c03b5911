package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Streams the lists exports are made of: lists of records (each read alone as a small tree) and lists of
 * texts. An element of the wrong type is reported on the file and skipped; the list goes on.
 */
public final class JsonLists {
    private JsonLists() {
    }

    @FunctionalInterface
    public interface RecordHandler {
        void record(long index, JsonNode record) throws IOException;
    }

    @FunctionalInterface
    public interface TextHandler {
        void text(long index, String text) throws IOException;
    }

    /** Hands over the objects of the list the parser stands on, one at a time. */
    public static void forEachObject(ImportFile file, JsonParser parser, RecordHandler handler) throws IOException {
        Json.forEachElement(parser, (index, p) -> {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                file.problem("record " + index + ": expected an object but found " + Json.describe(p.currentToken())
                        + "; skipped");
                return;
            }
            handler.record(index, Json.readTree(p));
        });
    }

    /** Hands over the texts of the list the parser stands on, mojibake repaired. */
    public static void forEachText(ImportFile file, JsonParser parser, TextHandler handler) throws IOException {
        Json.forEachElement(parser, (index, p) -> {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                file.problem("record " + index + ": expected a text but found " + Json.describe(p.currentToken())
                        + "; skipped");
                return;
            }
            handler.text(index, Json.text(p));
        });
    }

    /**
     * Whether the parser stands on a list. Anything else but null is reported (naming the field, never its
     * value) and should be skipped by the caller.
     */
    public static boolean isList(ImportFile file, JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        if (parser.currentToken() != JsonToken.VALUE_NULL) {
            String name = parser.currentName();
            file.problem("\"" + (name == null ? "the list" : name) + "\" should be a list but is "
                    + Json.describe(parser.currentToken()) + "; skipped");
        }
        return false;
    }
}
