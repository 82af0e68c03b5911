package app.footprint.model;

import java.time.Instant;
import java.util.Map;

/**
 * An item as the analysis reads it: without its long text, with its company and its file.
 *
 * @param id   the item's row id, which evidence refers to
 * @param path the file inside the export it came from
 */
public record AnalysedItem(long id, Service service, Category category, Instant at, String title,
                           Map<String, String> attributes, String path) {
    public AnalysedItem {
        attributes = Attributes.copyOf(attributes);
    }

    /** An attribute's value, or null. */
    public String attribute(String name) {
        return attributes.get(name);
    }
}
