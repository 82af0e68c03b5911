package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Jana's Discord: the people she knows there, the servers she is in (a running club she helps moderate, a
 * nurses' community, her neighbourhood, and since August 2023 a server of parents-to-be), the channels she
 * writes in, and what she writes. All invented.
 */
final class DiscordContent {
    private DiscordContent() {
    }

    /** The day she made her account. */
    static final LocalDate JOINED = LocalDate.of(2020, 11, 20);

    /** Discord's relationship types, as user.json numbers them. */
    static final int FRIEND = 1;
    static final int BLOCKED = 2;
    static final int REQUEST_RECEIVED = 3;
    static final int REQUEST_SENT = 4;

    /** Someone she has a relationship with; {@code discriminator} "0" for new-style user names. */
    record Person(String username, String globalName, String discriminator, int type, LocalDate since) {
    }

    static final Person TOM = new Person("tom.berger", "Tom", "0", FRIEND, LocalDate.of(2020, 11, 20));
    static final Person LENA = new Person("lena.koehler", "Lena", "0", FRIEND, LocalDate.of(2020, 12, 2));
    static final Person PAULA = new Person("paula.hebamme", "Paula (Hebamme)", "0", REQUEST_SENT,
            LocalDate.of(2023, 9, 4));

    static final List<Person> PEOPLE = List.of(
            TOM, LENA,
            new Person("mareike.laeuft", "Mareike", "0", FRIEND, LocalDate.of(2021, 2, 11)),
            new Person("bjoern_runs", "Björn", "0", FRIEND, LocalDate.of(2021, 2, 14)),
            new Person("svenja.k", "Svenja", "0", FRIEND, LocalDate.of(2021, 3, 6)),
            new Person("heiko.trail", "Heiko", "0", FRIEND, LocalDate.of(2021, 4, 18)),
            new Person("ines_10k", "Ines", "0", FRIEND, LocalDate.of(2022, 5, 1)),
            new Person("schwester.anja", "Anja", "0", FRIEND, LocalDate.of(2021, 5, 4)),
            new Person("pfleger.jonas", "Jonas", "0", FRIEND, LocalDate.of(2021, 6, 20)),
            new Person("kathrin.icu", "Kathrin", "0", FRIEND, LocalDate.of(2022, 1, 9)),
            new Person("grit.plagwitz", "Grit", "0", FRIEND, LocalDate.of(2022, 3, 20)),
            new Person("ronny_l", "Ronny", "0", FRIEND, LocalDate.of(2022, 7, 2)),
            new Person("zoe.mama2024", "Zoë", "0", FRIEND, LocalDate.of(2023, 8, 16)),
            new Person("frauke.babybauch", "Frauke", "0", FRIEND, LocalDate.of(2023, 8, 21)),
            new Person("emre.papa", "Emre", "0", FRIEND, LocalDate.of(2023, 10, 3)),
            new Person("laeufer77", null, "4821", REQUEST_RECEIVED, LocalDate.of(2022, 9, 12)),
            new Person("moritz.b", "Moritz", "0", REQUEST_RECEIVED, LocalDate.of(2024, 1, 27)),
            PAULA,
            new Person("gewinnspiel.bot", "🎁 Gewinnspiel", "0", BLOCKED, LocalDate.of(2023, 2, 2)));

    /** Whom the Sunday running group DMs with: three of the club. */
    static final List<String> SUNDAY_GROUP = List.of("mareike.laeuft", "bjoern_runs", "svenja.k");

    // What is said, declared before the channels that use it (static fields are set in order).
    static final List<String> FLEA_MARKET = List.of(
            "Verschenke Umzugskartons, gern abholen", "Fahrradkorb abzugeben, fast neu",
            "Suche Ableger von Monstera 🌱",
            "Nachtflohmarkt am Samstag, wer kommt mit?", "Biete Laufschuhe Gr. 39, nur einmal getragen",
            "Hat jemand eine Bohrmaschine zum Ausleihen?", "Tausche Zimmerpflanzen gegen Kuchen 😄",
            "Bücherkiste steht vor der Tür, bedient euch");

    static final List<String> FLEA_MARKET_EXPECTING = List.of(
            "Suche Babykleidung Größe 56–62 🥹", "Hat jemand einen Stubenwagen abzugeben?",
            "Suche gebrauchten Kinderwagen, gern Plagwitz/Lindenau", "Wickelauflage gesucht",
            "Danke für die Spieluhr, sie ist wunderschön!", "Suche Beistellbett, hole ab");

    static final List<String> PARENTS_INTRO = List.of(
            "Hallo zusammen! Ich bin Jana aus Plagwitz, ET ist der 6. April 🤰",
            "Bin Krankenschwester, also fragt mich gern alles zu Kliniken in Leipzig 😊",
            "Freue mich auf den Austausch!");

    static final List<String> PARENTS_TALK = List.of(
            "Welcher Geburtsvorbereitungskurs in Leipzig ist gut?", "Hat jemand Erfahrung mit dem Geburtshaus?",
            "Ab wann habt ihr die Kliniktasche gepackt?", "Meine Hebamme sagt, alles bestens 😊",
            "Sodbrennen ist echt kein Spaß", "Wer ist auch im Kurs am Mittwoch?",
            "Elterngeldantrag – hat jemand Tipps?", "Kreißsaalführung war super informativ",
            "Noch 10 Wochen!!! 😱", "Schwangerschaftsyoga am Donnerstag, jemand dabei?",
            "Ich schlafe nur noch mit drei Kissen 😅", "Hat jemand eine gute Stillberatung?",
            "Wie habt ihr euch für einen Namen entschieden?", "Rückbildungskurs schon gebucht?");

