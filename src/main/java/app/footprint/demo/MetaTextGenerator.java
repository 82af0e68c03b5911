package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes every text the way Meta's exporter does: each UTF-8 byte becomes its own "backslash-u00XX"
 * escape, so "ö" turns into the two escapes of 0xC3 and 0xB6. The inner generator escapes everything above ASCII;
 * this one hands it the ISO-8859-1 reading of the text's UTF-8 bytes, one character per byte.
 */
final class MetaTextGenerator extends JsonGeneratorDelegate {
    MetaTextGenerator(JsonGenerator inner) {
        super(inner, false);
    }

    static String bytewise(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    @Override
    public void writeString(String text) throws IOException {
        super.writeString(text == null ? null : bytewise(text));
    }

    @Override
    public void writeString(char[] text, int offset, int length) throws IOException {
        writeString(new String(text, offset, length));
    }

    @Override
    public void writeFieldName(String name) throws IOException {
        super.writeFieldName(bytewise(name));
    }
}
