package app.footprint.importers.snapchat;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonValueCount;
import app.footprint.importers.common.LooseFields;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Snapchat's JSON files are objects of named sections ("Friends", "Login History", "Frequent
 * Locations"), each a list of records or a small object. This walker streams a file's sections: lists are
 * handed over one record at a time, small objects and texts whole. Section names are matched loosely
 * (case, spaces); sections known to hold nothing of interest are skipped; any other section with values is
 * reported by name and size, never by value.
 */
final class RootSections {
    /** Handles one record of a list, or a section's whole value when it is not a list. */
    @FunctionalInterface
    interface Handler {
        /**
         * @param section the section's name as the file spells it
         * @param key     for a section that is an object of lists (conversations), the list's key; else null
         */
        void handle(FileRecords out, String section, String key, JsonNode value);
    }

    private final Map<String, Handler> handlers = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Set<String> ignored = new HashSet<>();
    private Handler others;

    /** Reads the section {@code name}. */
    RootSections on(String name, Handler handler) {
        handlers.put(LooseFields.fold(name), handler);
        names.add(name);
        return this;
    }

    /** Skips sections that hold nothing Footprint shows (terms accepted, empty placeholders). */
    RootSections ignore(String... names) {
        for (String name : names) {
            ignored.add(LooseFields.fold(name));
        }
        return this;
    }

    /** Reads every other section with {@code handler}: for files keyed by conversation or by relation. */
    RootSections others(Handler handler) {
        this.others = handler;
        return this;
    }

    void read(ImportFile file, FileRecords out) throws IOException {
        List<String> unknown = new ArrayList<>();
        boolean[] known = {false};
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() == JsonToken.START_ARRAY && others != null) {
                known[0] = true;
                readList(out, others, "", null, p);
                return;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected Snapchat's sections (an object) but the file starts with "
                        + Json.describe(p.currentToken()));
            }
            Json.forEachField(p, (name, value) -> {
                String folded = LooseFields.fold(name);
                if (ignored.contains(folded)) {
                    known[0] = true;
                    value.skipChildren();
                    return;
                }
                Handler handler = handlers.getOrDefault(folded, others);
                if (handler == null) {
                    long values = JsonValueCount.count(value);
                    if (values > 0) {
                        unknown.add("\"" + name + "\" (" + JsonValueCount.describe(values) + ")");
                    }
                    return;
                }
                known[0] = true;
                readSection(out, handler, name, value);
            });
        }
        if (!known[0] && !unknown.isEmpty()) {
            throw new FormatException("expected one of the sections " + String.join(", ", names) + " but found only "
                    + String.join(", ", unknown) + " (an unknown generation of this file)");
        }
        if (!unknown.isEmpty()) {
            file.problem("sections Footprint does not read yet: " + String.join("; ", unknown));
        }
    }

    private void readSection(FileRecords out, Handler handler, String name, JsonParser p) throws IOException {
        switch (p.currentToken()) {
            case START_ARRAY -> readList(out, handler, name, null, p);
            case START_OBJECT -> {
                if (handler == others) {
                    // an object of lists keyed by conversation: streamed list by list
                    Json.forEachField(p, (key, value) -> {
                        if (value.currentToken() == JsonToken.START_ARRAY) {
                            readList(out, handler, name, key, value);
                        } else if (value.currentToken() != JsonToken.VALUE_NULL) {
                            handler.handle(out, name, key, Json.readTree(value));
                        }
                    });
                } else {
                    handler.handle(out, name, null, Json.readTree(p));
                }
            }
            case VALUE_NULL -> {
                // an empty section
            }
            default -> handler.handle(out, name, null, Json.readTree(p));
        }
    }

    private static void readList(FileRecords out, Handler handler, String name, String key, JsonParser p)
            throws IOException {
        Json.forEachElement(p, (index, element) -> {
            if (element.currentToken() != JsonToken.VALUE_NULL) {
                handler.handle(out, name, key, Json.readTree(element));
            }
        });
    }
}
