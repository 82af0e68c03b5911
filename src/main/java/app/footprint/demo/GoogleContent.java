package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Google's view of Jana in words: what she searched, watched and browsed, the apps she installed, the
 * topics Discover picked for her. German like her account; the shops, apps and sites are the invented ones
 * her Facebook export names too. All invented.
 */
final class GoogleContent {
    private GoogleContent() {
    }

    /** Searches of her everyday life, besides those she also typed into Facebook. */
    static final List<String> EVERYDAY_SEARCHES = List.of(
            "wetter leipzig", "laufstrecke auwald", "intervalltraining 10 km", "rezept linsencurry",
            "dienstplan app pflege", "ibuprofen dosierung", "tram fahrplan linie 14", "indie konzerte leipzig",
            "sauerteig hydration", "halbmarathon trainingsplan", "laufschuhe pronation", "beste zimmerpflanzen schatten",
            "kaffeesatz öffnungszeiten", "intensivpflege weiterbildung sachsen", "nachtdienst schlafrhythmus",
            "vegetarische lasagne", "geburtstagsgeschenk mama", "zugverbindung chemnitz", "fahrrad reparatur plagwitz",
            "yoga für läufer", "glühwein rezept", "cospudener see baden", "ferienwohnung usedom");

    /** Searches in the weeks before the test. */
    static final List<String> BEFORE_THE_TEST = List.of("periode überfällig", "schwangerschaftstest wann",
            "zyklus unregelmäßig stress", "eisprung berechnen");

    /** And the day of the positive test. */
    static final List<String> TEST_DAY = List.of("schwangerschaftstest positiv was nun", "frauenarzt leipzig termin",
            "ssw berechnen", "geburtstermin rechner");

    /** Searches once she knew, besides those she also typed into Facebook. */
    static final List<String> EXPECTING_SEARCHES = List.of(
            "übelkeit schwangerschaft was hilft", "folsäure schwangerschaft", "mutterpass erklärung",
            "ersttrimesterscreening kosten", "nackenfaltenmessung", "feindiagnostik ssw 20",
            "beschäftigungsverbot pflege", "laufen in der schwangerschaft", "kinderwagen kombi test 2024",
            "geburtsklinik leipzig vergleich", "klinikum am auwald kreißsaal", "schwangerschaft ssw 16",
            "sodbrennen schwangerschaft", "babyschale isofix test", "wickeltasche rucksack", "hebamme plagwitz",
            "elterngeld antrag sachsen", "mutterschutz pflegekraft");

    /** Lisbon, in May 2019. */
    static final List<String> LISBON_SEARCHES = List.of("lissabon sehenswürdigkeiten", "tram 28 lissabon",
            "pastel de nata beste", "alfama hostel", "lissabon flughafen metro", "belém turm öffnungszeiten");

    /** What she looked for on the map. */
    static final List<String> MAPS_SEARCHES = List.of("Café Kaffeesatz", "Clara-Zetkin-Park", "Konsum Plagwitz",
            "Apotheke Karl-Heine-Straße", "Cospudener See", "Yogaloft Leipzig", "Buchhandlung Seitenwind",
            "Fahrradladen Plagwitz");
    static final List<String> EXPECTING_MAPS_SEARCHES = List.of("Frauenarztpraxis Dr. Weiß", "Hebammenpraxis Plagwitz",
            "Wiegenwelt Babymarkt", "Kinderwagen-Profi Leipzig", "Klinikum am Auwald Geburtshilfe",
            "Babyflohmarkt Leipzig");

    /** Videos she watched, by channel, before and while expecting. */
    record Video(String title, String channel) {
    }

