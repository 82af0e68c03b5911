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

/**
 * A CSV file whose every row is one record of one kind of data: a search, a connection, a vote. The
 * record's title comes from some columns (or is made from the row), its time from a date column read by
 * the service's own date reader, its longer text from one column. Every other filled cell is kept as an
 * attribute under its column's name, so columns that later generations add are kept without new code.
 * Streams the file; a row without a title is reported and skipped, an unreadable time is reported and
 * the row kept without a time (its text stays as an attribute).
 */
public final class CsvItems implements FileParser {
    private final Category category;
    private final List<String> titleColumns = new ArrayList<>();
    private Function<CsvRow, String> titleMaker;
    private String untitled;
    private final List<String> timeColumns = new ArrayList<>();
    private Function<String, Moment> timeReader = Timestamps::parse;
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

    /** The title is these columns' filled cells joined by a space (e.g. first and last name). */
    public CsvItems title(String... columns) {
        titleColumns.addAll(List.of(columns));
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

    /** The first of these columns that is filled tells when the record happened. */
    public CsvItems time(String... columns) {
        timeColumns.addAll(List.of(columns));
        return this;
    }

    /** How this service writes its times; {@link Timestamps#parse} unless told otherwise. */
    public CsvItems times(Function<String, Moment> reader) {
        this.timeReader = reader;
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

    private void record(ImportFile file, long index, CsvRow row) {
        String title = title(row);
        if (title == null) {
            if (untitled == null) {
                file.problem("record " + index + ": no " + String.join(" or ", titleColumns.isEmpty()
                        ? List.of("title") : titleColumns) + "; skipped");
                return;
            }
            title = untitled;
        }
        Map<String, String> attributes = new LinkedHashMap<>(fixed);
        attributes.putAll(derived.apply(row));
        Moment when = null;
        String timeColumn = null;
        for (String column : timeColumns) {
            String text = row.get(column);
            if (text != null) {
                timeColumn = column;
                when = timeReader.apply(text);
                if (when == null) {
                    file.problem("record " + index + ": unreadable time \"" + text + "\" in " + column
                            + "; kept without a time");
                    timeColumn = null; // keep the text as an attribute
                }
                break;
            }
        }
        Set<String> used = new HashSet<>(titleColumns);
        used.addAll(dropped);
        if (timeColumn != null) {
            used.add(timeColumn);
        }
        if (detailColumn != null) {
            used.add(detailColumn);
        }
        List<String> headers = row.headers();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            String header = headers.get(i) == null ? "" : headers.get(i).strip();
            int occurrence = seen.merge(header, 1, Integer::sum);
            if (header.isEmpty() || (occurrence == 1 && used.contains(header)) || dropped.contains(header)) {
                continue;
            }
            String value = row.get(i);
            if (value != null) {
                attributes.putIfAbsent(occurrence == 1 ? header : header + " (" + occurrence + ")", value);
            }
        }
        String detail = detailColumn == null ? null : row.get(detailColumn);
        file.item(category, when, title, detail, attributes, index);
    }

    private String title(CsvRow row) {
        if (titleMaker != null) {
            String made = titleMaker.apply(row);
            return made == null || made.isBlank() ? null : made.strip();
        }
        List<String> parts = new ArrayList<>();
        for (String column : titleColumns) {
            String value = row.get(column);
            if (value != null) {
                parts.add(value);
            }
        }
        return parts.isEmpty() ? null : String.join(" ", parts);
    }
}
