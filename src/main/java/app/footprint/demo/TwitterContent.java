package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What X holds about Jana, as lists of words: her account, the people she writes with, what she posts,
 * the interests and advertisers X files her under, and the ad campaigns aimed at her before and after July
 * 2023. All invented; X's own labels (interests, targeting types) are in English as for an account set to
 * English, her own words in German.
 */
final class TwitterContent {
    private TwitterContent() {
    }

    static final String ACCOUNT_ID = "1187264093";
    static final String USER_NAME = "janakoehler";
    static final String OLD_USER_NAME = "jana_k90";
    static final LocalDate JOINED = LocalDate.of(2013, 2, 10);
    static final LocalDate RENAMED = LocalDate.of(2016, 4, 3);
    static final LocalDate EMAIL_CHANGED = LocalDate.of(2018, 6, 1);
    static final String PHONE = "+4915550123456";

    /** An account she deals with; X names accounts by number, the demo also keeps who they are. */
    record Account(String id, String handle, String name) {
    }

    static final Account TOM = new Account("1320457781", "tomberger", Persona.PARTNER);
    static final Account LENA = new Account("2741190385", "lena_koehler", Persona.SISTER);
    static final Account MAREIKE = new Account("884120577", "mareike_laeuft", "Mareike Vogt");
    static final Account RUNNING_CLUB = new Account("3018842277", "laufgruppe_le", "Laufgruppe Leipzig");
    static final Account STATION = new Account("1402277310", "station4b_le", "Station 4B");
    static final List<Account> RUNNING_GROUP = List.of(MAREIKE, RUNNING_CLUB,
            new Account("2290415567", "svenja_rennt", "Svenja Krause"),
            new Account("1755090312", "bjoern_trail", "Björn Lindqvist"));

    /** Interests X lists for her while switched on; a few are listed twice, as in real archives. */
    static final List<String> INTERESTS = List.of(
            "Running", "Marathon", "Trail running", "Fitness", "Yoga", "Cycling", "Hiking", "Indie rock",
            "Indie pop", "Alternative", "Music festivals", "Concerts", "Podcasts", "Nursing", "Healthcare",
            "Hospitals", "Medicine", "Leipzig", "Saxony", "Germany", "Travel", "Lisbon", "Portugal", "Baltic Sea",
            "Coffee", "Baking", "Vegetarian food", "Books", "Crime fiction", "Television", "Sustainability",
            "Public transport", "Personal finance", "Houseplants", "Photography", "Weather", "Science",
            "Pregnancy", "Parenting", "Babies", "Baby products", "Family", "Maternity fashion", "Midwives",
            "Motherhood", "Children's books", "Parental leave");

    static final List<String> REPEATED_INTERESTS = List.of("Running", "Indie rock", "Parenting");

    /** Interests she switched off in her settings; X keeps them in the file, marked as disabled. */
    static final List<String> SWITCHED_OFF_INTERESTS = List.of("Craft beer", "Cocktails", "Nightlife", "Football",
            "Gaming");

    static final List<String> LANGUAGES = List.of("German", "English");
    /** X guessed Portuguese after the Lisbon trip; she switched it off. */
    static final List<String> SWITCHED_OFF_LANGUAGES = List.of("Portuguese");

    static final List<String> SHOWS = List.of("Babylon Berlin", "Tatort", "Dark", "Call the Midwife",
            "Grey's Anatomy", "The Bear", "Der Tatortreiniger");

    /** Where X placed her in the last weeks before the export. */
    static final List<String> PLACES = List.of("Leipzig, Saxony", "Markkleeberg, Saxony", "Chemnitz, Saxony");

