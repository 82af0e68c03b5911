package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Playlist1.json}, {@code Playlist2.json}...: {@code {"playlists": [...]}}, one item per playlist
 * with its name, when it was last changed, its description, followers and how many tracks it holds.
 * A playlist can hold thousands of tracks, so its tracks are counted while streaming, never held.
 */
final class PlaylistsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected an object with the playlists but found "
                        + Json.describe(p.currentToken()));
            }
            Json.forEachField(p, (name, value) -> {
                if (name.equals("playlists") && value.currentToken() == JsonToken.START_ARRAY) {
                    Json.forEachElement(value, (index, playlist) -> {
                        if (playlist.currentToken() == JsonToken.START_OBJECT) {
                            readPlaylist(playlist, file, index);
                        } else {
                            file.problem("record " + index + ": not a playlist but "
                                    + Json.describe(playlist.currentToken()) + ", left out");
                        }
                    });
                }
            });
        }
    }

    private static void readPlaylist(JsonParser p, ImportFile file, long position) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        long[] tracks = {-1};
        Json.forEachField(p, (name, value) -> {
            if (name.equals("items") && value.currentToken() == JsonToken.START_ARRAY) {
                tracks[0] = 0;
                Json.forEachElement(value, (index, item) -> tracks[0]++);
            } else if (value.currentToken().isScalarValue()) {
                fields.put(name, Json.text(value));
            }
        });
        String title = fields.get("name") == null || fields.get("name").isBlank() ? "Untitled playlist"
                : fields.get("name").strip();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("tracks", tracks[0] < 0 ? null : Long.toString(tracks[0]));
        attributes.put("description", fields.get("description"));
        attributes.put("followers", fields.get("numberOfFollowers"));
        attributes.put("lastModifiedDate", fields.get("lastModifiedDate"));
        file.item(Category.PLAYLISTS, Timestamps.parse(fields.get("lastModifiedDate")), title, null, attributes, position);
    }
}
