package app.footprint.importers.snapchat;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LanguageNames;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * Sections that are one small object of facts ("Basic Information", "App Profile", "Statistics"): each
 * field with a value becomes an item "Field: value"; a field that is a date also dates the item; a field
 * naming a language tells the export's language.
 */
final class Facts {
    private Facts() {
    }

    static RootSections.Handler of(Category category) {
        return (out, section, key, value) -> read(out, category, value);
    }

    static void read(FileRecords out, Category category, JsonNode value) {
        if (!value.isObject()) {
            String text = LooseFields.value(value);
            if (text != null) {
                out.item(category, null, text, null, Map.of());
            }
            return;
        }
        value.properties().iterator().forEachRemaining(e -> {
            String name = e.getKey();
            String text = e.getValue().isContainerNode() ? LooseFields.joined(e.getValue())
                    : LooseFields.value(e.getValue());
            if (text == null) {
                return;
            }
            String folded = LooseFields.fold(name);
            if (folded.endsWith("language")) {
                LanguageNames.tag(text).ifPresent(tag -> out.file().export().language(tag));
            }
            Moment when = null;
            if (folded.contains("date") || folded.contains("time") || folded.equals("lastactive")) {
                when = Timestamps.parse(text);
            }
            out.item(category, when, name + ": " + text, null, Map.of("field", name));
        });
    }

    /** "Leipzig, Sachsen, DE" from the place fields present. */
    static String place(JsonNode record) {
        StringBuilder out = new StringBuilder();
        for (String field : new String[] {"Name", "Place", "City", "Region", "Postal Code", "Country"}) {
            String part = LooseFields.text(record, field);
            if (part != null) {
                out.append(out.length() == 0 ? "" : ", ").append(part);
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