    /** Advertisers whose tailored audiences hold her, look-alike audiences, and the rest X lists. */
    static final List<String> ADVERTISERS = List.of("@wiegenwelt", "@kinderkram24", "@babybloom_app",
            "@mamalino_mode", "@storchennest", "@apotheke_markt", "@laufwerk_shop", "@runtrack_app",
            "@elbedirektbank", "@movi_leipzig", "@lieferloewe", "@zugfinder", "@kleidsam", "@fernweh_reisen",
            "@pflegejobs_sn", "@hoerwelt", "@ticketbude", "@radhaus_bikes");
    static final List<String> LOOKALIKE_ADVERTISERS = List.of("@windelwunder", "@kleinefuesse", "@vitalkraft",
            "@yogaloft_le", "@trailhuette", "@sparfuchs_tg", "@wiegenwelt");
    /** A gin brand that keeps her out of its ads since she is expecting. */
    static final List<String> EXCLUDING_ADVERTISERS = List.of("@gin_manufaktur");
    static final List<String> CATALOGUE_ADVERTISERS = List.of("@wiegenwelt", "@kinderkram24");
    static final int AUDIENCES = 57;

    /** A targeting criterion as X writes it: a type, and (mostly) a value. */
    record Criterion(String type, String value) {
        String text() {
            return value == null ? type : type + ": " + value;
        }
    }

    /** An ad campaign aimed at her: who, what, by which criteria, when, and how often she saw it. */
    record Campaign(String advertiser, String handle, List<String> texts, List<Criterion> criteria,
                    LocalDate from, LocalDate to, int impressions) {
    }

    private static final Criterion AGE = new Criterion("Age", "25-34");
    private static final Criterion WOMEN = new Criterion("Gender", "Women");
    private static final Criterion LEIPZIG = new Criterion("Locations", "Leipzig");
    private static final Criterion GERMANY = new Criterion("Locations", "Germany");
    private static final Criterion ANDROID = new Criterion("Platforms", "Android");
    private static final LocalDate YEAR_AGO = Persona.EXPORT_DAY.minusYears(1);
    private static final LocalDate EXPECTING = Persona.PREGNANCY_KNOWN.plusDays(1);
    private static final LocalDate LAST = Persona.LAST_ACTIVE_DAY;

