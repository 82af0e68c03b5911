package app.footprint.importers.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Meta's keyed record, the idiom of Instagram exports (and of Meta's other apps):
 * {@code {title, media_map_data, string_map_data: {<label>: {href, value, timestamp}},
 * string_list_data: [{href, value, timestamp}], media_list_data}}. The labels are localised ("Interest",
 * Italian "Interesse"), every text carries mojibake, and {@code ""} or {@code timestamp: 0} stand for
 * nothing. One record is small and read as one tree; everything read here is repaired and trimmed.
 *
 * @param title  the record's {@code title}, or null when empty
 * @param fields the entries of {@code string_map_data}, in file order
 * @param list   the elements of {@code string_list_data}, in file order
 */
public record MetaMapRecord(String title, List<Entry> fields, List<Entry> list) {
    public MetaMapRecord {
        fields = List.copyOf(fields);
        list = List.copyOf(list);
    }

    /**
     * One labelled value (or one element of {@code string_list_data}, whose label is null).
     *
     * @param node the entry as written, for reading its {@code timestamp} with {@link RecordTimes}
     */
    public record Entry(String label, String value, String href, JsonNode node) {
        public boolean hasValue() {
            return value != null;
        }

        /** Whether the entry carries a time other than Meta's "no date" 0. */
        public boolean hasTime() {
            Long seconds = Json.number(node, "timestamp");
            return seconds != null && seconds != 0;
        }
    }

    /** The record in a tree; null when the node is not an object. */
    public static MetaMapRecord read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        List<Entry> fields = new ArrayList<>();
        JsonNode map = node.get("string_map_data");
        if (map != null && map.isObject()) {
            for (Map.Entry<String, JsonNode> field : map.properties()) {
                fields.add(entry(Mojibake.repair(field.getKey()).strip(), field.getValue()));
            }
        }
        List<Entry> list = new ArrayList<>();
        JsonNode elements = node.get("string_list_data");
        if (elements != null && elements.isArray()) {
            for (JsonNode element : elements) {
                list.add(entry(null, element));
            }
        }
        return new MetaMapRecord(blankToNull(Json.text(node, "title")), fields, list);
    }

    /** The first field whose label is one of {@code labels}, case ignored; null when there is none. */
    public Entry field(Collection<String> labels) {
        for (Entry entry : fields) {
            for (String label : labels) {
                if (entry.label().equalsIgnoreCase(label)) {
                    return entry;
                }
            }
        }
        return null;
    }

    /** The fields that carry a value, in file order. */
    public List<Entry> valued() {
        return fields.stream().filter(Entry::hasValue).toList();
    }

    /** The first value of the record: of its fields, else of its list. Null when it holds none. */
    public String firstValue() {
        for (Entry entry : fields) {
            if (entry.hasValue()) {
                return entry.value();
            }
        }
        for (Entry entry : list) {
            if (entry.hasValue()) {
                return entry.value();
            }
        }
        return null;
    }

    /** The first entry with a real time: a field, else an element of the list. Null when none has one. */
    public Entry firstTimed() {
        for (Entry entry : fields) {
            if (entry.hasTime()) {
                return entry;
            }
        }
        for (Entry entry : list) {
            if (entry.hasTime()) {
                return entry;
            }
        }
        return null;
    }

    /** The first link of the record (fields, then list). */
    public String firstHref() {
        for (Entry entry : fields) {
            if (entry.href() != null) {
                return entry.href();
            }
        }
        for (Entry entry : list) {
            if (entry.href() != null) {
                return entry.href();
            }
        }
        return null;
    }

    /** The labels of the fields, lower case, for language detection and messages. */
    public List<String> labels() {
        return fields.stream().map(e -> e.label().toLowerCase(Locale.ROOT)).toList();
    }

    private static Entry entry(String label, JsonNode value) {
        if (value == null || !value.isObject()) {
            // a bare text where an object was expected: keep the text, it has no time
            return new Entry(label, value == null ? null : blankToNull(Json.text(value)), null,
                    MissingNode.getInstance());
        }
        return new Entry(label, blankToNull(Json.text(value, "value")), blankToNull(Json.text(value, "href")), value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
