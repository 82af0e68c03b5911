package app.footprint.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The music and podcasts in Jana's Spotify life, all invented: indie artists (her favourites first), a
 * lullaby album she discovers late in 2023, and podcasts about running, nursing, Leipzig and, from summer
 * 2023, babies.
 */
final class SpotifyCatalog {
    record Track(String artist, String album, String albumUri, String title, String uri, int durationMs) {
    }

    record Show(String name, String publisher, String uri, LocalDate from, boolean parenting) {
    }

    record Episode(Show show, String name, String uri, int durationMs) {
    }

    /** Her artists, most loved first. */
    static final List<String> ARTISTS = List.of(
            "Lichtspielhaus", "Die Möwen", "Paper Lanterns Club", "Nordstern", "Elke & die Ebbe",
            "Fjordlys", "Harbour Ghosts", "Kaltfront", "Mira Sand", "The Quiet Orchards", "Zeitlupe",
            "Linnea Åberg", "Jérôme & The Tides", "Tangerine Rooftops", "Glasperlen", "Späti Romantik",
            "Velvet Weather", "Neonmond", "Salt & Cedar", "Hafenkinder", "Maren Voß", "Flussabwärts",
            "Ruby Marlowe", "Les Cœurs Sauvages", "Stadtrand Sinfonie", "Moonlit Ferries", "Amselgesang",
            "Pine & Pilot", "Kiezkometen", "Oona Lindgren", "Tiefblau", "Copper Canyons", "Sommerfrische",
            "Anouk Verlaine", "Wolkenkratzer Kollektiv");

    static final String LULLABY_ARTIST = "Spieluhr Ensemble";
    private static final String LULLABY_ALBUM = "Schlaflieder für kleine Träumer";
    private static final List<String> LULLABIES = List.of(
            "Weißt du, wie viel Sternlein stehen", "Guten Abend, gut' Nacht", "Der Mond ist aufgegangen",
            "Schlaf, Kindlein, schlaf", "La-Le-Lu", "Sandmann, lieber Sandmann", "Ein kleiner Stern",
            "Spieluhrwalzer", "Wolkenschaf", "Gute Nacht, Freunde");

    private static final List<String> TITLE_WORDS = List.of(
            "Nachtzug", "Sommerregen", "Leuchtturm", "Wellenbrecher", "Herzschlag", "Straßenlaternen",
            "Morgengrauen", "Kopfkino", "Fernweh", "Zugvögel", "Glühwürmchen", "Tanz auf dem Dach", "Südwärts",
            "Über die Brücke", "Kleine Wunder", "Sternschnuppen", "Mitternachtsblau", "Alles wird gut",
            "Blätterrauschen", "Slow Motion", "Paper Boats", "Golden Hour", "Runaway Lights", "Salt Water",
            "Northern Lines", "Kitchen Dancing", "Late Trains", "Soft Static", "Lighthouse Keeper",
            "Borrowed Time", "Open Windows", "Marigold Skies", "Cold Coffee", "Sundays", "Hollow Bones",
            "Weekend Ghosts", "Satellite Hearts", "Heatwave", "Quiet Storms", "Little Victories", "Holding On",
            "Wildflowers", "Afterglow", "Ostseeluft", "Häuserkanten", "Schöne Grüße", "Kältewelle",
            "Café au Lait", "Déjà-vu", "Rückenwind");

    private static final List<String> ALBUM_WORDS = List.of(
            "Zwischen den Zeilen", "Hinterhof", "Tidewater", "Glass Houses", "Nordlichter", "Kleine Fluchten",
            "Low Tide", "Stadtrauschen", "Night Shift", "Lakeside", "Weit weg", "Echoes & Embers", "Halbschlaf",
            "Blue Hours", "Sonntagskinder", "Grünstreifen", "Silver Linings", "Sturmflut");

    private static final List<String> VERSIONS = List.of("", "", "", "", " (Acoustic)", " - Live",
            " - Radio Edit", " (Demo)");

    /** A podcast, who publishes it, and the subjects its episodes are about. */
    private record ShowPlan(String name, String publisher, LocalDate from, boolean parenting, List<String> subjects) {
    }

