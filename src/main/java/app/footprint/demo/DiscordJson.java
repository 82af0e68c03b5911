package app.footprint.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * How Discord's exporter (Python's {@code json.dumps}) lays out its files: a whole object on one line with
 * {@code ", "} and {@code ": "} between items, non-ASCII text either escaped ({@code \u00f6}, lower-case hex,
 * emoji as two escaped surrogates) or raw UTF-8; the activity events without any spaces.
 */
final class DiscordJson {
    private static final JsonFactory ESCAPING = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();
    private static final JsonFactory RAW = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private DiscordJson() {
    }

    /** One JSON value on one line, Python style; {@code ascii} escapes everything beyond ASCII. */
    static byte[] line(boolean ascii, DemoZip.JsonBody body) throws IOException {
        return write(ascii ? ESCAPING : RAW, new Spaced(), body);
    }

    /** One JSON value without any spaces, as the activity events are written. */
    static byte[] compact(DemoZip.JsonBody body) throws IOException {
        return write(RAW, null, body);
    }

    private static byte[] write(JsonFactory factory, PrettyPrinter printer, DemoZip.JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(out)) {
            if (printer != null) {
                g.setPrettyPrinter(printer);
            }
            body.write(g);
        }
        return out.toByteArray();
    }

    /** Python's default separators: {@code ", "} and {@code ": "}, nothing else. */
    private static final class Spaced implements PrettyPrinter {
        @Override
        public void writeRootValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(' ');
        }

        @Override
        public void writeStartObject(JsonGenerator g) throws IOException {
            g.writeRaw('{');
        }

        @Override
        public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            g.writeRaw('}');
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeStartArray(JsonGenerator g) throws IOException {
            g.writeRaw('[');
        }

        @Override
        public void writeEndArray(JsonGenerator g, int values) throws IOException {
            g.writeRaw(']');
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void beforeArrayValues(JsonGenerator g) {
            // nothing between "[" and the first value
        }

        @Override
        public void beforeObjectEntries(JsonGenerator g) {
            // nothing between "{" and the first key
        }
    }
}