    static final List<Video> EVERYDAY_VIDEOS = List.of(
            new Video("10 km unter 50 Minuten – mein Trainingsplan", "Laufen mit Lisa"),
            new Video("Lauftechnik: 5 Fehler, die fast alle machen", "Laufen mit Lisa"),
            new Video("Sauerteig für Anfänger – Schritt für Schritt", "Brotzeit Backstube"),
            new Video("Roggenmischbrot ohne Hefe", "Brotzeit Backstube"),
            new Video("Nordstern – Live Session", "Indie Keller"),
            new Video("Die Möwen – Leuchtturm (Live)", "Indie Keller"),
            new Video("Fjordlys – Full Concert", "Indie Keller"),
            new Video("Yoga für Läufer – 20 Minuten", "Yoga mit Mara"),
            new Video("Nachtdienst: so überstehe ich die Woche", "Pflege ungeschminkt"),
            new Video("Intensivstation – ein Tag mit uns", "Pflege ungeschminkt"),
            new Video("Lissabon in 3 Tagen – Reise-Vlog", "Fernweh Films"),
            new Video("Zimmerpflanzen, die man nicht umbringen kann", "Grüner Daumen"),
            new Video("Linsencurry in 20 Minuten", "Schnell & Grün"));
    static final List<Video> EXPECTING_VIDEOS = List.of(
            new Video("Schwangerschaft Woche für Woche – SSW 12", "Hebammensprechstunde"),
            new Video("Geburtsvorbereitung: Atemübungen", "Hebammensprechstunde"),
            new Video("Was in die Kliniktasche gehört", "Hebammensprechstunde"),
            new Video("Kinderwagen Vergleich 2024 – 8 Modelle im Test", "Eltern testen"),
            new Video("Babyschale richtig einbauen", "Eltern testen"),
            new Video("Babyzimmer einrichten auf kleinem Raum", "Nestbau"),
            new Video("Tragetuch binden – Anleitung", "Nestbau"),
            new Video("Stillen – die ersten Tage", "Hebammensprechstunde"),
            new Video("Sport in der Schwangerschaft – was geht?", "Yoga mit Mara"),
            new Video("Elterngeld einfach erklärt", "Geld & Familie"));
    /** Ads YouTube played her, "From Google Ads". */
    static final List<Video> RUNNING_ADS = List.of(
            new Video("Laufwerk Sportshop – Laufschuh-Sale", "Laufwerk Sportshop"),
            new Video("RunTrack Premium – trainiere smarter", "RunTrack"),
            new Video("Elbe Direktbank – Tagesgeld mit Zinsen", "Elbe Direktbank"));
    static final List<Video> BABY_ADS = List.of(
            new Video("Wiegenwelt – alles fürs Baby", "Wiegenwelt Babymarkt"),
            new Video("Kinderkram24 – Erstausstattung zum Sparpreis", "Kinderkram24"),
            new Video("BabyBloom – deine Schwangerschaft Woche für Woche", "BabyBloom"),
            new Video("Mamalino Umstandsmode – neue Kollektion", "Mamalino Umstandsmode"),
            new Video("Storchennest Kindermöbel – Babybetten", "Storchennest Kindermöbel"));

    static final List<String> YOUTUBE_SEARCHES = List.of("indie live session", "sauerteig anfänger",
            "lauftechnik", "yoga läufer", "lissabon vlog", "nachtdienst tipps", "zimmerpflanzen pflege");
    static final List<String> EXPECTING_YOUTUBE_SEARCHES = List.of("schwangerschaft ssw 20", "geburtsvorbereitung",
            "kinderwagen test", "babyzimmer ideen", "tragetuch binden", "stillen tipps", "kliniktasche packen");

    /** Channels she subscribed to, in the order she did. */
    static final List<String> CHANNELS = List.of("Laufen mit Lisa", "Brotzeit Backstube", "Indie Keller",
            "Yoga mit Mara", "Pflege ungeschminkt", "Fernweh Films", "Grüner Daumen", "Schnell & Grün",
            "Hebammensprechstunde", "Eltern testen", "Nestbau", "Geld & Familie");

    /** Discover's interest topics for her, before and while expecting. */
    static final List<String> EVERYDAY_TOPICS = List.of("Laufen", "Halbmarathon", "Indie-Rock", "Leipzig",
            "Krankenpflege", "Intensivmedizin", "Backen", "Sauerteig", "Reisen", "Zimmerpflanzen", "Yoga", "Radfahren",
            "Konzerte", "Vegetarische Küche", "Schichtarbeit", "Sachsen", "Usedom", "Podcasts");
    static final List<String> EXPECTING_TOPICS = List.of("Schwangerschaft", "Geburt", "Babyausstattung",
            "Kinderwagen", "Elterngeld", "Stillen", "Hebamme", "Mutterschutz", "Vornamen", "Kinderzimmer",
            "Umstandsmode", "Elternzeit");

    /** Sites she opened in Chrome: address and title. */
    record Site(String url, String title) {
    }

