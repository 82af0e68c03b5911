package app.footprint.importers.common;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A CSV file whose every row is one record of one kind of data: a search, a connection, a vote, a login.
 * The record's title comes from a column (or is made from the row), its time from a date column read by
 * the service's own date reader, its longer text from one column. Every other filled cell is kept as an
 * attribute under its column's name, so columns that later generations add are kept without new code.
 * Streams the file; a row without a title is reported and skipped, an unreadable time is reported and
 * the row kept without a time (its text stays as an attribute).
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
    private final List<String> titleColumns = new ArrayList<>();
    private Function<CsvRow, String> titleMaker;
    private String untitled;
    private final List<String> timeColumns = new ArrayList<>();
    private TimeReader timeReader = Timestamps::parse;
    private Predicate<String> noTime = text -> false;
    private String detailColumn;
    private final List<String> headerStarts = new ArrayList<>();
    private final List<String> dropped = new ArrayList<>();
    private final Map<String, String> fixed = new LinkedHashMap<>();
    private Function<CsvRow, Map<String, String>> derived = row -> Map.of();

    private CsvItems(Category category) {
        this.category = category;
    }

    /** Rows of this kind of data. */
    public static CsvItems of(Category category) {
        return new CsvItems(category);
    }

    /** The title is the first filled cell among these columns (names change between generations). */
    public CsvItems title(String... columns) {
        titleColumns.addAll(List.of(columns));
        this.titleMaker = row -> row.first(columns);
        return this;
    }

    /** The title is these columns' filled cells joined by a space (a first and a last name). */
    public CsvItems titleJoining(String... columns) {
        titleColumns.addAll(List.of(columns));
        this.titleMaker = row -> {
            List<String> parts = new ArrayList<>();
            for (String column : columns) {
                String value = row.get(column);
                if (value != null) {
                    parts.add(value);
                }
            }
            return parts.isEmpty() ? null : String.join(" ", parts);
        };
        return this;
    }

    /** The title is made from the whole row; the columns it reads stay attributes. Null means none. */
    public CsvItems titled(Function<CsvRow, String> maker) {
        this.titleMaker = maker;
        return this;
    }

    /** The title of rows that have none, instead of skipping them. */
    public CsvItems untitled(String title) {
        this.untitled = title;
        return this;
    }

    /** The first of these columns that is filled tells when the record happened, read by {@link Timestamps#parse}. */
    public CsvItems time(String... columns) {
        timeColumns.addAll(List.of(columns));
        return this;
    }

    /** The first of these columns that is filled tells when the record happened, read by the service's reader. */
    public CsvItems time(TimeReader reader, String... columns) {
        this.timeReader = reader;
        return time(columns);
    }

    /** How this service writes its times, for the columns named with {@link #time(String...)}. */
    public CsvItems times(TimeReader reader) {
        this.timeReader = reader;
        return this;
    }

    /** Cells such as "Not Available" that mean "no time" rather than a time that cannot be read. */
    public CsvItems noTimeWhen(Predicate<String> placeholder) {
        this.noTime = placeholder;
        return this;
    }

    /** The column holding the record's longer text (a message body). */
    public CsvItems detail(String column) {
        this.detailColumn = column;
        return this;
    }

    /** Lines before the header (a preamble) are skipped; the header is the line starting with one of these. */
    public CsvItems headerStartingWith(String... starts) {
        headerStarts.addAll(List.of(starts));
        return this;
    }

    /** Columns that are not kept as attributes (they repeat the title, or mean nothing to a person). */
    public CsvItems drop(String... columns) {
        dropped.addAll(List.of(columns));
        return this;
    }

    /** An attribute every record of this file gets, such as the list a saved post is on. */
    public CsvItems with(String key, String value) {
        fixed.put(key, value);
        return this;
    }

    /** Attributes computed from the row, such as the community read from a link. */
    public CsvItems derive(Function<CsvRow, Map<String, String>> attributes) {
        this.derived = attributes;
        return this;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, headerStarts, (index, row) -> record(file, index, row));
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
        String column = timeColumn(row, columns, noTime);
        if (column == null) {
            return null;
        }
        String text = row.get(column);
        Moment moment = reader.read(text);
        if (moment == null) {
            file.problem("record " + index + ": \"" + column + "\" is not a usable time (\"" + text
                    + "\"); kept without a time");
        }
        return moment;
    }

    private static String timeColumn(CsvRow row, List<String> columns, Predicate<String> noTime) {
        for (String column : columns) {
            String text = row.get(column);
            if (text != null && !noTime.test(text)) {
                return column;
            }
        }
        return null;
    }

    private void record(ImportFile file, long index, CsvRow row) {
        String made = titleMaker == null ? null : titleMaker.apply(row);
        if ((made == null || made.isBlank()) && untitled == null) {
            file.problem("record " + index + ": no " + String.join(" or ", titleColumns.isEmpty()
                    ? List.of("title") : titleColumns) + "; skipped");
            return;
        }
        String title = made == null || made.isBlank() ? untitled : made;
        Map<String, String> attributes = new LinkedHashMap<>(fixed);
        attributes.putAll(derived.apply(row));
        Moment when = time(file, index, row, timeColumns, timeReader, noTime);
        String timeColumn = when == null ? null : timeColumn(row, timeColumns, noTime);
        Set<String> used = new HashSet<>(dropped);
        if (titleMaker != null && !titleColumns.isEmpty()) {
            // The columns the title was read from would only repeat it.
            used.addAll(titleColumns.stream().filter(c -> row.get(c) != null && title.contains(row.get(c))).toList());
        }
        if (timeColumn != null) {
            used.add(timeColumn); // an unreadable time stays as an attribute
        }
        if (detailColumn != null) {
            used.add(detailColumn);
        }
        List<String> headers = row.headers();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < Math.max(headers.size(), row.size()); i++) {
            String header = i < headers.size() && headers.get(i) != null ? headers.get(i).strip() : "";
            if (header.isEmpty()) {
                header = "column " + (i + 1);
            }
            int occurrence = seen.merge(header, 1, Integer::sum);
            if ((occurrence == 1 && used.contains(header)) || dropped.contains(header)) {
                continue;
            }
            String value = row.get(i);
            if (value != null) {
                attributes.putIfAbsent(occurrence == 1 ? header : header + " (" + occurrence + ")", value);
            }
        }
        String detail = detailColumn == null ? null : row.get(detailColumn);
        file.item(category, when, title.strip(), detail, attributes, index);
    }
}
