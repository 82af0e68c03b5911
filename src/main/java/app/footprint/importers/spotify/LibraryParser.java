package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code YourLibrary.json}: everything the person saved or banned, one list per kind ({@code tracks},
 * {@code albums}, {@code artists}, {@code shows}, {@code episodes}, {@code bannedTracks}, {@code other}...).
 * Lists are read by their key, so kinds added later are kept as well, typed by their key.
 */
final class LibraryParser implements FileParser {
    /** The "type" attribute for each list; unknown lists use their own key. */
    private static final Map<String, String> TYPES = Map.of(
            "tracks", "track",
            "albums", "album",
            "artists", "artist",
            "shows", "show",
            "episodes", "episode",
            "audiobooks", "audiobook",
            "bannedTracks", "banned track",
            "bannedArtists", "banned artist",
            "other", "other");

    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected an object of saved lists but found "
                        + Json.describe(p.currentToken()));
            }
            long[] position = {0};
            Json.forEachField(p, (list, value) -> {
                if (value.currentToken() != JsonToken.START_ARRAY) {
                    return;
                }
                String type = TYPES.getOrDefault(list, list);
                Json.forEachElement(value, (index, element) -> {
                    long at = position[0]++;
                    if (element.currentToken() == JsonToken.START_OBJECT) {
                        saved(file, Json.readTree(element), list, type, at);
                    } else if (element.currentToken() == JsonToken.VALUE_STRING && !element.getText().isBlank()) {
                        file.item(Category.LIBRARY, null, Json.text(element).strip(), null, Map.of("type", type), at);
                    } else {
                        file.problem("record " + at + " (" + list + "): not a saved item but "
                                + Json.describe(element.currentToken()) + ", left out");
                    }
                });
            });
        }
    }

    private static void saved(ImportFile file, JsonNode entry, String list, String type, long position) {
        String title = titleOf(entry);
        if (title == null) {
            file.problem("record " + position + " (" + list + "): a saved item without a name, left out");
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        for (Map.Entry<String, JsonNode> field : entry.properties()) {
            attributes.putIfAbsent(field.getKey(), Json.text(field.getValue()));
        }
        file.item(Category.LIBRARY, null, title, null, attributes, position);
    }

    /** "Track — Artist", "Album — Artist", "Episode — Show", or the name of an artist or show. */
    private static String titleOf(JsonNode entry) {
        String track = RecordList.text(entry, "track");
        String album = RecordList.text(entry, "album");
        String artist = RecordList.text(entry, "artist");
        String name = RecordList.text(entry, "name");
        if (track != null) {
            return RecordList.joined(track, artist);
        }
        if (album != null) {
            return RecordList.joined(album, artist);
        }
        if (name != null) {
            String show = RecordList.text(entry, "show");
            return RecordList.joined(name, show);
        }
        if (artist != null) {
            return artist;
        }
        return RecordList.text(entry, "uri");
    }
}
