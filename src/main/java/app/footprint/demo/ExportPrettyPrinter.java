package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/**
 * Indents JSON the way one company's exporter does, byte for byte: the separator between a key and its
 * value, how an empty list looks, and (Spotify's Inferences.json) the odd line indented with a tab.
 * Holds the nesting depth, so one instance serves one file.
 */
final class ExportPrettyPrinter implements PrettyPrinter {
    /** How an exporter writes a list or object without elements. */
    enum Empty {
        /** {@code [ ]}, as Jackson's default printer writes it. */
        SPACE,
        /** {@code [} newline, the closing bracket at the list's own depth (Spotify's library file). */
        NEW_LINE,
        /** {@code [} newline, a line holding only the inner indentation, newline, {@code ]} (Meta). */
        BLANK_LINE
    }

    private static final String INDENT = "  ";

    private final String keyValueSeparator;
    private final Empty empty;
    private int depth;
    private String nextIndent;

    ExportPrettyPrinter(String keyValueSeparator, Empty empty) {
        this.keyValueSeparator = keyValueSeparator;
        this.empty = empty;
    }

    /** Indents the next list element or key with {@code indent} instead of the usual spaces, once. */
    void indentNextWith(String indent) {
        this.nextIndent = indent;
    }

    private void newLine(JsonGenerator g, int level) throws IOException {
        g.writeRaw('\n');
        if (nextIndent != null) {
            g.writeRaw(nextIndent);
            nextIndent = null;
        } else {
            g.writeRaw(INDENT.repeat(level));
        }
    }

    private void close(JsonGenerator g, int entries, char bracket) throws IOException {
        depth--;
        if (entries > 0) {
            newLine(g, depth);
        } else {
            switch (empty) {
                case SPACE -> g.writeRaw(' ');
                case NEW_LINE -> newLine(g, depth);
                case BLANK_LINE -> {
                    newLine(g, depth + 1);
                    newLine(g, depth);
                }
            }
        }
        g.writeRaw(bracket);
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw('\n');
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        newLine(g, depth);
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(keyValueSeparator);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g, depth);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        close(g, entries, '}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        newLine(g, depth);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(',');
        newLine(g, depth);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        close(g, values, ']');
    }
}
