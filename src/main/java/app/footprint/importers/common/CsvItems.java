package app.footprint.importers.common;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table export read as one item per row: the title from the first filled column of a few, the time from
 * the first filled time column, every filled cell as an attribute. Most CSV files of Netflix and Amazon are
 * no more than that; the files that need more have parsers of their own.
 *
 * <pre>{@code CsvItems.of(Category.LOGINS).title("Ip").time(Timestamps::parse, "Ts")}</pre>
 */
public final class CsvItems implements FileParser {
    /** Reads one time as the service writes it; null when the text is not a usable time. */
    @FunctionalInterface
    public interface TimeReader {
        Moment read(String text);
    }

    private final Category category;
    private Function<CsvRow, String> title = row -> null;
    private List<String> timeColumns = List.of();
    private TimeReader times = Timestamps::parse;
    private Predicate<String> noTime = text -> false;

    private CsvItems(Category category) {
        this.category = category;
    }

    public static CsvItems of(Category category) {
        return new CsvItems(category);
    }

    /** The title is the first filled cell among these columns (names change between generations). */
    public CsvItems title(String... columns) {
        List<String> names = List.of(columns);
        this.title = row -> {
            for (String column : names) {
                String value = row.get(column);
                if (value != null) {
                    return value;
                }
            }
            return null;
        };
        return this;
    }

    /** The title is made from the row; null leaves the row out as a problem. */
    public CsvItems titled(Function<CsvRow, String> title) {
        this.title = title;
        return this;
    }

    /** The time is the first filled cell among these columns, read by {@code reader}. */
    public CsvItems time(TimeReader reader, String... columns) {
        this.times = reader;
        this.timeColumns = List.of(columns);
        return this;
    }

    /** Cells such as "Not Available" that mean "no time" rather than a time that cannot be read. */
    public CsvItems noTimeWhen(Predicate<String> placeholder) {
        this.noTime = placeholder;
        return this;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String name = title.apply(row);
            if (name == null) {
                file.problem("record " + index + ": a row without " + describe(row) + ", left out");
                return;
            }
            Map<String, String> cells = CsvCells.of(row);
            file.item(category, time(file, index, row, timeColumns, times, noTime), name, null, cells, index);
        });
    }

    /**
     * The first filled time among the columns, or null. A time that is there but cannot be read is reported
     * on the file; the row is kept without a time.
     */
    public static Moment time(ImportFile file, long index, CsvRow row, List<String> columns, TimeReader reader) {
        return time(file, index, row, columns, reader, text -> false);
    }

    /** As above; cells for which {@code noTime} holds count as empty. */
    public static Moment time(ImportFile file, long index, CsvRow row, List<String> columns, TimeReader reader,
                              Predicate<String> noTime) {
        for (String column : columns) {
            String text = row.get(column);
            if (text == null || noTime.test(text)) {
                continue;
            }
            Moment moment = reader.read(text);
            if (moment == null) {
                file.problem("record " + index + ": \"" + column + "\" is not a usable time (\"" + text
                        + "\"); kept without a time");
            }
            return moment;
        }
        return null;
    }

    private static String describe(CsvRow row) {
        List<String> filled = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            if (row.get(i) != null) {
                filled.add(i < row.headers().size() ? row.headers().get(i) : "column " + (i + 1));
            }
        }
        return filled.isEmpty() ? "any values" : "a name (it holds only " + String.join(", ", filled) + ")";
    }
}
