package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The account data's streaming history of about the last year: {@code StreamingHistory_music_N.json}
 * and {@code StreamingHistory_podcast_N.json}, or before 2023 {@code StreamingHistoryN.json}. Each play
 * has an {@code endTime} to the minute without a zone, so UTC is assumed and said so.
 */
final class StreamingHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        boolean podcastFile = file.fileName().toLowerCase(java.util.Locale.ROOT).startsWith("streaminghistory_podcast_");
        RecordList.forEach(file, (position, record) -> {
            String show = RecordList.text(record, "podcastName");
            String episode = RecordList.text(record, "episodeName");
            String artist = RecordList.text(record, "artistName");
            String track = RecordList.text(record, "trackName");
            boolean podcast = show != null || episode != null || podcastFile;
            String title = show != null || episode != null ? RecordList.joined(episode, show) : RecordList.joined(track, artist);
            if (title == null) {
                file.problem("record " + position + ": a play without a track or episode name, left out");
                return;
            }
            String endTime = Json.text(record, "endTime");
            Moment when = Timestamps.parse(endTime);
            if (when == null) {
                file.problem("record " + position + ": endTime " + quoted(endTime) + " is not a usable time; kept without a time");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            if (show != null || episode != null) {
                attributes.put("show", show);
                attributes.put("episode", episode);
            } else {
                attributes.put(podcast ? "show" : "artist", artist);
                attributes.put(podcast ? "episode" : "track", track);
            }
            Long ms = Json.number(record, "msPlayed");
            attributes.put("ms_played", ms == null ? null : Long.toString(ms));
            attributes.put("kind", podcast ? "podcast" : "music");
            file.item(Category.LISTENING, when, title, null, attributes, position);
        });
    }

    static String quoted(String value) {
        return value == null ? "(missing)" : "\"" + value + "\"";
    }
}
