package app.footprint.model;

import java.util.Objects;

/**
 * A topic of Footprint's own cross-company taxonomy, so that "Wandern", "Hiking" and "Outdoors:Hiking"
 * from three companies count as one.
 *
 * @param id        stable identifier, such as {@code outdoors.hiking}
 * @param label     the English label shown
 * @param sensitive the sensitive category the topic belongs to, or null
 */
public record Topic(String id, String label, SensitiveCategory sensitive) {
    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }
}
