package app.footprint.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One record of personal data: a message, a played track, a search, a login...
 *
 * @param at          when it happened, or null when the export gives no usable time
 * @param zoneAssumed true when the export gave a local time without a zone and UTC was assumed
 * @param title       a short line that names the record (a track, a query, a thread)
 * @param detail      longer text, such as a message body; may be null
 * @param attributes  further fields as the export names them, in a stable order
 */
public record Item(Category category, Instant at, boolean zoneAssumed, String title, String detail,
                   Map<String, String> attributes, SourceRef source) {
    public Item {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(source, "source");
        attributes = Attributes.copyOf(attributes);
    }
}
