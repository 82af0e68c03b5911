package app.footprint.importers.twitter;

import app.footprint.importers.common.Json;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks down nested objects by key to a list and hands its elements over one at a time, streaming: X's
 * ad files wrap long lists in several layers ({@code ad.adsUserData.adImpressions.impressions[]}), and one
 * record can hold thousands of them.
 */
final class NestedLists {
    /** Handles one element of the list; {@code keys} are the keys taken on the way down, one per layer. */
    @FunctionalInterface
    interface Handler {
        void element(List<String> keys, JsonNode element) throws IOException;
    }

    private NestedLists() {
    }

    /**
     * Walks from the value the parser stands on through one of the keys of each layer of {@code path} to a
     * list. Whatever else the objects hold is skipped.
     *
     * @return whether such a list was found
     */
    static boolean forEach(JsonParser p, List<Set<String>> path, Handler handler) throws IOException {
        return walk(p, path, new ArrayList<>(), handler);
    }

    private static boolean walk(JsonParser p, List<Set<String>> path, List<String> taken, Handler handler)
            throws IOException {
        if (taken.size() == path.size()) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return false;
            }
            List<String> keys = List.copyOf(taken);
            Json.forEachElement(p, (index, element) -> handler.element(keys, Json.readTree(element)));
            return true;
        }
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return false;
        }
        boolean[] found = {false};
        Json.forEachField(p, (name, value) -> {
            if (path.get(taken.size()).contains(name)) {
                taken.add(name);
                found[0] |= walk(value, path, taken, handler);
                taken.remove(taken.size() - 1);
            }
        });
        return found[0];
    }
}
