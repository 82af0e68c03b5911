package app.footprint.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * One CSV file of a demo export, written the way its company writes it: every cell quoted (Amazon, some
 * Netflix files) or only where needed (most Netflix files), lines ending in LF, Amazon's files starting
 * with a UTF-8 byte-order mark.
 */
final class TableCsv {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final StringBuilder text = new StringBuilder();
    private final CSVPrinter printer;
    private final boolean bom;
    private final int columns;
    private int rows;

    private TableCsv(boolean quoteAll, boolean bom, List<String> header) {
        this.bom = bom;
        this.columns = header.size();
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setRecordSeparator('\n')
                .setQuoteMode(quoteAll ? QuoteMode.ALL : QuoteMode.MINIMAL)
                .get();
        try {
            printer = new CSVPrinter(text, format);
            printer.printRecord(header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A table whose cells are quoted only where a comma, quote or line break makes it necessary. */
    static TableCsv minimal(String... header) {
        return new TableCsv(false, false, Arrays.asList(header));
    }

    /** A table with every cell quoted, the header too. */
    static TableCsv quoted(String... header) {
        return new TableCsv(true, false, Arrays.asList(header));
    }

    /** Amazon's style: every cell quoted and a byte-order mark in front. */
    static TableCsv amazon(String... header) {
        return new TableCsv(true, true, Arrays.asList(header));
    }

    /** One row; null cells are written empty. */
    TableCsv row(Object... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells under " + columns + " columns");
        }
        try {
            printer.printRecord(Arrays.stream(cells).map(c -> c == null ? "" : c.toString()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows++;
        return this;
    }

    int rows() {
        return rows;
    }

    byte[] bytes() {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }

    /**
     * Amazon's one-column lists: a header sentence, a blank line, then one quoted value per line (or
     * unquoted, as in the opt-out file), with no line break after the last.
     */
    static byte[] amazonList(String header, List<String> values, boolean quoted) {
        StringBuilder out = new StringBuilder(header).append("\n\n");
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            out.append(quoted ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
            if (i < values.size() - 1) {
                out.append('\n');
            }
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, all, 0, BOM.length);
        System.arraycopy(body, 0, all, BOM.length, body.length);
        return all;
    }
}
