package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The extended streaming history, every play since the account began: {@code Streaming_History_Audio_*.json},
 * {@code Streaming_History_Video_*.json}, and before 2023 {@code endsong_N.json}. The files are large,
 * so records are streamed one by one. Fields are kept under their own names, whatever the generation
 * ({@code ip_addr_decrypted} before, {@code ip_addr} now, audiobook fields later), so drift loses nothing.
 */
final class ExtendedStreamingHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        boolean videoFile = file.fileName().toLowerCase(Locale.ROOT).startsWith("streaming_history_video_");
        RecordList.forEach(file, (position, record) -> {
            String ts = Json.text(record, "ts");
            Moment when = Timestamps.parse(ts);
            if (when == null && Json.number(record, "ms_played") == null) {
                file.problem("record " + position + ": neither a time (ts) nor ms_played, not a play; left out");
                return;
            }
            if (when == null) {
                file.problem("record " + position + ": ts " + StreamingHistoryParser.quoted(ts)
                        + " is not a usable time; kept without a time");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> field : record.properties()) {
                if (!field.getKey().equals("ts")) {
                    attributes.put(field.getKey(), Json.text(field.getValue()));
                }
            }
            String track = RecordList.text(record, "master_metadata_track_name");
            String episode = RecordList.text(record, "episode_name");
            String chapter = RecordList.text(record, "audiobook_chapter_title");
            String audiobook = RecordList.text(record, "audiobook_title");
            String title;
            String kind;
            if (track != null) {
                title = RecordList.joined(track, RecordList.text(record, "master_metadata_album_artist_name"));
                kind = "music";
            } else if (episode != null) {
                title = RecordList.joined(episode, RecordList.text(record, "episode_show_name"));
                kind = videoFile ? "video" : "podcast";
            } else if (chapter != null || audiobook != null) {
                title = RecordList.joined(chapter, audiobook);
                kind = "audiobook";
            } else {
                // Spotify leaves the names empty for plays of items no longer in its catalogue.
                String uri = firstOf(record, "spotify_track_uri", "spotify_episode_uri", "audiobook_uri");
                title = uri != null ? uri : "Unnamed play";
                kind = "unknown";
            }
            attributes.put("kind", kind);
            file.item(Category.LISTENING, when, title, null, attributes, position);
        });
    }

    private static String firstOf(JsonNode record, String... fields) {
        for (String field : fields) {
            String value = RecordList.text(record, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
