package app.footprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every play on Jana's and Tom's Netflix profiles since the account was opened in November 2018. They
 * work through series a few episodes an evening, now and then binge three to five in a row (Netflix
 * starting each next episode by itself), Jana often late at night after a shift, on her phone. Netflix
 * plays previews while they browse (hooks, trailers, teaser trailers). From July 2023 Jana turns to a
 * pregnancy documentary, a birth film and a parents' comedy.
 */
final class NetflixViewing {
    static final int JANA_SESSIONS = 420;
    static final int TOM_SESSIONS = 220;
    static final String TV = "Samsung CE 2019 Tizen TV";
    static final String LAPTOP = "Firefox PC (Cadmium)";
    static final String TOM_LAPTOP = "Chrome PC (Cadmium)";
    static final String OLD_PHONE = "Samsung Galaxy A52 Android Phone";
    static final String NEW_PHONE = "Google Pixel 7a Android Phone";
    static final LocalDate NEW_PHONE_FROM = LocalDate.of(2023, 5, 1);
    static final List<String> PREVIEW_TYPES = List.of("HOOK", "TRAILER", "TEASER_TRAILER");
    static final String PREVIEW_AUTOPLAY = "Autoplayed: user action: None; ";
    static final String NEXT_EPISODE_AUTOPLAY = "Autoplayed: user action: Unspecified; ";

    /**
     * One row of ViewingActivity.csv.
     *
     * @param supplemental HOOK, TRAILER or TEASER_TRAILER for a preview, else null
     * @param attributes   Netflix's "Attributes" cell, e.g. the autoplay note
     * @param latest       whether this is the profile's latest view of the title
     */
    record Play(String profile, Instant start, int seconds, String title, String supplemental, String attributes,
                String device, String country, boolean pregnancy, boolean latest) {
        boolean preview() {
            return supplemental != null;
        }

        Play notLatest() {
            return new Play(profile, start, seconds, title, supplemental, attributes, device, country, pregnancy,
                    false);
        }
    }

    /** Trips on which Jana watched on her phone abroad. */
    private record Trip(LocalDate from, LocalDate to, String country) {
    }

    private static final List<Trip> TRIPS = List.of(
            new Trip(LocalDate.of(2019, 5, 18), LocalDate.of(2019, 5, 25), "PT (Portugal)"),
            new Trip(LocalDate.of(2022, 8, 6), LocalDate.of(2022, 8, 11), "DK (Denmark)"),
            new Trip(LocalDate.of(2022, 8, 11), LocalDate.of(2022, 8, 14), "SE (Sweden)"));

    private final DemoRandom random = DemoRandom.forPart("netflix/viewing");
    private final Map<String, int[]> progress = new HashMap<>();

    /** Every play, oldest first. */
    List<Play> plays() {
        List<Instant> jana = sessionStarts(NetflixContent.JANA, JANA_SESSIONS);
        List<Instant> tom = sessionStarts(NetflixContent.TOM, TOM_SESSIONS);
        List<Play> plays = new ArrayList<>();
        for (Instant start : jana) {
            session(NetflixContent.JANA, start, plays);
        }
        for (Instant start : tom) {
            session(NetflixContent.TOM, start, plays);
        }
        plays.sort(Comparator.comparing(Play::start));
        return markLatestViews(plays);
    }

    private List<Instant> sessionStarts(String profile, int count) {
        LocalDate from = NetflixContent.ACCOUNT_CREATED.plusDays(1);
        long days = ChronoUnit.DAYS.between(from, Persona.LAST_ACTIVE_DAY);
        List<Instant> starts = new ArrayList<>();
        while (starts.size() < count) {
            LocalDate day = from.plusDays((long) (random.nextDouble() * days));
            if (profile.equals(NetflixContent.TOM) && trip(day) != null) {
                continue; // Tom is away with her and does not watch
            }
            LocalTime time;
            double habit = random.nextDouble();
            if (profile.equals(NetflixContent.TOM)) {
                time = LocalTime.of(random.between(20, 22), random.between(0, 59), random.between(0, 59));
            } else if (habit < 0.6) {
                time = LocalTime.of(random.between(19, 21), random.between(0, 59), random.between(0, 59));
            } else if (habit < 0.85) {
                time = LocalTime.of(23, random.between(0, 59), random.between(0, 59)); // after a late shift
            } else {
                time = LocalTime.of(random.between(14, 16), random.between(0, 59), random.between(0, 59));
            }
            starts.add(day.atTime(time).atZone(Persona.ZONE).toInstant());
        }
        starts.sort(Comparator.naturalOrder());
        return starts;
    }

