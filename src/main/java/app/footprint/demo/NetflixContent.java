package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What there is to watch in Jana's and Tom's Netflix, all invented and titled in German as a German
 * account sees it: series with seasons and episodes, films, and the titles that appear once Jana is
 * expecting (a pregnancy documentary, a birth film, a parents' comedy).
 */
final class NetflixContent {
    private NetflixContent() {
    }

    /** A series: its seasons and their episode names, a typical episode length, and who watches it. */
    record Series(String name, List<List<String>> seasons, int minutes, String profile, boolean pregnancy) {
        int episodes() {
            return seasons.stream().mapToInt(List::size).sum();
        }
    }

    /** A film: its length, who watches it, whether it belongs to the pregnancy story. */
    record Film(String name, int minutes, String profile, boolean pregnancy) {
    }

    static final String JANA = "Jana";
    static final String TOM = "Tom";
    static final String KIDS = "Kinder";

    private static final List<String> NIGHT_SHIFT = List.of("Der erste Dienst", "Zwölf Stunden", "Code Blau",
            "Übergabe", "Die Nacht der Wahrheit", "Schichtwechsel", "Angehörige", "Frühdienst");
    private static final List<String> NIGHT_SHIFT_2 = List.of("Zurück auf Station", "Notaufnahme", "Triage",
            "Dienstplan", "Im Schockraum", "Visite", "Stille Nacht", "Entlassung");
    private static final List<String> ELBE_1 = List.of("Treibgut", "Der Fährmann", "Hochwasser", "Am Ufer",
            "Die Schleuse", "Nebel über Meißen");
    private static final List<String> ELBE_2 = List.of("Schwarzes Wasser", "Die Brücke", "Altarm", "Sandbank",
            "Strömung", "Flussabwärts");
    private static final List<String> ELBE_3 = List.of("Pegelstand", "Das Wehr", "Brackwasser", "Treibeis",
            "Die Mündung", "Hafenlichter");
    private static final List<String> ISLAND = List.of("Ankunft", "Die Fähre", "Sturmflut", "Inselkoller",
            "Ebbe", "Strandgut", "Leuchtfeuer", "Winterlager", "Saisonende", "Heimkehr");
    private static final List<String> KALTFRONT_1 = List.of("Tiefdruck", "Isobaren", "Gewitterzelle", "Okklusion",
            "Böenwalze", "Hagel", "Fallwind", "Aufklarung");
    private static final List<String> KALTFRONT_2 = List.of("Warmluft", "Inversion", "Föhn", "Polarwirbel",
            "Blitzeis", "Orkantief", "Windstille", "Hochdruck");
    private static final List<String> STARDUST = List.of("Startfenster", "Schwerelos", "Orbit", "Funkstille",
            "Andockmanöver", "Mondschatten", "Sonnenwind", "Umlaufbahn", "Wiedereintritt", "Landung");
    private static final List<String> NINE_MONTHS = List.of("Der Test", "Erstes Trimester", "Herzschlag",
            "Zweites Trimester", "Die Tasche ist gepackt", "Geburt");
    private static final List<String> PARENTAL_LEAVE = List.of("Der Plan", "Wickeltisch", "Schlafentzug",
            "Krabbelgruppe", "Kinderwagen-Rallye", "Elternabend", "Die Schwiegermutter", "Zurück im Job");

    static final List<Series> SERIES = List.of(
            new Series("Nachtschicht", List.of(NIGHT_SHIFT, NIGHT_SHIFT_2), 48, JANA, false),
            new Series("Die Elbe-Morde", List.of(ELBE_1, ELBE_2, ELBE_3), 52, JANA, false),
            new Series("Die Inselärztin", List.of(ISLAND), 44, JANA, false),
            new Series("Kaltfront", List.of(KALTFRONT_1, KALTFRONT_2), 55, TOM, false),
            new Series("Sternenstaub", List.of(STARDUST), 47, TOM, false),
            new Series("Neun Monate", List.of(NINE_MONTHS), 38, JANA, true),
            new Series("Elternzeit", List.of(PARENTAL_LEAVE), 26, JANA, true));

    static final List<Film> FILMS = List.of(
            new Film("Der lange Lauf", 96, JANA, false),
            new Film("Sommer in Lissabon", 104, JANA, false),
            new Film("Herbstlicht", 112, JANA, false),
            new Film("Zeitlupe", 91, JANA, false),
            new Film("Die Hebamme von Plagwitz", 118, JANA, false),
            new Film("Nordlicht über Malmö", 99, JANA, false),
            new Film("Der letzte Pass", 121, TOM, false),
            new Film("Turbo Werkstatt", 94, TOM, false),
            new Film("Funkloch", 102, TOM, false),
            new Film("Ostsee-Roulette", 88, TOM, false),
            new Film("Kleine Wunder – Die ersten Stunden", 84, JANA, true),
            new Film("Bauchgefühl", 97, JANA, true));

    /** The German episode title Netflix writes: "Nachtschicht: Staffel 1: Code Blau (Folge 3)". */
    static String episodeTitle(Series series, int season, int episode) {
        return series.name() + ": Staffel " + (season + 1) + ": " + series.seasons().get(season).get(episode)
                + " (Folge " + (episode + 1) + ")";
    }

    /** What Netflix's onboarding asked each profile to pick, and the day it was asked. */
    record Pick(String profile, String show, String hasWatched, String isInterested, LocalDate day) {
    }

    static final LocalDate ACCOUNT_CREATED = LocalDate.of(2018, 11, 3);

    static final List<Pick> ONBOARDING = List.of(
            new Pick(JANA, "Die Elbe-Morde", "", "", ACCOUNT_CREATED),
            new Pick(JANA, "Nachtschicht", "", "", ACCOUNT_CREATED),
            new Pick(JANA, "Der lange Lauf", "", "", ACCOUNT_CREATED),
            new Pick(JANA, "Sommer in Lissabon", "", "", ACCOUNT_CREATED),
            new Pick(JANA, "Die Inselärztin", "false", "true", ACCOUNT_CREATED),
            new Pick(TOM, "Kaltfront", "", "", ACCOUNT_CREATED.plusDays(1)),
            new Pick(TOM, "Sternenstaub", "", "", ACCOUNT_CREATED.plusDays(1)),
            new Pick(TOM, "Der letzte Pass", "true", "", ACCOUNT_CREATED.plusDays(1)),
            new Pick(TOM, "Turbo Werkstatt", "", "", ACCOUNT_CREATED.plusDays(1)));

    /** What Jana typed into Netflix's search, before and after July 2023. */
    static final List<String> EVERYDAY_SEARCHES = List.of("krimi", "elbe", "nachtschicht", "lauf doku",
            "lissabon", "insel", "kochen", "skandinavien", "krankenhaus serie", "herbstlicht", "dokumentation",
            "zeitlupe", "malmö");
    static final List<String> EXPECTING_SEARCHES = List.of("schwangerschaft", "geburt", "baby", "hebamme",
            "neun monate", "eltern", "bauchgefühl", "kleine wunder");
    static final List<String> TOM_SEARCHES = List.of("kaltfront", "sci fi", "weltraum", "auto doku", "thriller",
            "sternenstaub", "fußball", "funkloch");
}
