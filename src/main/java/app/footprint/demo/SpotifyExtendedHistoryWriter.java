package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes the extended streaming history, a separate request and zip at Spotify: every play since the
 * account was opened, with the field names of 2024 ({@code ip_addr}, no {@code username}).
 */
final class SpotifyExtendedHistoryWriter {
    static final String FILE_NAME = "spotify_extended_streaming_history.zip";
    static final String FOLDER = "Spotify Extended Streaming History/";
    /** Spotify splits the history into files named after the years they span. */
    private static final Instant SPLIT = Persona.at(LocalDate.of(2020, 10, 1), 0, 0);

    private SpotifyExtendedHistoryWriter() {
    }

    static void write(OutputStream out, List<SpotifyListening.Play> plays, SpotifyTally tally) throws IOException {
        int split = 0;
        while (split < plays.size() && plays.get(split).end().isBefore(SPLIT)) {
            split++;
        }
        List<SpotifyListening.Play> early = plays.subList(0, split);
        List<SpotifyListening.Play> late = plays.subList(split, plays.size());
        try (DemoZip zip = new DemoZip(out)) {
            zip.bytes(FOLDER + "ReadMeFirst_ExtendedStreamingHistory.pdf", placeholderPdf());
            zip.json(FOLDER + "Streaming_History_Audio_2016-2020_0.json", JsonStyle.SPOTIFY,
                    g -> writePlays(g, early, tally));
            zip.json(FOLDER + "Streaming_History_Audio_2020-2024_1.json", JsonStyle.SPOTIFY,
                    g -> writePlays(g, late, tally));
        }
    }

    /** Stands in for Spotify's explanatory PDF, which no importer reads. */
    static byte[] placeholderPdf() {
        return "%PDF-1.4\n% Footprint demo persona: placeholder for Spotify's explanation\n%%EOF\n"
                .getBytes(StandardCharsets.US_ASCII);
    }

    private static void writePlays(JsonGenerator g, List<SpotifyListening.Play> plays, SpotifyTally tally)
            throws IOException {
        g.writeStartArray();
        for (SpotifyListening.Play play : plays) {
            SpotifyCatalog.Track track = play.track();
            SpotifyCatalog.Episode episode = play.episode();
            g.writeStartObject();
            g.writeStringField("ts", play.end().toString());
            g.writeStringField("platform", play.platform());
            g.writeNumberField("ms_played", play.msPlayed());
            g.writeStringField("conn_country", play.country());
            g.writeStringField("ip_addr", play.ipAddress());
            g.writeStringField("master_metadata_track_name", track == null ? null : track.title());
            g.writeStringField("master_metadata_album_artist_name", track == null ? null : track.artist());
            g.writeStringField("master_metadata_album_album_name", track == null ? null : track.album());
            g.writeStringField("spotify_track_uri", track == null ? null : track.uri());
            g.writeStringField("episode_name", episode == null ? null : episode.name());
            g.writeStringField("episode_show_name", episode == null ? null : episode.show().name());
            g.writeStringField("spotify_episode_uri", episode == null ? null : episode.uri());
            g.writeNullField("audiobook_title");
            g.writeNullField("audiobook_uri");
            g.writeNullField("audiobook_chapter_uri");
            g.writeNullField("audiobook_chapter_title");
            g.writeStringField("reason_start", play.reasonStart());
            g.writeStringField("reason_end", play.reasonEnd());
            g.writeBooleanField("shuffle", play.shuffle());
            g.writeBooleanField("skipped", play.skipped());
            g.writeBooleanField("offline", play.offline());
            g.writeNumberField("offline_timestamp", play.end().toEpochMilli() - play.msPlayed());
            g.writeBooleanField("incognito_mode", false);
            g.writeEndObject();
            tally.extendedPlays++;
            if (episode != null) {
                tally.extendedEpisodePlays++;
            }
        }
        g.writeEndArray();
    }
}
