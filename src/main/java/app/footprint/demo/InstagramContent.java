package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What Instagram holds about Jana, as lists of words: the topics it files her under, the categories and
 * advertisers that target her, the places it links her to, the accounts she sees and what she writes.
 * Consistent with her Facebook export (the same shops, apps and searches; babies from July 2023 on), all
 * invented. Her account is set to English, so Instagram's labels and topics are English.
 */
final class InstagramContent {
    private InstagramContent() {
    }

    static final String USERNAME = "janakoehler";
    static final String PHONE = "+4915550123456";
    static final String BIO = "Krankenschwester 💉 | Läuferin 🏃‍♀️ | Leipzig";
    /** Her Instagram account's id, which 2024+ {@code label_values} files carry as {@code fbid}. */
    static final String ACCOUNT_ID = "17841402713955208";
    static final LocalDate SINCE = LocalDate.of(2014, 6, 9);

    /** "Your topics": what Instagram believes interests her, pregnancy and babies among them. */
    static final List<String> TOPICS = List.of(
            "Running", "Marathons", "Trail Running", "Fitness & Workouts", "Yoga", "Prenatal Yoga", "Hiking",
            "Pregnancy", "Babies", "Parenting", "Baby Products", "Baby Clothing", "Strollers", "Nursery Decor",
            "Maternity Fashion", "Motherhood", "Nursing & Healthcare", "Hospitals", "Indie Music",
            "Singer-Songwriters", "Music Festivals", "Concerts", "Podcasts", "Vegetarian Recipes", "Baking",
            "Bread", "Coffee", "Brunch", "Travel", "Beaches", "City Trips", "Lisbon", "Baltic Sea", "Camping",
            "Cycling", "Public Transport", "Sustainable Fashion", "Second-Hand Fashion", "Sneakers",
            "Interior Design", "Houseplants", "Gardening", "Crime Fiction", "Books", "Board Games", "Cats",
            "Leipzig", "Saxony");

    /** "Other categories used to reach you". */
    static final List<String> CATEGORIES = List.of(
            "Birthday in August", "Expectant parents", "Frequent travellers", "Commuters", "Engaged shoppers",
            "Close friends of women with a birthday in 7-30 days", "Away from hometown",
            "Instagram access (mobile): Android devices", "Instagram access (network type): Wi-Fi",
            "Uses a mobile device (25 months+)");

    /** Places Instagram says interest her, and the city it says her profile is based in. */
    static final List<String> LOCATIONS_OF_INTEREST = List.of("Leipzig", "Markkleeberg", "Chemnitz", "Dresden",
            "Lisbon");
    static final String PROFILE_BASED_IN = Persona.CITY;
    /** Imprecise coordinates of her last known location: Leipzig-Plagwitz, rounded as Instagram rounds them. */
    static final String LAST_LATITUDE = "51.33";
    static final String LAST_LONGITUDE = "12.34";

    /** The usage explanation Instagram writes beside the locations of interest; not a place. */
    static final String LOCATIONS_EXPLANATION = "Locations of interest are used to personalize your experience on "
            + "Instagram and show you more relevant ads. Learn more about how Instagram uses location in "
            + "Privacy Center.";

    /** Accounts of brands and creators she follows and sees, before and after July 2023. */
    static final List<String> EVERYDAY_ACCOUNTS = List.of(
            "laufwerk.sportshop", "runtrack.app", "leipziger.stadtlauf", "yogaloft.leipzig", "trailhuette",
            "kaffeeroesterei.plagwitz", "baeckerei.sonnenkorn", "kochkiste.de", "lieferloewe", "kleidsam.de",
            "stoffwechsel.secondhand", "modehaus.nordlicht", "fernweh.reisen", "zugfinder", "ostseeperle.fewo",
            "moritzbastei", "festival.sommerklang", "buchhandlung.seitenwind", "pflanzenliebe.shop",
            "leipzig.entdecken", "indie.neuheiten", "pflege.am.limit", "sauerteig.sonntag", "lisboa.daily",
            "saechsische.schweiz");
    static final List<String> BABY_ACCOUNTS = List.of(
            "wiegenwelt", "kinderkram24", "babybloom.app", "mamalino.umstandsmode", "storchennest.moebel",
            "hebamme.leipzig", "kleinefuesse.kinderschuhe", "windelwunder", "geburtshaus.leipzig",
            "mamaalltag", "schwanger.in.sachsen", "tragetuch.liebe", "babyschlaf.tipps", "elternzeit.ehrlich",
            "kinderwagen.profi.leipzig");

    /** What she writes under other people's posts. */
    static final List<String> COMMENTS = List.of(
            "So schön! 😍", "Wow, tolles Foto!", "Glückwunsch!! 🎉", "Wie toll ❤️", "Haha, genau so 😂",
            "Da will ich auch hin!", "Starke Zeit! 💪", "Sieht lecker aus 😋", "Vermisse euch!", "Traumhaft ☀️",
            "Wo ist das?", "Respekt! 🏃‍♀️", "Ihr Süßen ❤️", "Bin dabei!", "Einfach nur schön");
    static final List<String> EXPECTING_COMMENTS = List.of(
            "Danke für den Tipp mit dem Tragetuch! 🙏", "Genau das brauchte ich heute 🥹", "Wie süß 🥹",
            "Welche Marke ist der Kinderwagen?", "Das merke ich mir für später 😊", "Hach, bald ist es so weit");
}
