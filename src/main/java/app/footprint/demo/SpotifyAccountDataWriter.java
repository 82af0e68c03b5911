package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes Spotify's "account data" zip: profile, ad segments, listener segments, the last year of
 * listening, searches, library and playlists, in folder {@code my_spotify_data/}. Spotify writes raw
 * UTF-8 and formats its files in three slightly different ways, each copied here.
 */
final class SpotifyAccountDataWriter {
    static final String FILE_NAME = "my_spotify_data.zip";
    static final String FOLDER = "my_spotify_data/";
    static final int MUSIC_PLAYS_PER_FILE = 5000;
    static final int SEARCHES = 120;
    static final int MARQUEE_ARTISTS = 20;

    private static final DateTimeFormatter END_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SEARCH_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z[UTC]'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** A playlist: its name, when she last changed it, and what goes in it. */
    private record PlaylistPlan(String name, LocalDate lastModified, int size, boolean lullabies) {
    }

    private static final List<PlaylistPlan> PLAYLISTS = List.of(
            new PlaylistPlan("Laufen 🏃‍♀️ 10k", LocalDate.of(2023, 6, 2), 40, false),
            new PlaylistPlan("Nachtdienst-Heimweg", LocalDate.of(2023, 5, 14), 35, false),
            new PlaylistPlan("Sonntagmorgen ☕", LocalDate.of(2024, 1, 7), 30, false),
            new PlaylistPlan("Kinderzimmer streichen 🎨", LocalDate.of(2023, 11, 18), 22, false),
            new PlaylistPlan("Schlaflieder 🌙", LocalDate.of(2024, 2, 20), 10, true),
            new PlaylistPlan("Sommer am See", LocalDate.of(2022, 8, 20), 28, false));

    private final DemoZip zip;
    private final SpotifyCatalog catalog;
    private final List<SpotifyListening.Play> music;
    private final List<SpotifyListening.Play> episodes;
    private final SpotifyTally tally;

    private SpotifyAccountDataWriter(DemoZip zip, SpotifyCatalog catalog, List<SpotifyListening.Play> plays,
                                     SpotifyTally tally) {
        this.zip = zip;
        this.catalog = catalog;
        this.tally = tally;
        List<SpotifyListening.Play> lastYear = plays.stream().filter(SpotifyListening.Play::lastYear).toList();
        this.music = lastYear.stream().filter(p -> p.track() != null).toList();
        this.episodes = lastYear.stream().filter(p -> p.episode() != null).toList();
    }