    private static final List<ShowPlan> SHOWS = List.of(
            new ShowPlan("Babyzeit – Der Eltern-Podcast", "Babyzeit Media", LocalDate.of(2023, 7, 25), true,
                    List.of("Die Kliniktasche packen", "Schlafen wie ein Baby?", "Elterngeld & Elternzeit erklärt",
                            "Wochenbett: was wirklich hilft", "Stillen – Mythen und Fakten", "Der erste Ultraschall",
                            "Einen Geburtsplan schreiben", "Tragen oder Kinderwagen?", "Wehen erkennen",
                            "Partnerschaft nach der Geburt", "Babyausstattung: was braucht man wirklich?",
                            "Das dritte Trimester", "Übelkeit im ersten Trimester", "Namensfindung")),
            new ShowPlan("Hebammensprechstunde", "Hebammenpraxis Auenwald", LocalDate.of(2023, 8, 10), true,
                    List.of("Beckenboden-Training", "Vorsorge beim Frauenarzt oder bei der Hebamme?",
                            "Geburtsort finden", "Ernährung in der Schwangerschaft", "Die ersten Tage zu Hause",
                            "Rückbildung", "Schlaf in der Schwangerschaft", "Wassergeburt")),
            new ShowPlan("Große Kleine Welt", "Familienfunk", LocalDate.of(2023, 10, 1), true,
                    List.of("Eltern werden, Paar bleiben", "Kita-Platz in der Großstadt", "Das erste Jahr",
                            "Großeltern als Unterstützung", "Vereinbarkeit im Schichtdienst")),
            new ShowPlan("Kilometerfresser – Laufen für alle", "Kilometerfresser", LocalDate.of(2017, 3, 1), false,
                    List.of("Intervalltraining", "Der erste Halbmarathon", "Laufschuhe richtig wählen",
                            "Trailrunning für Einsteiger", "Laufen im Winter", "Regeneration", "Tempoläufe",
                            "Laufen in der Schwangerschaft")),
            new ShowPlan("Schichtwechsel – Der Pflege-Podcast", "Pflegestimmen e.V.", LocalDate.of(2019, 2, 1), false,
                    List.of("Nachtdienst und Schlaf", "Personalnot auf Station", "Pflege und Familie",
                            "Intensivpflege heute", "Gesund bleiben im Schichtdienst", "Ausbildung reformiert")),
            new ShowPlan("Leipzig am Morgen", "Radio Auenwald", LocalDate.of(2020, 1, 6), false,
                    List.of("Nachrichten vom Tag", "Stadtrat kompakt", "Wochenendtipps", "Verkehr und Baustellen",
                            "Kultur in Leipzig")),
            new ShowPlan("Mordsmäßig – True Crime aus Sachsen", "Mordsmäßig", LocalDate.of(2018, 4, 1), false,
                    List.of("Der Fall im Auenwald", "Tod am Cossi", "Die verschwundene Braut",
                            "Das Geheimnis der Bastei", "Der Giftmord von Plagwitz")));

    private final List<Track> tracks;
    private final List<Track> lullabies;
    private final List<Show> shows;
    private final List<Episode> episodes;
    private final Map<String, List<Track>> byArtist = new LinkedHashMap<>();
    private final Map<String, String> artistUris = new LinkedHashMap<>();

    private SpotifyCatalog(List<Track> tracks, List<Track> lullabies, List<Show> shows, List<Episode> episodes) {
        this.tracks = tracks;
        this.lullabies = lullabies;
        this.shows = shows;
        this.episodes = episodes;
        for (Track track : tracks) {
            byArtist.computeIfAbsent(track.artist(), a -> new ArrayList<>()).add(track);
        }
        byArtist.put(LULLABY_ARTIST, lullabies);
    }

    static SpotifyCatalog generate() {
        DemoRandom random = DemoRandom.forPart("spotify/catalog");
        List<Track> tracks = new ArrayList<>();
        for (String artist : ARTISTS) {
            Set<String> titles = new LinkedHashSet<>();
            for (String album : random.sample(ALBUM_WORDS, random.between(1, 3))) {
                String albumUri = "spotify:album:" + random.base62(22);
                int added = 0;
                int size = random.between(5, 10);
                while (added < size) {
                    String title = random.pick(TITLE_WORDS) + random.pick(VERSIONS);
                    if (titles.add(title)) {
                        tracks.add(new Track(artist, album, albumUri, title, "spotify:track:" + random.base62(22),
                                random.between(148_000, 322_000)));
                        added++;
                    }
                }
            }
        }
        List<Track> lullabies = new ArrayList<>();
        String lullabyAlbumUri = "spotify:album:" + random.base62(22);
        for (String title : LULLABIES) {
            lullabies.add(new Track(LULLABY_ARTIST, LULLABY_ALBUM, lullabyAlbumUri, title,
                    "spotify:track:" + random.base62(22), random.between(95_000, 190_000)));
        }
        List<Show> shows = new ArrayList<>();
        List<Episode> episodes = new ArrayList<>();
        for (ShowPlan plan : SHOWS) {
            Show show = new Show(plan.name(), plan.publisher(), "spotify:show:" + random.base62(22), plan.from(),
                    plan.parenting());
            shows.add(show);
            int number = random.between(12, 140);
            for (String subject : plan.subjects()) {
                episodes.add(new Episode(show, "Folge " + number++ + ": " + subject,
                        "spotify:episode:" + random.base62(22), random.between(1_200_000, 3_900_000)));
            }
        }
        SpotifyCatalog catalog = new SpotifyCatalog(tracks, lullabies, shows, episodes);
        for (String artist : ARTISTS) {
            catalog.artistUris.put(artist, "spotify:artist:" + random.base62(22));
        }
        catalog.artistUris.put(LULLABY_ARTIST, "spotify:artist:" + random.base62(22));
        return catalog;
    }

    /** Every track but the lullabies, grouped by artist in the order of {@link #ARTISTS}. */
    List<Track> tracks() {
        return tracks;
    }

    List<Track> lullabies() {
        return lullabies;
    }

    List<Track> tracksBy(String artist) {
        return byArtist.get(artist);
    }

    List<Show> shows() {
        return shows;
    }

    List<Episode> episodes() {
        return episodes;
    }

    String artistUri(String artist) {
        return artistUris.get(artist);
    }
}
