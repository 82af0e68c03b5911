package app.footprint.importers.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Counts the values of a part of a file that is not read, so that a report can say "a section Footprint
 * does not read yet (120 values)" without holding or naming any value. Streams: the part is consumed,
 * the parser is left on its last token.
 */
public final class JsonValueCount {
    private JsonValueCount() {
    }

    /** The scalar values with content (not null, not a placeholder such as "N/A") in the value the parser stands on. */
    public static long count(JsonParser p) throws IOException {
        JsonToken token = p.currentToken();
        if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
            return counts(p, token) ? 1 : 0;
        }
        long count = 0;
        int depth = 0;
        do {
            token = p.currentToken();
            if (token == null) {
                throw new FormatException("the file ends inside " + (depth > 0 ? "a list or object" : "a value"));
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                depth++;
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                depth--;
            } else if (counts(p, token)) {
                count++;
            }
            if (depth > 0) {
                p.nextToken();
            }
        } while (depth > 0);
        return count;
    }

    private static boolean counts(JsonParser p, JsonToken token) throws IOException {
        return token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL
                && !LooseFields.placeholder(p.getValueAsString());
    }

    /** "12 values", "1 value". */
    public static String describe(long values) {
        return values + (values == 1 ? " value" : " values");
    }
}