    static final List<Campaign> CAMPAIGNS = List.of(
            new Campaign("Laufwerk Sportshop", "@laufwerk_shop",
                    List.of("Neue Trailschuhe für den Frühling 👟", "Lauf-Wochen: 15 % auf alle Laufschuhe"),
                    List.of(new Criterion("Keywords", "laufschuhe"), new Criterion("Interests", "Running"), LEIPZIG, AGE),
                    YEAR_AGO, LocalDate.of(2023, 9, 30), 60),
            new Campaign("RunTrack", "@runtrack_app", List.of("Dein Trainingsplan für den Halbmarathon"),
                    List.of(new Criterion("Follower look-alikes", "@laufgruppe_le"),
                            new Criterion("Keywords", "halbmarathon"), ANDROID),
                    YEAR_AGO, Persona.PREGNANCY_KNOWN.minusDays(1), 35),
            new Campaign("Ticketbude", "@ticketbude", List.of("Indie-Sommer: Tickets für Festival Sommerklang 🎸"),
                    List.of(new Criterion("Interests", "Indie rock"), LEIPZIG, AGE),
                    YEAR_AGO, LocalDate.of(2023, 8, 15), 40),
            new Campaign("Pflegejobs Sachsen", "@pflegejobs_sn", List.of("Intensivpflege in Leipzig: Jetzt bewerben"),
                    List.of(new Criterion("Keywords", "intensivpflege"), new Criterion("Conversation topics", "Nursing"),
                            LEIPZIG), YEAR_AGO, LocalDate.of(2023, 6, 30), 25),
            new Campaign("Fernweh Reisen", "@fernweh_reisen", List.of("Lissabon im Herbst ab 89 € ☀️"),
                    List.of(new Criterion("Keywords", "lissabon"), new Criterion("Languages", "German")),
                    YEAR_AGO, LocalDate.of(2023, 7, 10), 25),
            new Campaign("Lunara", "@lunara_app", List.of("Kenne deinen Zyklus 🌙"),
                    List.of(WOMEN, AGE, ANDROID), YEAR_AGO, Persona.PREGNANCY_KNOWN.minusDays(1), 30),
            new Campaign("BabyBloom", "@babybloom_app", List.of("Woche für Woche: Deine Schwangerschaft 🤰",
                    "Was dein Baby diese Woche lernt"),
                    List.of(new Criterion("Keywords", "schwanger"), new Criterion("Conversation topics", "Pregnancy"),
                            WOMEN, AGE), EXPECTING, LAST, 70),
            new Campaign("Wiegenwelt Babymarkt", "@wiegenwelt", List.of("Kinderwagen-Wochen: bis zu 20 % sparen",
                    "Alles für die Erstausstattung"),
                    List.of(new Criterion("Keywords", "baby stroller"), new Criterion("Keywords", "kinderwagen"),
                            LEIPZIG, new Criterion("Retargeting campaign engager", null)),
                    LocalDate.of(2023, 9, 1), LAST, 80),
            new Campaign("Kinderkram24", "@kinderkram24", List.of("Erstausstattung zum Bestpreis"),
                    List.of(new Criterion("Keywords", "babybett"), new Criterion("Follower look-alikes", "@babybloom_app"),
                            new Criterion("Tailored audiences (lists)", "Customer list")),
                    LocalDate.of(2023, 9, 14), LAST, 50),
            new Campaign("Mamalino Umstandsmode", "@mamalino_mode", List.of("Umstandsmode, die mitwächst"),
                    List.of(new Criterion("Conversation topics", "Pregnancy"), WOMEN, AGE),
                    LocalDate.of(2023, 8, 20), LocalDate.of(2024, 1, 31), 35),
            new Campaign("Storchennest Kindermöbel", "@storchennest", List.of("Kinderzimmer in Eiche, gefertigt in Sachsen"),
                    List.of(new Criterion("Keywords", "kinderzimmer"), LEIPZIG),
                    LocalDate.of(2023, 10, 5), LocalDate.of(2024, 2, 18), 25),
            new Campaign("Apotheke am Markt", "@apotheke_markt", List.of("Folsäure & Co. für Schwangere"),
                    List.of(new Criterion("Keywords", "folsäure"), AGE), LocalDate.of(2023, 7, 22), LAST, 25),
            new Campaign("Elbe Direktbank", "@elbedirektbank", List.of("Tagesgeld mit 3 % Zinsen"),
                    List.of(AGE, GERMANY), YEAR_AGO, LAST, 50),
            new Campaign("MOVI Leipzig", "@movi_leipzig", List.of("Mit dem Deutschlandticket durch Leipzig 🚋"),
                    List.of(LEIPZIG, ANDROID), YEAR_AGO, LAST, 50));

    /** What she posts, before and while she is expecting; {@code {km}} is filled in per post. */
    static final List<String> POSTS = List.of(
            "Heute {km} km im Auwald. Beine sagen nein, Kopf sagt ja 🏃‍♀️ #laufen",
            "Nachtdienst vorbei. Jetzt schlafen. 😴 #pflege",
            "Sonntagslauf am Cossi, {km} km, herrlich. #laufen #leipzig",
            "Pflege ist kein Beruf, sondern eine Haltung. #pflege",
            "Konzert gestern in der Moritzbastei: Gänsehaut 🎶",
            "Kaffee. Sofort. ☕",
            "Neue Platte läuft in Dauerschleife #indie",
            "Wer läuft am Samstag beim Stadtlauf mit? #leipzig",
            "Schon wieder Montag? 🙃",
            "Regen, Tee, Buch. Perfekter freier Tag.",
            "Frisches Sauerteigbrot 🍞",
            "Die Straßenbahn hat mal wieder Verspätung #leipzig",
            "Danke an mein Team auf der 4B ❤️ #pflege",
            "Intervalle im Clara-Park, {km} km 💪 #laufen",
            "Endlich Balkonwetter 🌱");

    static final List<String> EXPECTING_POSTS = List.of(
            "Spaziergang statt Laufrunde, auch schön 🍂",
            "Letzter Nachtdienst für eine ganze Weile 🌙",
            "Dieses Jahr mal ohne Glühwein 😉",
            "Kinderzimmer streichen: check ✅",
            "Mutterschutz. Was macht man eigentlich mit so viel Zeit?",
            "Flohmarktfunde des Tages: zwei winzige Mützen 🥹");