    private void session(String profile, Instant start, List<Play> plays) {
        LocalDate day = LocalDate.ofInstant(start, Persona.ZONE);
        Trip trip = profile.equals(NetflixContent.JANA) ? trip(day) : null;
        String country = trip == null ? "DE (Germany)" : trip.country();
        String device = device(profile, start, trip != null);
        Instant at = start;
        if (random.chance(0.35)) {
            String type = random.pick(PREVIEW_TYPES);
            int seconds = type.equals("HOOK") ? random.between(15, 45) : random.between(40, 150);
            String previewed = random.chance(0.5) ? random.pick(NetflixContent.SERIES).name()
                    : random.pick(NetflixContent.FILMS).name();
            String title = type.equals("HOOK") ? previewed + "_hook_primary_16x9"
                    : type.equals("TRAILER") ? "Trailer: " + previewed : "Teaser: " + previewed;
            plays.add(new Play(profile, at, seconds, title, type, PREVIEW_AUTOPLAY, device, country, false, true));
            at = at.plusSeconds(seconds + random.between(20, 240));
        }
        boolean pregnancyMood = profile.equals(NetflixContent.JANA) && Persona.expecting(start) && random.chance(0.6);
        List<NetflixContent.Film> films = NetflixContent.FILMS.stream()
                .filter(f -> f.profile().equals(profile) && f.pregnancy() == pregnancyMood).toList();
        if (random.chance(0.25) && !films.isEmpty()) {
            NetflixContent.Film film = random.pick(films);
            int seconds = watched(film.minutes() * 60);
            plays.add(new Play(profile, at, seconds, film.name(), null, null, device, country, film.pregnancy(), true));
            return;
        }
        int episodes = random.chance(0.25) ? random.between(3, 5) : random.between(1, 2);
        for (int i = 0; i < episodes; i++) {
            NetflixContent.Series series = nextSeries(profile, pregnancyMood);
            int[] cursor = progress.computeIfAbsent(series.name(), k -> new int[2]);
            String title = NetflixContent.episodeTitle(series, cursor[0], cursor[1]);
            int seconds = watched(series.minutes() * 60 + random.between(-240, 240));
            String attributes = i == 0 ? null : NEXT_EPISODE_AUTOPLAY;
            plays.add(new Play(profile, at, seconds, title, null, attributes, device, country, series.pregnancy(),
                    true));
            at = at.plusSeconds(seconds + random.between(5, 25));
            if (++cursor[1] >= series.seasons().get(cursor[0]).size()) {
                cursor[0]++;
                cursor[1] = 0;
            }
        }
    }

    /** The series the profile is in the middle of, or the next one; when all are seen, the first again. */
    private NetflixContent.Series nextSeries(String profile, boolean pregnancyMood) {
        List<NetflixContent.Series> mine = NetflixContent.SERIES.stream()
                .filter(s -> s.profile().equals(profile) && s.pregnancy() == pregnancyMood).toList();
        for (NetflixContent.Series series : mine) {
            int[] cursor = progress.get(series.name());
            if (cursor == null || cursor[0] < series.seasons().size()) {
                return series;
            }
        }
        mine.forEach(series -> progress.remove(series.name()));
        return mine.get(0);
    }

    /** Most plays run to the credits; some stop early. */
    private int watched(int length) {
        return random.chance(0.85) ? length - random.between(30, 120)
                : (int) (length * (0.05 + 0.75 * random.nextDouble()));
    }

    private String device(String profile, Instant start, boolean abroad) {
        if (profile.equals(NetflixContent.TOM)) {
            return random.chance(0.75) ? TV : TOM_LAPTOP;
        }
        String phone = LocalDate.ofInstant(start, Persona.ZONE).isBefore(NEW_PHONE_FROM) ? OLD_PHONE : NEW_PHONE;
        if (abroad) {
            return phone;
        }
        int hour = ZonedDateTime.ofInstant(start, Persona.ZONE).getHour();
        double d = random.nextDouble();
        if (hour >= 23 || hour < 5) {
            return d < 0.7 ? phone : TV;
        }
        if (hour < 18) {
            return d < 0.5 ? LAPTOP : phone;
        }
        return d < 0.65 ? TV : d < 0.8 ? LAPTOP : phone;
    }

    private static Trip trip(LocalDate day) {
        for (Trip trip : TRIPS) {
            if (!day.isBefore(trip.from()) && day.isBefore(trip.to())) {
                return trip;
            }
        }
        return null;
    }

    /** Only a profile's last view of a title carries its bookmark as the latest; earlier ones say so. */
    private static List<Play> markLatestViews(List<Play> plays) {
        Map<String, Integer> last = new HashMap<>();
        for (int i = 0; i < plays.size(); i++) {
            last.put(plays.get(i).profile() + "\u0000" + plays.get(i).title(), i);
        }
        List<Play> marked = new ArrayList<>(plays.size());
        for (int i = 0; i < plays.size(); i++) {
            Play play = plays.get(i);
            boolean latest = last.get(play.profile() + "\u0000" + play.title()) == i;
            marked.add(latest ? play : play.notLatest());
        }
        return marked;
    }
}
