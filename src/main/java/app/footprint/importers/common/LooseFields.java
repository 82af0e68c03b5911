package app.footprint.importers.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Fields of records whose exporters spell the same key several ways ("Date" and "date", "SearchTerm" in
 * JSON and "Search Term" in text files, "Created" and "created") and write "no value" as text ("N/A",
 * "None", ""), as TikTok and Snapchat do. Texts are taken as written: these exports are plain UTF-8, so
 * no mojibake repair is applied.
 */
public final class LooseFields {
    /** Texts that stand for "no value". */
    private static final Set<String> PLACEHOLDERS = Set.of("", "n/a", "none", "null", "undefined");

    private LooseFields() {
    }

    /** Whether a text is empty or one of the exporters' words for "no value". */
    public static boolean placeholder(String text) {
        return text == null || PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** A field name folded for loose matching: lower case, without spaces, underscores and hyphens. */
    public static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != ' ' && c != '_' && c != '-') {
                out.append(Character.toLowerCase(c));
            }
        }
        return out.toString();
    }

    /** The field of a record named any of {@code names} (exactly, else loosely), or null. */
    public static JsonNode field(JsonNode record, String... names) {
        if (record == null || !record.isObject()) {
            return null;
        }
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value != null) {
                return value;
            }
        }
        for (String name : names) {
            String folded = fold(name);
            for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (fold(key).equals(folded)) {
                    return record.get(key);
                }
            }
        }
        return null;
    }

    /** The actual name in the record of the first of the named fields present, whatever its value; or null. */
    public static String key(JsonNode record, String... names) {
        if (record == null || !record.isObject()) {
            return null;
        }
        for (String name : names) {
            String folded = fold(name);
            for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (key.equals(name) || fold(key).equals(folded)) {
                    return key;
                }
            }
        }
        return null;
    }

    /** The actual name in the record of the first field {@link #text} would read, or null. */
    public static String nameOf(JsonNode record, String... names) {
        if (record == null || !record.isObject()) {
            return null;
        }
        for (String name : names) {
            String folded = fold(name);
            for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if ((key.equals(name) || fold(key).equals(folded)) && !placeholder(scalar(record.get(key)))) {
                    return key;
                }
            }
        }
        return null;
    }

    /** The text of the first of the named fields that holds a real value; null when none does. */
    public static String text(JsonNode record, String... names) {
        String key = nameOf(record, names);
        return key == null ? null : scalar(record.get(key)).strip();
    }

    /** A scalar node as text (numbers and booleans too); null for missing, null and structured nodes. */
    public static String scalar(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode() || node.isContainerNode()) {
            return null;
        }
        return node.asText();
    }

    /** A scalar node's text, or null when it is a placeholder. */
    public static String value(JsonNode node) {
        String text = scalar(node);
        return placeholder(text) ? null : text.strip();
    }

    /**
     * Every field of a record with a real value, as attributes named as the export names them, leaving out
     * the fields {@code used} elsewhere (title, time). Nested objects become "Parent Child" attributes;
     * lists of texts are joined with "; "; lists of records become "key: value, ..." per record, joined.
     */
    public static Map<String, String> attributes(JsonNode record, Set<String> used) {
        Map<String, String> out = new LinkedHashMap<>();
        if (record != null && record.isObject()) {
            record.properties().iterator().forEachRemaining(e -> {
                if (!used.contains(e.getKey())) {
                    flatten(e.getKey(), e.getValue(), out);
                }
            });
        }
        return out;
    }

    private static void flatten(String key, JsonNode value, Map<String, String> out) {
        if (value == null || value.isNull()) {
            return;
        }
        if (value.isObject()) {
            value.properties().iterator().forEachRemaining(e -> flatten(key + " " + e.getKey(), e.getValue(), out));
        } else if (value.isArray()) {
            String joined = joined(value);
            if (joined != null) {
                out.put(key, joined);
            }
        } else {
            String text = value(value);
            if (text != null) {
                out.put(key, text);
            }
        }
    }

    /**
     * Any value as one line of text: a scalar as written, a list as {@link #joined}, a record as
     * "key: value, key: value"; null when it holds nothing.
     */
    public static String anyText(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return joined(node);
        }
        if (node.isObject()) {
            return joined(JsonNodeFactory.instance.arrayNode().add(node));
        }
        return value(node);
    }

    /** The texts of a list, records written as "key: value, key: value", joined with "; "; null when empty. */
    public static String joined(JsonNode list) {
        List<String> parts = new ArrayList<>();
        for (JsonNode element : list) {
            if (element.isObject()) {
                List<String> fields = new ArrayList<>();
                element.properties().iterator().forEachRemaining(e -> {
                    String text = e.getValue().isContainerNode() ? joined(e.getValue()) : value(e.getValue());
                    if (text != null) {
                        fields.add(e.getKey() + ": " + text);
                    }
                });
                if (!fields.isEmpty()) {
                    parts.add(String.join(", ", fields));
                }
            } else if (element.isArray()) {
                String inner = joined(element);
                if (inner != null) {
                    parts.add(inner);
                }
            } else {
                String text = value(element);
                if (text != null) {
                    parts.add(text);
                }
            }
        }
        return parts.isEmpty() ? null : String.join("; ", parts);
    }
}
