package app.footprint.importers.facebook;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Readers for the two kinds of lists Facebook files hold: lists of records (each read alone as a small
 * tree) and lists of texts. An element of the wrong type is reported on the file and skipped.
 */
final class Records {
    private Records() {
    }

    @FunctionalInterface
    interface RecordHandler {
        void record(long index, JsonNode record) throws IOException;
    }

    @FunctionalInterface
    interface TextHandler {
        void text(long index, String text) throws IOException;
    }

    /** A list of objects, handed over one at a time. */
    static RootFields.Reader objects(ImportFile file, RecordHandler handler) {
        return parser -> {
            if (!isList(file, parser)) {
                return;
            }
            Json.forEachElement(parser, (index, p) -> {
                if (p.currentToken() != JsonToken.START_OBJECT) {
                    file.problem("record " + index + ": expected an object but found " + describe(p.currentToken())
                            + "; skipped");
                    return;
                }
                handler.record(index, Json.readTree(p));
            });
        };
    }

    /** A list of texts, mojibake repaired. */
    static RootFields.Reader texts(ImportFile file, TextHandler handler) {
        return parser -> {
            if (!isList(file, parser)) {
                return;
            }
            Json.forEachElement(parser, (index, p) -> {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    file.problem("record " + index + ": expected a text but found " + describe(p.currentToken())
                            + "; skipped");
                    return;
                }
                handler.text(index, Json.text(p));
            });
        };
    }

    /** Reports a field that should hold a list but holds something else (which is then skipped). */
    static boolean isList(ImportFile file, JsonParser parser) throws IOException {
        if (parser.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        if (parser.currentToken() != JsonToken.VALUE_NULL) {
            file.problem("\"" + nameOf(parser) + "\" should be a list but is " + describe(parser.currentToken())
                    + "; skipped");
        }
        return false;
    }

    private static String nameOf(JsonParser parser) throws IOException {
        String name = parser.currentName();
        return name == null ? "the list" : name;
    }

    static String describe(JsonToken token) {
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true/false";
            case VALUE_NULL -> "null";
            default -> token.name();
        };
    }
}
