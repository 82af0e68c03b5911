package app.footprint.importers.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Meta's generic record shape, used by Facebook and Instagram alike:
 * {@code {fbid, media, label_values:[{label, value | vec:[…] | dict:[…] | title, timestamp_value, href}]}}.
 * Labels are localised and every text carries mojibake, so everything read here is repaired, and callers
 * should rely on the shape of an entry rather than on its label.
 */
public final class MetaLabelValues {
    private MetaLabelValues() {
    }

    /** How an entry carries its data. */
    public enum Shape {
        /** A single {@code value} (or only a time or a link). */
        VALUE,
        /** A {@code vec} list of values. */
        LIST,
        /** A {@code dict} of nested labelled entries. */
        GROUP
    }

    /**
     * One entry of a {@code label_values} list, or one element of a {@code vec} / {@code dict} inside it.
     *
     * @param label     the (localised) label, or the entry's {@code title} where it has no label; may be null
     * @param value     the scalar value as text; null for lists and groups
     * @param timestamp {@code timestamp_value} as epoch seconds, unchecked; null when absent
     * @param href      a link the entry carries, if any
     * @param children  the elements of {@code vec} or {@code dict}; empty for a single value
     */
    public record Entry(String label, String value, Long timestamp, String href, Shape shape, List<Entry> children) {
        public Entry {
            children = List.copyOf(children);
        }

        /** The non-empty values of the children (for a list), or the own value; never null. */
        public List<String> values() {
            List<String> out = new ArrayList<>();
            if (shape == Shape.VALUE) {
                if (value != null && !value.isBlank()) {
                    out.add(value);
                }
                return out;
            }
            for (Entry child : children) {
                if (child.value() != null && !child.value().isBlank()) {
                    out.add(child.value());
                }
            }
            return out;
        }

        /**
         * The data values of the entry and everything nested in it, depth first: the values of a list,
         * of a group's entries, or the entry's own value. A single value that reads like an explanation
         * ("Usage explanation" entries next to the data) is not data and is left out.
         */
        public List<String> dataValues() {
            List<String> out = new ArrayList<>();
            collect(this, out);
            return out;
        }

        private static void collect(Entry entry, List<String> out) {
            if (entry.shape() == Shape.VALUE) {
                if (entry.value() != null && !entry.value().isBlank() && !isExplanation(entry.value())) {
                    out.add(entry.value());
                }
                return;
            }
            for (Entry child : entry.children()) {
                collect(child, out);
            }
        }

        /**
         * The entry in one line: its value, its list joined with ", ", or its group as "label: value"
         * pairs joined with "; ". Null when there is nothing to show (an empty list).
         */
        public String summary() {
            return switch (shape) {
                case VALUE -> value != null ? value : href;
                case LIST -> join(values(), ", ");
                case GROUP -> {
                    List<String> parts = new ArrayList<>();
                    for (Entry child : children) {
                        String inner = child.summary();
                        if (child.label() != null && inner != null) {
                            parts.add(child.label() + ": " + inner);
                        } else if (inner != null) {
                            parts.add(inner);
                        } else if (child.label() != null) {
                            parts.add(child.label());
                        }
                    }
                    yield join(parts, "; ");
                }
            };
        }

        private static String join(List<String> parts, String separator) {
            return parts.isEmpty() ? null : String.join(separator, parts);
        }
    }

    /**
     * Whether a text is prose explaining the data rather than data: a sentence (several words ending in a
     * full stop) or more than twenty words. Place names, categories and advertiser names ("Apple Inc.")
     * are shorter.
     */
    public static boolean isExplanation(String text) {
        String s = text.strip();
        int words = s.isEmpty() ? 0 : s.split("\\s+").length;
        return (s.endsWith(".") && words > 5) || words > 20;
    }

    /** Handles one entry of a label_values list; {@code entry} is null when the element was not an object. */
    @FunctionalInterface
    public interface EntryHandler {
        void entry(long index, Entry entry) throws IOException;
    }

    /**
     * Walks the {@code label_values} array the parser stands on, reading one entry at a time as a small
     * tree. Elements that are not objects reach the handler as null so that it can report them.
     */
    public static void forEach(JsonParser p, EntryHandler handler) throws IOException {
        Json.forEachElement(p, (index, parser) -> {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                handler.entry(index, null);
                return;
            }
            handler.entry(index, read(Json.readTree(parser)));
        });
    }

    /** Converts one entry read as a tree; null when the node is not an object. */
    public static Entry read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        String label = Json.text(node, "label");
        if (label == null) {
            label = Json.text(node, "title");
        }
        String href = Json.text(node, "href");
        Long timestamp = Json.number(node, "timestamp_value");
        JsonNode vec = node.get("vec");
        if (vec != null && vec.isArray()) {
            return new Entry(label, null, timestamp, href, Shape.LIST, children(vec));
        }
        JsonNode dict = node.get("dict");
        if (dict != null && dict.isArray()) {
            return new Entry(label, null, timestamp, href, Shape.GROUP, children(dict));
        }
        JsonNode value = node.get("value");
        String text = value != null && value.isContainerNode() ? null : Json.text(value);
        return new Entry(label, text, timestamp, href, Shape.VALUE, List.of());
    }

    private static List<Entry> children(JsonNode array) {
        List<Entry> out = new ArrayList<>(array.size());
        for (JsonNode element : array) {
            if (element.isObject()) {
                out.add(read(element));
            } else if (element.isValueNode() && !element.isNull()) {
                // a bare value inside a vec: seen as {"value": …} almost everywhere, tolerated here
                out.add(new Entry(null, Json.text(element), null, null, Shape.VALUE, List.of()));
            }
        }
        return out;
    }
}
