package app.footprint.demo;

import app.footprint.model.Service;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The heavy persona's Spotify account data ({@code my_spotify_data/}): a year of plays in
 * {@code StreamingHistory_music_N.json} files of 10,000 plays each, oldest first; the ad segments of
 * {@code Inferences.json}, half Spotify's own, half bought from brokers, each segment for one market; the
 * listener segments of {@code Marquee.json}; and the profile in {@code Userdata.json}.
 */
final class HeavySpotifyWriter {
    static final String FILE_NAME = "my_spotify_data.zip";
    static final String FOLDER = "my_spotify_data/";
    static final long STREAMS = 100_000;
    static final int STREAMS_PER_FILE = 10_000;
    static final long SEGMENTS = 300;
    static final long MARQUEE_ARTISTS = 100;
    /** Artists she plays, the favourites first; the Marquee names the first of them. */
    private static final long ARTISTS = 400;
    private static final List<String> AFFINITIES = List.of(
            "High Affinity", "Medium Affinity", "In-Market", "Lookalike", "Recent", "Heavy Users", "Intenders",
            "Seasonal");
    private static final DateTimeFormatter END_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final HeavyScale scale;
    private final HeavyTally tally;
    private final DemoRandom random;

    private HeavySpotifyWriter(HeavyScale scale, HeavyTally tally) {
        this.scale = scale;
        this.tally = tally;
        this.random = scale.random("spotify");
    }

    static void write(OutputStream out, HeavyScale scale, HeavyTally tally) throws IOException {
        try (HeavyZip zip = new HeavyZip(out, tally)) {
            new HeavySpotifyWriter(scale, tally).writeAll(zip);
        }
    }

    private void writeAll(HeavyZip zip) throws IOException {
        long segments = scale.entries(SEGMENTS);
        zip.json(FOLDER + "Inferences.json", JsonStyle.SPOTIFY_WITH_NEWLINE, g -> inferences(g, segments));
        long marquee = scale.entries(MARQUEE_ARTISTS);
        zip.json(FOLDER + "Marquee.json", JsonStyle.SPOTIFY, g -> marquee(g, marquee));
        long streams = scale.count(STREAMS);
        int perFile = scale.perFile(STREAMS_PER_FILE);
        WakingSpread spread = new WakingSpread(Persona.EXPORT_DAY.minusYears(1), Persona.EXPORT_DAY, streams);
        for (long first = 0, file = 0; first < streams; first += perFile, file++) {
            long from = first;
            long to = Math.min(streams, first + perFile);
            zip.json(FOLDER + "StreamingHistory_music_" + file + ".json", JsonStyle.SPOTIFY_HISTORY,
                    g -> plays(g, spread, from, to));
        }
        zip.json(FOLDER + "Userdata.json", JsonStyle.SPOTIFY_WITH_NEWLINE,
                g -> SpotifyAccountDataWriter.userdata(g, "heavy" + Long.toUnsignedString(scale.seed(), 36)));
        tally.inferences(Service.SPOTIFY, segments + marquee);
    }

    private static String artist(long index) {
        return HeavyWords.pair(HeavyWords.ARTIST_STARTS, " ", HeavyWords.ARTIST_ENDS, index);
    }

    /** Spotify's own segments and brokers' ones alternately; a broker's segment names its market. */
    private void inferences(JsonGenerator g, long count) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("inferences");
        for (long i = 0; i < count; i++) {
            long n = i / 2;
            if (i % 2 == 0) {
                g.writeString("1P_Custom_" + HeavyWords.pair(HeavyWords.MOODS, "_", HeavyWords.GENRES, n) + "_Listeners");
            } else {
                if (random.chance(0.1)) {
                    JsonStyle.printerOf(g).indentNextWith("\t");
                }
                g.writeString("3P_" + HeavyWords.pair(HeavyWords.BROKER_SEGMENTS, " - ", AFFINITIES, n) + "_"
                        + random.pick(HeavyWords.MARKETS));
            }
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void marquee(JsonGenerator g, long count) throws IOException {
        g.writeStartArray();
        for (long rank = 0; rank < count; rank++) {
            g.writeStartObject();
            g.writeStringField("artistName", artist(rank));
            g.writeStringField("segment", HeavyWords.SEGMENT_LEVELS.get(
                    (int) (rank * HeavyWords.SEGMENT_LEVELS.size() / count)));
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private void plays(JsonGenerator g, WakingSpread spread, long from, long to) throws IOException {
        g.writeStartArray();
        for (long i = from; i < to; i++) {
            double favour = random.nextDouble();
            g.writeStartObject();
            g.writeStringField("endTime", END_TIME.format(spread.moment(i, random.nextDouble())));
            g.writeStringField("artistName", artist((long) (ARTISTS * favour * favour)));
            g.writeStringField("trackName", random.pick(HeavyWords.TRACK_WORDS)
                    + (random.chance(0.2) ? " - Live" : random.chance(0.1) ? " (Acoustic)" : ""));
            g.writeNumberField("msPlayed", random.chance(0.2) ? random.between(800, 30_000)
                    : random.between(120_000, 320_000));
            g.writeEndObject();
            tally.streams++;
        }
        g.writeEndArray();
    }
}