    static final List<Site> EVERYDAY_SITES = List.of(
            new Site("https://www.example.org/leipzig/stadtlauf", "Leipziger Stadtlauf – Anmeldung"),
            new Site("https://laufwerk-sportshop.example.de/laufschuhe", "Laufschuhe | Laufwerk Sportshop"),
            new Site("https://www.example.org/rezepte/sauerteig-fuer-anfaenger", "Sauerteig für Anfänger"),
            new Site("https://www.example.org/nachrichten/leipzig", "Nachrichten aus Leipzig"),
            new Site("https://www.example.org/pflege/dienstplan-tipps", "Dienstplan: 7 Tipps für Pflegekräfte"),
            new Site("https://movi-leipzig.example.de/fahrplan", "Fahrplanauskunft | MOVI Leipzig"),
            new Site("https://kleidsam.example.de/damen/kleider", "Kleider für Damen | Kleidsam"),
            new Site("https://lieferloewe.example.de/leipzig", "Lieferlöwe – Essen bestellen in Leipzig"),
            new Site("https://zugfinder.example.de/verbindungen", "Zugfinder – Verbindungen"),
            new Site("https://www.example.org/musik/indie-neuheiten", "Indie-Neuheiten der Woche"));
    static final List<Site> EXPECTING_SITES = List.of(
            new Site("https://wiegenwelt.example.de/kinderwagen", "Kinderwagen | Wiegenwelt Babymarkt"),
            new Site("https://wiegenwelt.example.de/erstausstattung", "Erstausstattung | Wiegenwelt Babymarkt"),
            new Site("https://kinderkram24.example.de/babybetten", "Babybetten günstig | Kinderkram24"),
            new Site("https://mamalino.example.de/umstandsmode", "Umstandsmode | Mamalino"),
            new Site("https://www.example.org/schwangerschaft/ssw-rechner", "SSW-Rechner: In welcher Woche bin ich?"),
            new Site("https://www.example.org/elterngeld/rechner", "Elterngeldrechner"),
            new Site("https://storchennest.example.de/beistellbett", "Beistellbetten | Storchennest Kindermöbel"),
            new Site("https://apotheke-am-markt.example.de/folsaeure", "Folsäure 400 | Apotheke am Markt"),
            new Site("https://babybloom.example.de/woche-fuer-woche", "Deine Schwangerschaft Woche für Woche | BabyBloom"),
            new Site("https://klinikum-am-auwald.example.de/geburtshilfe", "Geburtshilfe | Klinikum am Auwald"));

    /** An app from the Play Store, when she installed it, and whether she bought something in it. */
    record App(String title, LocalDate installed, String purchase, LocalDate purchased, String price) {
    }

    static final List<App> APPS = List.of(
            new App("RunTrack – Laufen & GPS", LocalDate.of(2017, 4, 20), "RunTrack Pro (Jahresabo)",
                    LocalDate.of(2019, 3, 2), "29,99 €"),
            new App("Zugfinder", LocalDate.of(2018, 2, 1), null, null, null),
            new App("Elbe Direktbank", LocalDate.of(2018, 6, 1), null, null, null),
            new App("MOVI Leipzig – Tickets & Fahrplan", LocalDate.of(2019, 1, 7), null, null, null),
            new App("Lieferlöwe", LocalDate.of(2020, 4, 1), null, null, null),
            new App("Hörwelt Audiobooks", LocalDate.of(2020, 11, 1), "Hörbuch: Der Nebel über dem Auwald",
                    LocalDate.of(2022, 11, 20), "9,95 €"),
            new App("Lunara – Period & Cycle Tracker", LocalDate.of(2021, 4, 3), "Lunara Plus (Monatsabo)",
                    LocalDate.of(2022, 2, 14), "3,99 €"),
            new App("Spotify: Musik und Podcasts", LocalDate.of(2016, 2, 7), null, null, null),
            new App("WhatsApp Messenger", LocalDate.of(2014, 5, 2), null, null, null),
            new App("Facebook", LocalDate.of(2013, 3, 18), null, null, null),
            new App("Kochkiste", LocalDate.of(2021, 1, 10), null, null, null),
            new App("BabyBloom Pregnancy & Baby App", LocalDate.of(2023, 7, 21), "BabyBloom Premium (Jahresabo)",
                    LocalDate.of(2023, 8, 2), "39,99 €"),
            new App("Wehen-Timer", LocalDate.of(2024, 2, 26), null, null, null),
            new App("Wiegenwelt – Babymarkt", LocalDate.of(2023, 10, 2), null, null, null),
            new App("Elterngeld Digital", LocalDate.of(2024, 1, 22), null, null, null),
            new App("Stillen & Wickeln Tagebuch", LocalDate.of(2024, 3, 1), "Tagebuch Pro",
                    LocalDate.of(2024, 3, 2), "4,49 €"));

    /** People in her contacts besides her family and Facebook friends. */
    static final List<String> OTHER_CONTACTS = List.of("Praxis Dr. med. Katrin Weiß", "Anke Vogel (Hebamme)",
            "Station 4B Klinikum am Auwald", "Hausverwaltung Plagwitz", "Fahrradladen Plagwitz");
}