    /** Posts she deleted; X keeps them with the time of deletion. */
    static final List<String> DELETED_POSTS = List.of(
            "Hat jemand Tipps gegen Übelkeit am Morgen?",
            "Kann mir jemand eine Hebamme in Plagwitz empfehlen?",
            "Müde. So müde.");

    /** What the posts she liked say. */
    static final List<String> LIKED = List.of(
            "Samstag 9 Uhr Treffpunkt Clara-Park, 12 km locker 🏃", "Neue Bestzeit beim Stadtlauf! 🏅",
            "Pflegekräfte verdienen mehr als Applaus.", "Das neue Album ist da 🎸", "Konzert heute Abend ausverkauft!",
            "Leipzig im Herbst 🍂", "Straßenbahnlinie 14 fährt wieder", "Sauerteig-Tipp: Geduld.",
            "Lissabon, ich komme wieder ☀️", "Die Bahn. Wieder mal.", "Wer kommt mit zum Nachtflohmarkt?",
            "10 km im Regen sind auch 10 km", "Indie-Festival im Sommer: Lineup steht!", "Frühdienst-Kaffee ☕");

    static final List<String> LIKED_EXPECTING = List.of(
            "Die ersten Wochen mit Baby: was wirklich hilft", "Kinderwagen-Test 2024: unsere Favoriten",
            "Hebammenmangel in Sachsen: was jetzt passieren muss", "Elterngeld einfach erklärt",
            "Schlaflieder, die auch Eltern mögen 🌙", "Babyflohmarkt am Sonntag in Plagwitz");

    /** Saved searches; the last two came with the baby. */
    static final List<String> SAVED_SEARCHES = List.of("#laufen leipzig", "Stadtlauf Leipzig", "#pflege",
            "Hebamme Leipzig", "Kinderwagen Test");

    /** Lists: made by her, she is on, she follows. */
    static final List<String> LISTS_CREATED = List.of("https://twitter.com/janakoehler/lists/laufen-leipzig");
    static final List<String> LISTS_MEMBER = List.of("https://twitter.com/station4b_le/lists/pflege-sachsen");
    static final List<String> LISTS_SUBSCRIBED = List.of("https://twitter.com/lvz_kultur/lists/indie-konzerte-le",
            "https://twitter.com/leipzig_news/lists/leipzig");

    /** Apps she let into her account. */
    record App(String name, String description, String organization, String url, List<String> permissions,
               LocalDate approved) {
    }

    static final List<App> APPS = List.of(
            new App("RunTrack", "Teile deine Läufe", "RunTrack GmbH", "https://runtrack.example",
                    List.of("read", "write"), LocalDate.of(2017, 4, 21)),
            new App("Ticketbude Login", "Mit X anmelden", "Ticketbude GmbH", "https://ticketbude.example",
                    List.of("read", "emailaddress"), LocalDate.of(2019, 6, 2)),
            new App("Stadtlauf Anmeldung", "Anmeldung zum Leipziger Stadtlauf", "Leipziger Stadtlauf e.V.",
                    "https://stadtlauf-leipzig.example", List.of("read"), LocalDate.of(2022, 3, 14)));

    /** The address book her phone uploaded in 2014: names are not kept by X, addresses and numbers are. */
    record Contact(String email, String phone) {
    }

    static final List<Contact> CONTACTS = List.of(
            new Contact("tom.berger@example.org", "+4915550987654"),
            new Contact("lena.koehler@example.net", "+4915550222333"),
            new Contact("sabine.koehler@example.net", "+49371555014"),
            new Contact("mareike.vogt@example.org", null),
            new Contact(null, "+49341555078"),
            new Contact("station4b@klinikum.example", "+49341555100"),
            new Contact("svenja.krause@example.org", "+4915550444555"),
            new Contact(null, "+4915550666777"),
            new Contact("bjoern.lindqvist@example.com", null),
            new Contact("praxis.dr.sommer@example.de", "+49341555230"),
            new Contact(null, "+4915550888999"),
            new Contact("kita.sonnenschein@example.de", null));
}
