package app.footprint.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing an inference rests on, with the file in the archive it came from.
 *
 * @param kind    what {@code ref} points at
 * @param ref     the id of the item, stated inference or location track (0 for a combined inference's part)
 * @param service the company whose export holds it
 * @param at      when it happened, or null
 * @param label   a short description: the order's product, the stated value, "412 location points"...
 * @param path    the file inside the export it came from, or null for a combined inference's part
 * @param records how many records it stands for (1, or the points of a location cluster)
 */
public record Evidence(Kind kind, long ref, Service service, Instant at, String label, String path, long records) {
    public enum Kind { ITEM, STATED_INFERENCE, LOCATION_POINTS, INFERENCE }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(label, "label");
        if (records < 1) {
            throw new IllegalArgumentException("evidence stands for at least one record");
        }
    }

    public static Evidence item(AnalysedItem item, String label) {
        return new Evidence(Kind.ITEM, item.id(), item.service(), item.at(), label, item.path(), 1);
    }
}
