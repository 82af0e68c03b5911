package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.SequenceReader;

/**
 * Streams CSV exports with Commons CSV, handling their quirks in one place: the UTF-8 byte-order mark
 * (every Amazon file), preamble lines before the header (LinkedIn's Connections.csv), repeated header
 * names (read those columns by position), blank lines, ragged rows, and placeholder text in place of
 * a table ("No conversations found").
 */
public final class Csv {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
            .setIgnoreSurroundingSpaces(false)
            .get();
    /** Preamble lines are skipped looking for the header, but not forever. */
    private static final int MAX_PREAMBLE_LINES = 50;

    private Csv() {
    }

    @FunctionalInterface
    public interface RowHandler {
        void row(long index, CsvRow row) throws IOException;
    }

    /** Streams every data row of a CSV file whose first line is its header. */
    public static void forEachRow(ImportFile file, RowHandler handler) throws IOException {
        forEachRow(file, List.of(), handler);
    }

    /**
     * Streams every data row. When {@code headerStarts} is not empty, the header is the first line that
     * starts with one of them (case ignored, quotes allowed) and any lines before it are skipped. A file
     * that is only a short sentence and no table counts as present but empty.
     */
    public static void forEachRow(ImportFile file, List<String> headerStarts, RowHandler handler) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(
                BOMInputStream.builder().setInputStream(file.content()).get(), StandardCharsets.UTF_8), 1 << 16);
        Reader table = headerStarts.isEmpty() ? reader : fromHeader(reader, headerStarts);
        if (table == null) {
            return;
        }
        try (CSVParser parser = CSVParser.builder().setReader(table).setFormat(FORMAT).get()) {
            for (CSVRecord record : parser) {
                handler.row(record.getRecordNumber() - 1, new CsvRow(record));
            }
        } catch (UncheckedIOException e) {
            // Commons CSV reports a broken table (an unterminated quote) this way while iterating.
            throw new FormatException("not a readable table: " + e.getCause().getMessage());
        }
    }

    private static Reader fromHeader(BufferedReader reader, List<String> headerStarts) throws IOException {
        StringBuilder skipped = new StringBuilder();
        for (int i = 0; i < MAX_PREAMBLE_LINES; i++) {
            String line = reader.readLine();
            if (line == null) {
                break;
            }
            String bare = line.strip().replace("\"", "").toLowerCase(Locale.ROOT);
            for (String start : headerStarts) {
                if (bare.startsWith(start.toLowerCase(Locale.ROOT))) {
                    return new SequenceReader(new StringReader(line + "\n"), reader);
                }
            }
            skipped.append(line).append('\n');
        }
        String text = skipped.toString().strip();
        if (!text.isEmpty() && !text.contains(",") && !text.contains("\n")) {
            return null; // a placeholder sentence such as "No conversations found"
        }
        if (text.isEmpty()) {
            return null;
        }
        throw new FormatException("no header row starting with " + String.join(" or ", headerStarts));
    }
}
