package app.footprint.importers.common;

import java.util.List;
import org.apache.commons.csv.CSVRecord;

/**
 * One row of a CSV export. Values come back trimmed, with double-encoded UTF-8 repaired, and null where
 * the cell is empty or the row is shorter than the header (ragged rows happen).
 */
public final class CsvRow {
    private final CSVRecord record;

    CsvRow(CSVRecord record) {
        this.record = record;
    }

    /** The cell under the first column of that name; null when empty or absent. */
    public String get(String column) {
        int index = record.getParser().getHeaderNames().indexOf(column);
        return index < 0 ? null : get(index);
    }

    /** The cell at a position, for files whose header repeats names (LinkedIn's Ad_Targeting.csv). */
    public String get(int index) {
        if (index < 0 || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : Mojibake.repair(value);
    }

    /** The first non-empty cell among several possible column names (columns get renamed over the years). */
    public String first(String... columns) {
        for (String column : columns) {
            String value = get(column);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    public int size() {
        return record.size();
    }

    /** The header names in file order, repeats included. */
    public List<String> headers() {
        return record.getParser().getHeaderNames();
    }

    /** The row's number among the data rows, from 0. */
    public long index() {
        return record.getRecordNumber() - 1;
    }
}
