package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * A section that is a list whose every element becomes one item of one kind: watch history, searches,
 * likes, logins, followers... (see {@link RecordItems}). A dynamic key above the list is kept as "group".
 */
final class ListReader implements SectionReader {
    private final RecordItems items;

    ListReader(Category category, String fallbackTitle) {
        this.items = new RecordItems(category, fallbackTitle);
    }

    ListReader title(String... fields) {
        items.title(fields);
        return this;
    }

    ListReader titleFrom(Function<JsonNode, String> maker) {
        items.titleFrom(maker);
        return this;
    }

    ListReader detail(String... fields) {
        items.detail(fields);
        return this;
    }

    ListReader with(String attribute, String value) {
        items.with(attribute, value);
        return this;
    }

    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        items.add(out, key, record);
    }

    /** A single text or number beside the list is no record of it: reported by name, not made an item. */
    @Override
    public void value(FileRecords out, String field, JsonNode value) {
        if (value.isContainerNode()) {
            SectionReader.super.value(out, field, value);
        } else if (LooseFields.value(value) != null) {
            out.file().problem("\"" + field + "\" holds a single value where TikTok writes lists; not read");
        }
    }
}
