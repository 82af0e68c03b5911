package app.footprint.importers.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every filled cell of a CSV row under its column name, in file order: the attributes of an item read
 * from a table, named as the export names them. A repeated column name gets " (2)", " (3)"... so that
 * no cell is lost.
 */
public final class CsvCells {
    private CsvCells() {
    }

    public static Map<String, String> of(CsvRow row) {
        List<String> headers = row.headers();
        Map<String, String> cells = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String value = row.get(i);
            if (value == null) {
                continue;
            }
            String header = headers.get(i);
            String name = header == null || header.isBlank() ? "column " + (i + 1) : header.strip();
            String key = name;
            for (int n = 2; cells.containsKey(key); n++) {
                key = name + " (" + n + ")";
            }
            cells.put(key, value);
        }
        return cells;
    }
}
