package app.footprint.importers.twitter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Values of X's records as they are written. X writes plain UTF-8 (no Meta-style mojibake), so texts are
 * taken exactly; numbers and flags come as text as often as not ({@code "favorite_count" : "5"}); and where
 * one archive has a list of texts another may have a single text, so both are read as a list.
 */
final class Values {
    private Values() {
    }

    /** A field's text; null when missing, null, blank or not a single value. */
    static String text(JsonNode node, String field) {
        return node == null ? null : text(node.get(field));
    }

    static String text(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    /** The texts of a list of texts, or the one text; blanks and structured elements are left out. */
    static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value != null && value.isArray()) {
            for (JsonNode element : value) {
                String text = text(element);
                if (text != null) {
                    texts.add(text);
                }
            }
        } else {
            String text = text(value);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** The elements of a list, or the one value standing where a list was expected; nothing for null. */
    static List<JsonNode> elements(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(elements::add);
        } else {
            elements.add(value);
        }
        return elements;
    }

    /** The texts joined with {@code separator}, or null when there are none. */
    static String joined(JsonNode value, String separator) {
        List<String> texts = texts(value);
        return texts.isEmpty() ? null : String.join(separator, texts);
    }

    /** How many elements a list has, as text; null for a missing or empty list. */
    static String count(JsonNode list) {
        return list != null && list.isArray() && !list.isEmpty() ? Integer.toString(list.size()) : null;
    }

    /** A flag written as true/false or as "true"/"false"; null when absent or anything else. */
    static Boolean flag(JsonNode value) {
        if (value == null) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        String text = text(value);
        if ("true".equalsIgnoreCase(text)) {
            return true;
        }
        return "false".equalsIgnoreCase(text) ? false : null;
    }

    /** "yes" / "no" for a flag, or null. */
    static String yesNo(JsonNode value) {
        Boolean flag = flag(value);
        return flag == null ? null : flag ? "yes" : "no";
    }

    /** The first of the values that is not null. */
    static String first(String... candidates) {
        for (String candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
