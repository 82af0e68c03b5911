package app.footprint.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of attribute maps that keep the export's field order and drop empty values. */
final class Attributes {
    private Attributes() {
    }

    static Map<String, String> copyOf(Map<String, String> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> copy = new LinkedHashMap<>();
        attributes.forEach((k, v) -> {
            if (k != null && v != null && !v.isEmpty()) {
                copy.put(k, v);
            }
        });
        return Collections.unmodifiableMap(copy);
    }
}
