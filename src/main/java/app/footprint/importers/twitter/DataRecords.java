package app.footprint.importers.twitter;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsWrapper;
import app.footprint.importers.common.JsonLists;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Opens one of X's data files: skips its {@code window.YTD.<name>.partN = } wrapper, checks that the name
 * fits the file, and streams the list after it. Most files hold small records under one key
 * ({@code {"like": {...}}}), handed over one at a time; the few with big records stream them themselves
 * from {@link #openList}.
 */
final class DataRecords {
    private static final String PREFIX = "window.YTD.";

    /** Handles the value under a record's key, read as one small tree. */
    @FunctionalInterface
    interface RecordHandler {
        void record(long index, JsonNode value) throws IOException;
    }

    private DataRecords() {
    }

    /** The file's list, the parser standing on its "["; a wrapper naming other data is reported. */
    static JsonParser openList(ImportFile file) throws IOException {
        JsWrapper.Unwrapped unwrapped = JsWrapper.open(file.content());
        checkName(file, unwrapped.name());
        JsonParser p = Json.open(unwrapped.json());
        if (p.currentToken() != JsonToken.START_ARRAY) {
            JsonToken found = p.currentToken();
            p.close();
            throw new FormatException("expected a list of records after the wrapper but found " + Json.describe(found));
        }
        return p;
    }

    /**
     * Streams the records and hands each one's value under the first of {@code byKey}'s keys it has to that
     * key's handler. A record with none of the keys goes to {@code unkeyed} when given (2019's posts were
     * not wrapped in {@code "tweet"}), else it is reported and skipped.
     */
    static void read(ImportFile file, Map<String, RecordHandler> byKey, RecordHandler unkeyed) throws IOException {
        try (JsonParser p = openList(file)) {
            JsonLists.forEachObject(file, p, (index, record) -> dispatch(file, index, record, byKey, unkeyed));
        }
    }

    static void read(ImportFile file, Map<String, RecordHandler> byKey) throws IOException {
        read(file, byKey, null);
    }

    private static void dispatch(ImportFile file, long index, JsonNode record, Map<String, RecordHandler> byKey,
                                 RecordHandler unkeyed) throws IOException {
        for (Map.Entry<String, RecordHandler> entry : byKey.entrySet()) {
            JsonNode value = record.get(entry.getKey());
            if (value != null) {
                if (!value.isObject()) {
                    file.problem("record " + index + ": \"" + entry.getKey() + "\" is not an object; skipped");
                    return;
                }
                entry.getValue().record(index, value);
                return;
            }
        }
        if (unkeyed != null) {
            unkeyed.record(index, record);
            return;
        }
        file.problem("record " + index + ": expected one of the keys " + String.join(", ", byKey.keySet())
                + " but found " + describeKeys(record) + "; skipped");
    }

    /** "the keys a, b" or "no keys": key names only, never values. */
    static String describeKeys(JsonNode record) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = record.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names.isEmpty() ? "no keys" : "the keys " + String.join(", ", names);
    }

    /**
     * X names the data in the wrapper: "window.YTD.tweets.part1" in tweets-part1.js. A renamed file still
     * says what it holds; it is read as its name says, and the mismatch is reported.
     */
    private static void checkName(ImportFile file, String assigned) {
        if (!assigned.startsWith(PREFIX)) {
            return; // plain JSON, or a wrapper of another kind: nothing to compare
        }
        String global = assigned.substring(PREFIX.length());
        int dot = global.lastIndexOf(".part");
        if (dot > 0) {
            global = global.substring(0, dot);
        }
        Optional<DataFile.Found> expected = DataFile.at(file.path());
        if (expected.isPresent() && !expected.get().kind().hasGlobalName(global)) {
            file.problem("the file's first line says it holds \"" + global + "\", not what its name says; read as "
                    + expected.get().name() + ".js");
        }
    }
}