    static void write(OutputStream out, SpotifyCatalog catalog, List<SpotifyListening.Play> plays,
                      SpotifyTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            new SpotifyAccountDataWriter(zip, catalog, plays, tally).writeAll();
        }
    }

    private void writeAll() throws IOException {
        writeFollow();
        writeIdentifiers();
        writeInferences();
        writeMarquee();
        writePlaylists();
        zip.bytes(FOLDER + "Read_Me_First.pdf", SpotifyExtendedHistoryWriter.placeholderPdf());
        writeSearches();
        for (int file = 0; file * MUSIC_PLAYS_PER_FILE < music.size(); file++) {
            List<SpotifyListening.Play> part = music.subList(file * MUSIC_PLAYS_PER_FILE,
                    Math.min(music.size(), (file + 1) * MUSIC_PLAYS_PER_FILE));
            zip.json(FOLDER + "StreamingHistory_music_" + file + ".json", JsonStyle.SPOTIFY_HISTORY,
                    g -> writeMusic(g, part));
        }
        zip.json(FOLDER + "StreamingHistory_podcast_0.json", JsonStyle.SPOTIFY_HISTORY, this::writePodcasts);
        writeUserdata();
        writeLibrary();
    }

    private void writeFollow() throws IOException {
        zip.json(FOLDER + "Follow.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeNumberField("followerCount", 4);
            g.writeNumberField("followingUsersCount", 9);
            g.writeNumberField("dismissingUsersCount", 0);
            g.writeEndObject();
        });
    }

    private void writeIdentifiers() throws IOException {
        zip.json(FOLDER + "Identifiers.json", JsonStyle.SPOTIFY_WITH_NEWLINE, g -> {
            g.writeStartObject();
            g.writeStringField("identifierType", "email");
            g.writeStringField("identifierValue", Persona.EMAIL);
            g.writeEndObject();
        });
    }

    /**
     * Spotify's segments, its own first, then the brokers' sorted by name, then the unprefixed ones; a few
     * lines indented with a tab instead of spaces, as in real files.
     */
    private void writeInferences() throws IOException {
        DemoRandom random = DemoRandom.forPart("spotify/inferences");
        List<String> thirdParty = new ArrayList<>();
        for (SpotifyContent.BrokerSegment segment : SpotifyContent.THIRD_PARTY) {
            for (String market : segment.markets()) {
                thirdParty.add("3P_" + segment.name() + "_" + market);
            }
        }
        thirdParty.sort(Comparator.naturalOrder());
        zip.json(FOLDER + "Inferences.json", JsonStyle.SPOTIFY_WITH_NEWLINE, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("inferences");
            for (String segment : SpotifyContent.FIRST_PARTY) {
                g.writeString(segment);
                tally.firstPartyInferences++;
                tally.inferences++;
            }
            for (String segment : thirdParty) {
                if (random.chance(0.1)) {
                    JsonStyle.printerOf(g).indentNextWith("\t");
                }
                g.writeString(segment);
                tally.thirdPartyInferences++;
                tally.inferences++;
            }
            for (String segment : SpotifyContent.UNPREFIXED) {
                g.writeString(segment);
                tally.unprefixedInferences++;
                tally.inferences++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Listener segments for the artists she played most in the last year, most played first. */
    private void writeMarquee() throws IOException {
        Map<String, Integer> playsByArtist = new LinkedHashMap<>();
        for (SpotifyListening.Play play : music) {
            playsByArtist.merge(play.track().artist(), 1, Integer::sum);
        }
        List<String> artists = playsByArtist.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(MARQUEE_ARTISTS).toList();
        zip.json(FOLDER + "Marquee.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartArray();
            for (int rank = 0; rank < artists.size(); rank++) {
                g.writeStartObject();
                g.writeStringField("artistName", artists.get(rank));
                g.writeStringField("segment", rank < 4 ? "Super Listeners" : rank < 9 ? "Moderate listeners"
                        : rank < 17 ? "Light listeners" : "Previously Active Listeners");
                g.writeEndObject();
                tally.marqueeEntries++;
            }
            g.writeEndArray();
        });
    }

    private void writePlaylists() throws IOException {
        DemoRandom random = DemoRandom.forPart("spotify/playlists");
        zip.json(FOLDER + "Playlist1.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("playlists");
            for (PlaylistPlan plan : PLAYLISTS) {
                g.writeStartObject();
                g.writeStringField("name", plan.name());
                g.writeStringField("lastModifiedDate", plan.lastModified().toString());
                g.writeArrayFieldStart("items");
                List<SpotifyCatalog.Track> tracks = plan.lullabies() ? catalog.lullabies()
                        : random.sample(catalog.tracks(), plan.size());
                LocalDate added = plan.lastModified().minusDays(random.between(30, 400));
                for (SpotifyCatalog.Track track : tracks) {
                    added = added.plusDays(random.between(0, 8));
                    g.writeStartObject();
                    g.writeObjectFieldStart("track");
                    g.writeStringField("trackName", track.title());
                    g.writeStringField("artistName", track.artist());
                    g.writeStringField("albumName", track.album());
                    g.writeStringField("trackUri", track.uri());
                    g.writeEndObject();
                    g.writeNullField("episode");
                    g.writeNullField("audiobook");
                    g.writeNullField("localTrack");
                    g.writeStringField("addedDate", (added.isAfter(plan.lastModified()) ? plan.lastModified()
                            : added).toString());
                    g.writeEndObject();
                    tally.playlistItems++;
                }
                g.writeEndArray();
                g.writeNullField("description");
                g.writeNumberField("numberOfFollowers", 0);
                g.writeEndObject();
                tally.playlists++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Searches of the last year, with what she tapped on afterwards when she tapped anything. */
    private void writeSearches() throws IOException {
        DemoRandom random = DemoRandom.forPart("spotify/searches");
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < SEARCHES; i++) {
            moments.add(random.wakingMomentBetween(SpotifyListening.LAST_YEAR, Persona.EXPORT_DAY)
                    .plusMillis(random.between(1, 999)));
        }
        moments.sort(Comparator.naturalOrder());
        zip.json(FOLDER + "SearchQueries.json", JsonStyle.SPOTIFY_HISTORY, g -> {
            g.writeStartArray();
            for (Instant moment : moments) {
                String query = queryAt(random, moment);
                g.writeStartObject();
                g.writeStringField("platform", "ANDROID");
                g.writeStringField("searchTime", SEARCH_TIME.format(moment));
                g.writeStringField("searchQuery", query);
                g.writeArrayFieldStart("searchInteractionURIs");
                String uri = resultOf(query);
                if (uri != null && random.chance(0.8)) {
                    g.writeString(uri);
                }
                g.writeEndArray();
                g.writeEndObject();
                tally.searches++;
            }
            g.writeEndArray();
        });
    }

    private static String queryAt(DemoRandom random, Instant moment) {
        int month = LocalDate.ofInstant(moment, Persona.ZONE).getMonthValue();
        if (month == 12 && random.chance(0.3)) {
            return random.pick(SpotifyContent.DECEMBER_SEARCHES);
        }
        if (month >= 6 && month <= 8 && random.chance(0.2)) {
            return random.pick(SpotifyContent.SUMMER_SEARCHES);
        }
        if (Persona.expecting(moment) && random.chance(0.6)) {
            return random.pick(SpotifyContent.EXPECTING_SEARCHES);
        }
        return random.pick(SpotifyContent.EVERYDAY_SEARCHES);
    }

    /** The artist or show a query finds, if any. */
    private String resultOf(String query) {
        for (String artist : SpotifyCatalog.ARTISTS) {
            if (artist.toLowerCase(Locale.ROOT).startsWith(query.split(" ")[0])) {
                return catalog.artistUri(artist);
            }
        }
        for (SpotifyCatalog.Show show : catalog.shows()) {
            if (show.name().toLowerCase(Locale.ROOT).contains(query.split(" ")[0])) {
                return show.uri();
            }
        }
        if (query.contains("schlaf") || query.contains("spieluhr") || query.contains("wiegenlied")) {
            return catalog.artistUri(SpotifyCatalog.LULLABY_ARTIST);
        }
        return null;
    }

    private void writeMusic(JsonGenerator g, List<SpotifyListening.Play> plays) throws IOException {
        g.writeStartArray();
        for (SpotifyListening.Play play : plays) {
            g.writeStartObject();
            g.writeStringField("endTime", END_TIME.format(play.end()));
            g.writeStringField("artistName", play.track().artist());
            g.writeStringField("trackName", play.track().title());
            g.writeNumberField("msPlayed", play.msPlayed());
            g.writeEndObject();
            tally.musicPlays++;
        }
        g.writeEndArray();
    }

    private void writePodcasts(JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (SpotifyListening.Play play : episodes) {
            g.writeStartObject();
            g.writeStringField("endTime", END_TIME.format(play.end()));
            g.writeStringField("podcastName", play.episode().show().name());
            g.writeStringField("episodeName", play.episode().name());
            g.writeNumberField("msPlayed", play.msPlayed());
            g.writeEndObject();
            tally.podcastPlays++;
        }
        g.writeEndArray();
    }

    private void writeUserdata() throws IOException {
        zip.json(FOLDER + "Userdata.json", JsonStyle.SPOTIFY_WITH_NEWLINE,
                g -> userdata(g, "31k7qzm4vxe2ahyw3npbdrtg5lcu"));
    }

    /** The body of {@code Userdata.json}: her profile under the account name {@code username}. */
    static void userdata(JsonGenerator g, String username) throws IOException {
        g.writeStartObject();
        g.writeStringField("username", username);
        g.writeStringField("email", Persona.EMAIL);
        g.writeStringField("country", "DE");
        g.writeBooleanField("createdFromFacebook", false);
        g.writeNullField("facebookUid");
        g.writeStringField("birthdate", Persona.BIRTHDAY.toString());
        g.writeStringField("gender", "female");
        g.writeStringField("postalCode", Persona.POSTCODE);
        g.writeNullField("mobileNumber");
        g.writeNullField("mobileOperator");
        g.writeNullField("mobileBrand");
        g.writeStringField("creationTime", Persona.SPOTIFY_SINCE.toString());
        g.writeEndObject();
    }

    /** Saved tracks, albums, shows, episodes and artists: mostly what she plays most. */
    private void writeLibrary() throws IOException {
        DemoRandom random = DemoRandom.forPart("spotify/library");
        Set<SpotifyCatalog.Track> tracks = new LinkedHashSet<>();
        while (tracks.size() < 120) {
            tracks.add(random.pick(music).track());
        }
        Set<String> albums = new LinkedHashSet<>();
        List<SpotifyCatalog.Track> albumTracks = new ArrayList<>();
        for (SpotifyCatalog.Track track : tracks) {
            if (albums.size() < 18 && albums.add(track.albumUri())) {
                albumTracks.add(track);
            }
        }
        List<SpotifyCatalog.Show> shows = catalog.shows().subList(0, 5);
        List<SpotifyCatalog.Episode> savedEpisodes = random.sample(catalog.episodes(), 8);
        List<String> artists = SpotifyCatalog.ARTISTS.subList(0, 14);
        zip.json(FOLDER + "YourLibrary.json", JsonStyle.SPOTIFY, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("tracks");
            for (SpotifyCatalog.Track track : tracks) {
                g.writeStartObject();
                g.writeStringField("artist", track.artist());
                g.writeStringField("album", track.album());
                g.writeStringField("track", track.title());
                g.writeStringField("uri", track.uri());
                g.writeEndObject();
                tally.libraryItems++;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("albums");
            for (SpotifyCatalog.Track track : albumTracks) {
                g.writeStartObject();
                g.writeStringField("artist", track.artist());
                g.writeStringField("album", track.album());
                g.writeStringField("uri", track.albumUri());
                g.writeEndObject();
                tally.libraryItems++;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("shows");
            for (SpotifyCatalog.Show show : shows) {
                g.writeStartObject();
                g.writeStringField("name", show.name());
                g.writeStringField("publisher", show.publisher());
                g.writeStringField("uri", show.uri());
                g.writeEndObject();
                tally.libraryItems++;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("episodes");
            for (SpotifyCatalog.Episode episode : savedEpisodes) {
                g.writeStartObject();
                g.writeStringField("name", episode.name());
                g.writeStringField("show", episode.show().name());
                g.writeStringField("uri", episode.uri());
                g.writeEndObject();
                tally.libraryItems++;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bannedTracks");
            g.writeEndArray();
            g.writeArrayFieldStart("artists");
            for (String artist : artists) {
                g.writeStartObject();
                g.writeStringField("name", artist);
                g.writeStringField("uri", catalog.artistUri(artist));
                g.writeEndObject();
                tally.libraryItems++;
            }
            g.writeEndArray();
            g.writeArrayFieldStart("bannedArtists");
            g.writeEndArray();
            g.writeArrayFieldStart("other");
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
