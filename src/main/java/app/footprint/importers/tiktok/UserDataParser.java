package app.footprint.importers.tiktok;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonValueCount;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * TikTok's whole export in one JSON file ({@code user_data.json}, 2024+ {@code user_data_tiktok.json}),
 * which can be hundreds of megabytes. It is walked with the streaming parser: groups, then sections, then
 * each section's lists one element at a time; only small single values (the profile map, the settings)
 * are held whole. Sections Footprint does not know are reported with how many values they hold (names
 * only, never values); a second copy of the content after the first (TikTok has written files twice) is
 * reported and left unread.
 */
final class UserDataParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        List<String> unknown = new ArrayList<>();
        boolean[] known = {false};
        List<String> roots = new ArrayList<>();
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected TikTok's groups of sections but the file starts with "
                        + Json.describe(p.currentToken()));
            }
            Json.forEachField(p, (group, value) -> {
                roots.add(group);
                known[0] |= TikTokFiles.GROUPS.contains(group.toLowerCase(Locale.ROOT));
                if (value.currentToken() != JsonToken.START_OBJECT) {
                    note(unknown, group, null, value);
                    return;
                }
                Json.forEachField(value, (name, content) -> {
                    var section = Section.named(name);
                    if (section.isEmpty()) {
                        note(unknown, group, name, content);
                        return;
                    }
                    known[0] = true;
                    readSection(out, section.get(), name, content);
                });
            });
            if (!known[0]) {
                throw new FormatException("no TikTok group or section found; the file's top keys are "
                        + (roots.isEmpty() ? "none" : String.join(", ", roots)) + " (an unknown generation)");
            }
            if (secondCopyFollows(p)) {
                file.problem("the file holds more after its content (TikTok sometimes writes everything twice); "
                        + "only the first copy was read");
            }
        }
        if (!unknown.isEmpty()) {
            file.problem("sections Footprint does not read yet: " + String.join("; ", unknown));
        }
    }

    /** Reads one section with its reader, whatever its shape. */
    static void readSection(FileRecords out, Section section, String name, JsonParser p) throws IOException {
        SectionReader reader = section.reader();
        switch (p.currentToken()) {
            case START_OBJECT -> Json.forEachField(p, (field, value) -> readField(out, section, reader, field, value));
            case START_ARRAY -> readList(out, section, reader, name, null, p);
            case VALUE_NULL -> {
                // an empty section
            }
            default -> reader.value(out, name, Json.readTree(p));
        }
        reader.end(out);
    }

    private static void readField(FileRecords out, Section section, SectionReader reader, String field, JsonParser p)
            throws IOException {
        if (section.ignores(field)) {
            p.skipChildren();
            return;
        }
        switch (p.currentToken()) {
            case VALUE_NULL -> {
                // TikTok writes empty lists as null
            }
            case START_ARRAY -> readList(out, section, reader, field, null, p);
            case START_OBJECT -> {
                if (section.keyed(field)) {
                    Json.forEachField(p, (key, value) -> {
                        if (value.currentToken() == JsonToken.START_ARRAY) {
                            readList(out, section, reader, field, key, value);
                        } else if (value.currentToken() != JsonToken.VALUE_NULL) {
                            reader.record(out, field, key, tree(section, value));
                        }
                    });
                } else {
                    reader.value(out, field, tree(section, p));
                }
            }
            default -> reader.value(out, field, Json.readTree(p));
        }
    }

    private static void readList(FileRecords out, Section section, SectionReader reader, String field, String key,
                                 JsonParser p) throws IOException {
        Json.forEachElement(p, (index, element) -> {
            if (element.currentToken() != JsonToken.VALUE_NULL) {
                reader.record(out, field, key, tree(section, element));
            }
        });
    }

    /** One record or small map as a tree, without the fields the section deliberately ignores. */
    private static JsonNode tree(Section section, JsonParser p) throws IOException {
        JsonNode node = Json.readTree(p);
        dropIgnored(section, node);
        return node;
    }

    static void dropIgnored(Section section, JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (section.ignores(name)) {
                    it.remove();
                } else {
                    dropIgnored(section, object.get(name));
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> dropIgnored(section, child));
        }
    }

    /** Notes an unknown group or section by name and how many values it holds; empty ones are not worth a word. */
    private static void note(List<String> unknown, String group, String section, JsonParser p) throws IOException {
        long values = JsonValueCount.count(p);
        if (values > 0) {
            unknown.add("\"" + group + "\"" + (section == null ? "" : " › \"" + section + "\"") + " ("
                    + JsonValueCount.describe(values) + ")");
        }
    }

    /** True when anything but white space follows the first document, broken or not. */
    private static boolean secondCopyFollows(JsonParser p) {
        try {
            return !Json.endsAfterRoot(p);
        } catch (IOException e) {
            return true;
        }
    }
}
