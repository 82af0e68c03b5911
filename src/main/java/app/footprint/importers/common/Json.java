package app.footprint.importers.common;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Streaming JSON for exports of any size: the file is walked token by token and only one record at a
 * time is held as a tree. Every text read through here has Meta's mojibake repaired.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(64_000_000)
                    .maxNestingDepth(1000)
                    .build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    private Json() {
    }

    /** Handles one field of an object; the parser stands on the field's value, which must be consumed. */
    @FunctionalInterface
    public interface FieldHandler {
        void field(String name, JsonParser parser) throws IOException;
    }

    /** Handles one element of an array; the parser stands on the element's first token. */
    @FunctionalInterface
    public interface ElementHandler {
        void element(long index, JsonParser parser) throws IOException;
    }

    /**
     * Opens a parser on a file that should hold JSON, after checking its first significant byte: HTML
     * files hide in JSON exports, and a clear message beats "unexpected character '<'". Encoding (UTF-8,
     * UTF-16, UTF-32, with or without BOM) is detected by Jackson from the bytes.
     */
    public static JsonParser open(InputStream content) throws IOException {
        BufferedInputStream in = new BufferedInputStream(content, 1 << 16);
        in.mark(64);
        int first = firstSignificantByte(in);
        in.reset();
        if (first == '<') {
            throw new FormatException("an HTML or XML file, not JSON");
        }
        if (first == -1) {
            throw new FormatException("the file is empty");
        }
        JsonParser parser = FACTORY.createParser(in);
        parser.nextToken();
        return parser;
    }

    private static int firstSignificantByte(InputStream in) throws IOException {
        for (int i = 0; i < 64; i++) {
            int b = in.read();
            if (b == -1) {
                return -1;
            }
            // Skip white space, the UTF-8 BOM and the zero bytes of UTF-16/32.
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF
                    && b != 0xFE && b != 0xFF && b != 0) {
                return b;
            }
        }
        return -1;
    }

    /** Walks the fields of the object the parser stands on. */
    public static void forEachField(JsonParser p, FieldHandler handler) throws IOException {
        expect(p, JsonToken.START_OBJECT);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            handler.field(name, p);
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                // the handler did not consume a structured value: skip it
                p.skipChildren();
            }
        }
    }

    /** Walks the elements of the array the parser stands on. */
    public static void forEachElement(JsonParser p, ElementHandler handler) throws IOException {
        expect(p, JsonToken.START_ARRAY);
        long index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() == null) {
                throw new FormatException("the file ends inside a list");
            }
            handler.element(index++, p);
            if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
        }
    }

    /**
     * Reads the value the parser stands on as a tree; for one record at a time, never for a whole file.
     * Afterwards the parser stands on the value's last token.
     */
    public static JsonNode readTree(JsonParser p) throws IOException {
        JsonNode node = MAPPER.readTree(p);
        return node == null ? MAPPER.nullNode() : node;
    }

    /** A field's text with mojibake repaired; null when missing, null or not a scalar. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return text(value);
    }

    /** A scalar node's text with mojibake repaired; null for missing, null and structured nodes. */
    public static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isContainerNode() || value.isMissingNode()) {
            return null;
        }
        return Mojibake.repair(value.asText());
    }

    /** The text of the scalar the parser stands on, with mojibake repaired. */
    public static String text(JsonParser p) throws IOException {
        return p.currentToken() == JsonToken.VALUE_NULL ? null : Mojibake.repair(p.getValueAsString());
    }

    /** A field as a long, accepting numbers written as strings; null when absent or not a number. */
    public static Long number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asLong();
        }
        if (value.isNumber()) {
            return (long) value.asDouble();
        }
        if (value.isTextual()) {
            try {
                return Long.parseLong(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * After the root value: true when the file ends there. False when a second document follows, which
     * happens when an export wrote its content twice into one file.
     */
    public static boolean endsAfterRoot(JsonParser p) throws IOException {
        return p.nextToken() == null;
    }

    private static void expect(JsonParser p, JsonToken token) throws FormatException {
        if (p.currentToken() != token) {
            throw new FormatException("expected " + describe(token) + " but found " + describe(p.currentToken()));
        }
    }

    /** A token in plain words, for messages: "an object", "a list", "the end of the file"... */
    public static String describe(JsonToken token) {
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
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
