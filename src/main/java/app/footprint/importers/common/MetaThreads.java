package app.footprint.importers.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** What Facebook's and Instagram's message threads share: their folders and their participant lists. */
public final class MetaThreads {
    private MetaThreads() {
    }

    /** The participants' names, from {@code [{"name": ...}]} or a plain list of names. */
    public static List<String> participants(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode participant : node) {
                String name = participant.isObject() ? Json.text(participant, "name") : Json.text(participant);
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** "inbox/tomberger_1234" from ".../messages/inbox/tomberger_1234/message_1.json". */
    public static String threadFolder(String path) {
        String[] segments = path.split("/");
        int n = segments.length;
        return n >= 3 ? segments[n - 3] + "/" + segments[n - 2] : (n == 2 ? segments[0] : "");
    }
}
