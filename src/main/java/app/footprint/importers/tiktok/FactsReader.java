package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A section of single facts, one item each: "Auto Fill" (the details saved for forms), the "Activity
 * Summary" counters. The title is "label: value", with known field names said in words.
 */
final class FactsReader implements SectionReader {
    private final Category category;
    private final String prefix;
    private final Map<String, String> labels;

    /**
     * @param prefix put before every title ("Autofill"), or "" for none
     * @param labels words for known field names, keyed by {@link LooseFields#fold} of the name
     */
    FactsReader(Category category, String prefix, Map<String, String> labels) {
        this.category = category;
        this.prefix = prefix;
        this.labels = labels;
    }

    @Override
    public void value(FileRecords out, String field, JsonNode value) {
        record(out, field, null, value);
    }

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        if (record.isObject()) {
            record.properties().iterator().forEachRemaining(e -> record(out, e.getKey(), null, e.getValue()));
            return;
        }
        String value = record.isArray() ? LooseFields.joined(record) : LooseFields.value(record);
        if (value == null) {
            return;
        }
        String label = labels.getOrDefault(LooseFields.fold(field), field);
        out.item(category, null, (prefix.isEmpty() ? "" : prefix + " ") + label + ": " + value, null,
                Map.of("field", field));
    }
}
