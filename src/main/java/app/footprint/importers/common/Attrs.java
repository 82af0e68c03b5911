package app.footprint.importers.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** Attribute maps written inline, in order, where absent (null) values are simply left out. */
public final class Attrs {
    private Attrs() {
    }

    public static Map<String, String> of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String value = keysAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                map.put(keysAndValues[i], value);
            }
        }
        return map;
    }
}