    static final List<String> PARENTS_SHOPPING = List.of(
            "Welcher Kinderwagen passt in einen Altbau ohne Aufzug?", "Beistellbett oder gleich Gitterbett?",
            "Wickelkommode: neu oder gebraucht?", "Welche Babyschale habt ihr fürs Auto?",
            "Stillkissen ja oder nein?", "Tragetuch oder Trage?", "Hab das Babybett bei Kinderkram24 bestellt",
            "Wie viele Bodys in Größe 56 braucht man wirklich?", "Babyflohmarkt im Westwerk am Sonntag!",
            "Bei Wiegenwelt gibt es gerade Rabatt auf Kinderwagen");

    /**
     * A text channel she writes in: from when until when (null: until the export), how often, and what is said
     * there before July 2023 and after.
     */
    record Channel(String name, LocalDate from, LocalDate to, int messages, List<String> lines,
                   List<String> expectingLines) {
    }

    /** A server: when she joined and its channels. */
    record Server(String name, LocalDate joined, List<Channel> channels) {
    }

    static final Server RUNNING_CLUB = new Server("Laufclub Leipzig", LocalDate.of(2021, 2, 10), List.of(
            new Channel("allgemein", LocalDate.of(2021, 2, 10), null, 150, ChatLines.RUNNING,
                    ChatLines.RUNNING_EXPECTING),
            new Channel("lauftreffs", LocalDate.of(2021, 2, 12), null, 80, ChatLines.RUNNING,
                    ChatLines.RUNNING_EXPECTING),
            new Channel("stadtlauf-2023", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 6, 30), 40, ChatLines.RUNNING,
                    ChatLines.RUNNING)));
    static final Server NURSES = new Server("Pflege-Community Sachsen", LocalDate.of(2021, 5, 3), List.of(
            new Channel("pflege-talk", LocalDate.of(2021, 5, 3), null, 140, ChatLines.WORK,
                    ChatLines.WORK_EXPECTING),
            new Channel("dienstplan-tausch", LocalDate.of(2021, 5, 10), null, 60, ChatLines.WORK, ChatLines.WORK)));
    static final Server NEIGHBOURHOOD = new Server("Leipzig Südwest 🌳", LocalDate.of(2022, 3, 15), List.of(
            new Channel("allgemein", LocalDate.of(2022, 3, 15), null, 40, ChatLines.EVERYDAY, ChatLines.EVERYDAY),
            new Channel("flohmarkt", LocalDate.of(2022, 3, 16), null, 50, FLEA_MARKET,
                    FLEA_MARKET_EXPECTING)));
    static final Server PARENTS_SERVER = new Server("Eltern-to-be Leipzig 2024", LocalDate.of(2023, 8, 14), List.of(
            new Channel("vorstellung", LocalDate.of(2023, 8, 14), LocalDate.of(2023, 8, 20), 3, PARENTS_INTRO,
                    PARENTS_INTRO),
            new Channel("geburtsvorbereitung", LocalDate.of(2023, 8, 15), null, 70, PARENTS_TALK,
                    PARENTS_TALK),
            new Channel("babyausstattung", LocalDate.of(2023, 9, 1), null, 50, PARENTS_SHOPPING,
                    PARENTS_SHOPPING)));

    static final List<Server> SERVERS = List.of(RUNNING_CLUB, NURSES, NEIGHBOURHOOD, PARENTS_SERVER);

    /** Direct messages and the group DM. */
    static final Channel TOM_DMS = new Channel(null, LocalDate.of(2020, 11, 21), null, 220, ChatLines.PARTNER,
            ChatLines.PARTNER_EXPECTING);
    static final Channel LENA_DMS = new Channel(null, LocalDate.of(2020, 12, 2), null, 110, ChatLines.FAMILY,
            ChatLines.FAMILY_EXPECTING);
    static final Channel SUNDAY_RUNS = new Channel("Laufgruppe Sonntag 🏃‍♀️", LocalDate.of(2021, 3, 7), null,
            90, ChatLines.RUNNING, ChatLines.RUNNING_EXPECTING);
    /** Channels of a music server she left in 2021: the index no longer names them. */
    static final Channel LEFT_SERVER = new Channel(null, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 10, 1), 5,
            ChatLines.EVERYDAY, ChatLines.EVERYDAY);

    static final List<String> REACTIONS = List.of("👍", "❤️", "😂", "🏃\u200d♀️", "🥹", "🎉", "😮");

    /** The README at the top of every package, in Footprint's own words. */
    static final String README = """
            Welcome to your Discord Data Package!

            This package holds the data Discord keeps to run its service for you, as JSON files grouped by
            topic. Folders you have no data for may be missing.

            - Account: your profile picture and account information
            - Activity: what you did on Discord (Analytics, Modeling, Reporting, Trust & Safety)
            - Activities: the Activities you took part in, with their data and preferences
            - Messages: one folder per channel you wrote in, with information about the channel
            - Servers: one folder per server you were a member of when you asked for this package
            - Programs: your applications to Discord's programs, if any

            (A synthetic package written by Footprint for its demo persona; every value is invented.)
            """;
}
