package app.footprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Every play in Jana's Spotify life, made once so that both archives agree: the account data holds the
 * last year of it, the extended streaming history all of it since 2016. She listens more every year,
 * most in the year before the export, when parenting podcasts and lullabies creep in.
 */
final class SpotifyListening {
    /** Start of the year the account data covers. */
    static final LocalDate LAST_YEAR = Persona.EXPORT_DAY.minusYears(1);
    private static final Instant LAST_YEAR_START = Persona.at(LAST_YEAR, 0, 0);
    /** From mid-October 2023 lullabies turn up between her usual music. */
    private static final Instant LULLABIES_FROM = Persona.at(LocalDate.of(2023, 10, 15), 0, 0);
    static final int LAST_YEAR_MUSIC = 8000;
    static final int LAST_YEAR_EPISODES = 600;

    /** Plays per period before the last year: a light listener at first, a keen one later. */
    private record Period(LocalDate from, LocalDate to, int plays) {
    }

    private static final List<Period> EARLIER = List.of(
            new Period(Persona.SPOTIFY_SINCE, LocalDate.of(2017, 1, 1), 400),
            new Period(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 1, 1), 550),
            new Period(LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1), 650),
            new Period(LocalDate.of(2019, 1, 1), LocalDate.of(2020, 1, 1), 800),
            new Period(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1), 950),
            new Period(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 1, 1), 1150),
            new Period(LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1), 1900),
            new Period(LocalDate.of(2023, 1, 1), LAST_YEAR, 1000));

    /** Trips abroad: where her phone connected from. */
    private record Trip(LocalDate from, LocalDate to, String country) {
    }

    private static final List<Trip> TRIPS = List.of(
            new Trip(LocalDate.of(2019, 5, 18), LocalDate.of(2019, 5, 25), "PT"),
            new Trip(LocalDate.of(2021, 9, 10), LocalDate.of(2021, 9, 13), "CH"),
            new Trip(LocalDate.of(2022, 8, 6), LocalDate.of(2022, 8, 11), "DK"),
            new Trip(LocalDate.of(2022, 8, 11), LocalDate.of(2022, 8, 14), "SE"));

    /** One play as the extended history records it; exactly one of {@code track} and {@code episode} is set. */
    record Play(Instant end, SpotifyCatalog.Track track, SpotifyCatalog.Episode episode, int msPlayed,
                String platform, String country, String ipAddress, String reasonStart, String reasonEnd,
                boolean shuffle, boolean skipped, boolean offline) {
        boolean lastYear() {
            return !end.isBefore(LAST_YEAR_START);
        }
    }

    private final SpotifyCatalog catalog;
    private final DemoRandom random = DemoRandom.forPart("spotify/listening");

    SpotifyListening(SpotifyCatalog catalog) {
        this.catalog = catalog;
    }

    /** All plays, oldest first. */
    List<Play> plays() {
        List<Play> plays = new ArrayList<>();
        for (Period period : EARLIER) {
            for (int i = 0; i < period.plays(); i++) {
                Instant end = random.wakingMomentBetween(period.from(), period.to());
                plays.add(random.chance(0.05) && hasShowsBy(end) ? episode(end) : music(end));
            }
        }
        for (int i = 0; i < LAST_YEAR_MUSIC; i++) {
            plays.add(music(random.wakingMomentBetween(LAST_YEAR, Persona.EXPORT_DAY)));
        }
        for (int i = 0; i < LAST_YEAR_EPISODES; i++) {
            plays.add(episode(random.wakingMomentBetween(LAST_YEAR, Persona.EXPORT_DAY)));
        }
        plays.sort(Comparator.comparing(Play::end));
        return plays;
    }

    private boolean hasShowsBy(Instant moment) {
        return catalog.shows().stream().anyMatch(s -> !Persona.at(s.from(), 0, 0).isAfter(moment));
    }

    private Play music(Instant end) {
        SpotifyCatalog.Track track;
        if (end.isAfter(LULLABIES_FROM) && random.chance(0.12)) {
            track = random.pick(catalog.lullabies());
        } else {
            track = random.pick(catalog.tracksBy(random.pickFavouring(tasteIn(end))));
        }
        boolean skipped = random.chance(0.22);
        int ms = skipped ? random.between(800, 45_000) : track.durationMs() - random.between(0, 2_500);
        String reasonEnd = skipped ? random.pick(List.of("fwdbtn", "fwdbtn", "fwdbtn", "backbtn", "endplay"))
                : random.chance(0.93) ? "trackdone" : random.pick(List.of("endplay", "logout", "remote"));
        return play(end, track, null, ms, reasonEnd, skipped);
    }

    /** Her favourite artists drift over the years; the list is in today's order for the last year. */
    private List<String> tasteIn(Instant moment) {
        int yearsAgo = Math.max(0, LAST_YEAR.getYear() - LocalDate.ofInstant(moment, Persona.ZONE).getYear());
        List<String> artists = new ArrayList<>(SpotifyCatalog.ARTISTS);
        Collections.rotate(artists, -3 * yearsAgo);
        return artists;
    }

    private Play episode(Instant end) {
        List<SpotifyCatalog.Show> running = catalog.shows().stream()
                .filter(s -> !Persona.at(s.from(), 0, 0).isAfter(end)).toList();
        boolean parenting = Persona.expecting(end) && random.chance(0.7);
        List<SpotifyCatalog.Show> choice = running.stream().filter(s -> s.parenting() == parenting).toList();
        SpotifyCatalog.Show show = random.pick(choice.isEmpty() ? running : choice);
        List<SpotifyCatalog.Episode> episodes = catalog.episodes().stream().filter(e -> e.show() == show).toList();
        SpotifyCatalog.Episode episode = random.pick(episodes);
        int ms = (int) (episode.durationMs() * (0.3 + 0.7 * random.nextDouble()));
        return play(end, null, episode, ms, random.chance(0.6) ? "endplay" : "trackdone", false);
    }

    private Play play(Instant end, SpotifyCatalog.Track track, SpotifyCatalog.Episode episode, int ms,
                      String reasonEnd, boolean skipped) {
        double device = random.nextDouble();
        String platform = device < 0.82 ? "android" : device < 0.95 ? "windows" : "web_player";
        String country = countryAt(end);
        String ip;
        if (!country.equals("DE")) {
            ip = "203.0.113." + random.between(2, 254);
        } else if (platform.equals("android") && random.chance(0.5)) {
            ip = String.format("2001:db8:%x:%x::%x", random.between(0x1000, 0xffff), random.between(0, 0xffff),
                    random.between(1, 0xfff));
        } else {
            ip = "198.51.100." + random.between(2, 254);
        }
        String reasonStart = random.pick(List.of("trackdone", "trackdone", "trackdone", "clickrow", "clickrow",
                "fwdbtn", "playbtn", "appload", "backbtn"));
        return new Play(end, track, episode, ms, platform, country, ip, reasonStart, reasonEnd,
                track != null && random.chance(0.4), skipped, random.chance(0.05));
    }

    private static String countryAt(Instant moment) {
        LocalDate day = LocalDate.ofInstant(moment, Persona.ZONE);
        for (Trip trip : TRIPS) {
            if (!day.isBefore(trip.from()) && day.isBefore(trip.to())) {
                return trip.country();
            }
        }
        return "DE";
    }
}
