package app.footprint.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file of a demo export, written the way its company writes it: the line end (LinkedIn LF,
 * Reddit CRLF), quotes only where a cell needs them, raw lines before the header where the company puts a
 * preamble, and a final line end or none.
 */
final class DemoCsv {
    private final StringBuilder text = new StringBuilder();
    private final String lineEnd;
    private final CSVPrinter printer;
    private int rows;

    private DemoCsv(String lineEnd) {
        this.lineEnd = lineEnd;
        try {
            this.printer = new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator(lineEnd).get());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines ending in LF, as LinkedIn writes them. */
    static DemoCsv lf() {
        return new DemoCsv("\n");
    }

    /** Lines ending in CR LF, as Reddit writes them. */
    static DemoCsv crlf() {
        return new DemoCsv("\r\n");
    }

    /** A line written as it is, such as the "Notes:" preamble of LinkedIn's connections. */
    DemoCsv raw(String line) {
        text.append(line).append(lineEnd);
        return this;
    }

    /** The header; it is not counted as a row. */
    DemoCsv header(String... names) {
        print(names);
        return this;
    }

    /** One data row; null cells are written empty. */
    DemoCsv row(Object... cells) {
        print(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toArray());
        rows++;
        return this;
    }

    /** How many data rows were written. */
    int rows() {
        return rows;
    }

    /** The file's bytes in UTF-8, with or without the line end after the last line. */
    byte[] bytes(boolean finalLineEnd) {
        String out = text.toString();
        if (!finalLineEnd && out.endsWith(lineEnd)) {
            out = out.substring(0, out.length() - lineEnd.length());
        }
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private void print(Object[] cells) {
        try {
            printer.printRecord(cells);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
