package app.footprint.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.OutputStream;

/**
 * How one kind of export file is formatted. Real exporters differ in small ways (Meta escapes every
 * byte, Spotify's history writes {@code "key" : value}, some files end with a newline), and an importer
 * has to meet every one of them, so the demo writes each file the way its company does.
 */
final class JsonStyle {
    /** Facebook: {@code "key": value}, empty lists with a blank line, every text byte escaped, no final newline. */
    static final JsonStyle META = new JsonStyle(": ", ExportPrettyPrinter.Empty.BLANK_LINE, true, false);
    /** Spotify's streaming history and search files: Jackson's old default look, {@code "key" : value}. */
    static final JsonStyle SPOTIFY_HISTORY = new JsonStyle(" : ", ExportPrettyPrinter.Empty.SPACE, false, false);
    /** Spotify's other account files: {@code "key": value}, raw UTF-8, no final newline. */
    static final JsonStyle SPOTIFY = new JsonStyle(": ", ExportPrettyPrinter.Empty.NEW_LINE, false, false);
    /** Spotify's Userdata.json, Identifiers.json and Inferences.json end with a newline. */
    static final JsonStyle SPOTIFY_WITH_NEWLINE = new JsonStyle(": ", ExportPrettyPrinter.Empty.NEW_LINE, false, true);

    private static final JsonFactory ESCAPING = JsonFactory.builder()
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
            .build();
    /** Emoji go out as four UTF-8 bytes, not as a pair of escaped surrogates. */
    private static final JsonFactory PLAIN = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    private final String keyValueSeparator;
    private final ExportPrettyPrinter.Empty empty;
    private final boolean metaText;
    private final boolean finalNewline;

    private JsonStyle(String keyValueSeparator, ExportPrettyPrinter.Empty empty, boolean metaText,
                      boolean finalNewline) {
        this.keyValueSeparator = keyValueSeparator;
        this.empty = empty;
        this.metaText = metaText;
        this.finalNewline = finalNewline;
    }

    boolean finalNewline() {
        return finalNewline;
    }

    /** A generator that writes UTF-8 to {@code out} in this style and leaves {@code out} open when closed. */
    JsonGenerator open(OutputStream out) throws IOException {
        JsonGenerator g = (metaText ? ESCAPING : PLAIN).createGenerator(out);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.setPrettyPrinter(new ExportPrettyPrinter(keyValueSeparator, empty));
        return metaText ? new MetaTextGenerator(g) : g;
    }

    /** The printer of a generator made by {@link #open}, for the rare line indented differently. */
    static ExportPrettyPrinter printerOf(JsonGenerator g) {
        return (ExportPrettyPrinter) g.getPrettyPrinter();
    }
}
