package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The {@code .txt} files Netflix writes instead of a table that would be empty ({@code Ratings.txt},
 * {@code GAMES/GamePlaySession.txt}...). They hold a line of text, not data: the file is present and
 * empty, which is not a problem. A long text where a placeholder belongs is reported, not read.
 */
final class PlaceholderParser implements FileParser {
    /** A placeholder is a sentence or two; more than this is something else. */
    static final int MAX_PLACEHOLDER_BYTES = 2048;

    @Override
    public void parse(ImportFile file) throws IOException {
        byte[] start = file.content().readNBytes(MAX_PLACEHOLDER_BYTES + 1);
        String text = new String(start, StandardCharsets.UTF_8).strip();
        if (start.length > MAX_PLACEHOLDER_BYTES || text.lines().filter(l -> !l.isBlank()).count() > 3) {
            file.problem("holds more text than a placeholder for an empty file; Footprint does not read it");
        }
    }
}
