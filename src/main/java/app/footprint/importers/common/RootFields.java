package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Key sniffing: streams a file's root object and hands each root field it knows to its reader, so that one
 * parser reads every generation of a file ({@code bcts} and {@code label_values}, {@code friends} and
 * {@code friends_v2}). Fields it does not know are skipped unread. A file that holds none of the known
 * fields cannot be read and fails, naming its root keys (never their values).
 */
public final class RootFields {
    /** Reads the value of one root field; the parser stands on the value's first token. */
    @FunctionalInterface
    public interface Reader {
        void read(JsonParser parser) throws IOException;
    }

    private final Map<String, Reader> readers = new LinkedHashMap<>();
    private Reader rootList;

    /** Reads the root field {@code key} with {@code reader}. */
    public RootFields on(String key, Reader reader) {
        readers.put(key, reader);
        return this;
    }

    /** Reads a file whose root is a list (posts, the 2024+ marketplace search history). */
    public RootFields onRootList(Reader reader) {
        this.rootList = reader;
        return this;
    }

    public void read(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() == JsonToken.START_ARRAY && rootList != null) {
                rootList.read(p);
                return;
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected " + expected() + " but the file does not start with "
                        + (rootList != null && readers.isEmpty() ? "a list" : "an object"));
            }
            List<String> unknown = new ArrayList<>();
            boolean[] found = {false};
            Json.forEachField(p, (name, parser) -> {
                Reader reader = readers.get(name);
                if (reader != null) {
                    found[0] = true;
                    reader.read(parser);
                } else {
                    unknown.add(name);
                }
            });
            if (!found[0]) {
                throw new FormatException("expected " + expected() + " but found "
                        + (unknown.isEmpty() ? "an empty object" : "only the keys " + String.join(", ", unknown))
                        + " (an unknown generation of this file)");
            }
        }
    }

    private String expected() {
        List<String> what = new ArrayList<>();
        if (!readers.isEmpty()) {
            what.add("one of the keys " + String.join(", ", readers.keySet()));
        }
        if (rootList != null) {
            what.add("a list of records");
        }
        return String.join(" or ", what);
    }
}
