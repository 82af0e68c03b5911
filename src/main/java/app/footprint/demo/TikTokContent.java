package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * TikTok's words about Jana and hers on TikTok: what she searched, whom she follows, what she commented,
 * the ad interests TikTok lists and the apps and shops that report her to it. All invented.
 */
final class TikTokContent {
    private TikTokContent() {
    }

    static final String USERNAME = "jana.laeuft";
    static final String PARTNER = "tom.berger88";
    static final String SISTER = "lena.koehler";

    /** What her feed is made of; pregnancy and baby videos appear once she is expecting. */
    enum Topic { RUNNING, LEIPZIG, NURSING, MUSIC, COOKING, TRAVEL, COMEDY, PREGNANCY, BABY }

    static final List<String> EVERYDAY_SEARCHES = List.of(
            "laufen anfänger", "halbmarathon training", "intervalltraining", "laufschuhe test",
            "leipzig café", "leipzig geheimtipps", "plagwitz", "cospudener see", "nachtdienst humor",
            "pflege humor", "krankenschwester alltag", "indie musik", "konzert leipzig", "sauerteig",
            "vegetarisch kochen", "meal prep", "lissabon tipps", "kopenhagen fahrrad", "usedom",
            "yoga morgenroutine", "balkonpflanzen", "wohnung einrichten");

    static final List<String> EXPECTING_SEARCHES = List.of(
            "schwangerschaft 12. woche", "schwangerschaft übelkeit", "babybauch", "hebamme tipps",
            "kinderwagen vergleich", "babyzimmer ideen", "geburtsvorbereitung", "kliniktasche packen",
            "stillen tipps", "wochenbett", "schwangerschaftsyoga", "babyerstausstattung",
            "elterngeld erklärt", "mutterschutz pflege", "babyschlaf", "tragetuch binden");

    static final List<String> FOLLOWED = List.of(
            "laufgruppe.leipzig", "leipzig.entdecken", "pflege.humor", "indie.sounds.de", "sauerteig.liebe",
            "lisboa.walks", "nachtdienst.memes", "yoga.mit.mia", "stadtlauf.leipzig", "kochen.ohne.fleisch",
            "moritzbastei.live", "trailrun.harz", "balkon.garten", "leipzig.food", "konzert.tipps.le",
            "plagwitz.daily", "reisen.mit.zug", "intensivpflege.wissen", "fahrrad.leipzig", "comedy.sachsen");

    static final List<String> FOLLOWED_EXPECTING = List.of(
            "hebammenwissen", "babyzeit.tipps", "mamalino.umstandsmode", "wiegenwelt.babymarkt",
            "schwanger.in.leipzig", "stillberatung.lena", "papa.werden", "babyschlaf.experte");

    static final List<String> COMMENTS = List.of(
            "Genau so! 😂", "Das ist so wahr", "Welche Schuhe sind das?", "Leipzig ist einfach schön ❤️",
            "Nachtdienst-Gang 🙋‍♀️", "Rezept bitte!", "Danke für den Tipp!", "Wo ist das?",
            "Ich war auch da!", "Mega Strecke 🏃‍♀️");

    static final List<String> COMMENTS_EXPECTING = List.of(
            "Bin in der 24. Woche und fühle das so 🤰", "Danke, das hilft mir gerade sehr 🥹",
            "Welcher Kinderwagen ist das?", "Unsere Hebamme sagt das auch", "Gespeichert für später 💛");

    /**
     * TikTok's ad interest categories for her, one text in the file. Their separator is not documented, so
     * no name holds a comma.
     */
    static final List<String> AD_INTERESTS = List.of(
            "Baby & Maternity", "Pregnancy", "Parenting", "Sports & Outdoors", "Running",
            "Health & Wellness", "Apparel & Accessories", "Food & Beverage", "Travel", "Music", "Home & Garden");

    /** What she picked when she joined ("Interests" in the settings). */
    static final List<String> CHOSEN_INTERESTS = List.of("Sport", "Essen", "Reisen", "Musik", "Comedy");

    /** An app or shop that tells TikTok what she does there: its events and the period it reports. */
    record Source(String name, List<String> events, int count, LocalDate from, LocalDate to) {
    }

    static final List<Source> OFF_TIKTOK = List.of(
            new Source("Lunara – Period & Cycle Tracker", List.of("Launch app", "Custom event"), 30,
                    LocalDate.of(2022, 9, 1), LocalDate.of(2023, 7, 19)),
            new Source("BabyBloom Pregnancy & Baby App", List.of("Launch app", "View content", "Custom event"), 45,
                    LocalDate.of(2023, 7, 21), Persona.LAST_ACTIVE_DAY),
            new Source("wiegenwelt.de", List.of("View content", "Search", "Add to cart", "Place an order"), 30,
                    LocalDate.of(2023, 10, 2), LocalDate.of(2024, 3, 10)),
            new Source("kinderkram24.de", List.of("View content", "Add to wishlist", "Place an order"), 18,
                    LocalDate.of(2023, 9, 14), LocalDate.of(2024, 3, 8)),
            new Source("Mamalino Umstandsmode", List.of("View content", "Add to cart", "Place an order"), 12,
                    LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 20)),
            new Source("Laufwerk Sportshop", List.of("View content", "Add to cart", "Place an order"), 15,
                    LocalDate.of(2022, 9, 1), LocalDate.of(2023, 6, 15)));

    /** Things she looked at in TikTok Shop once she was expecting, and the three she ordered. */
    static final List<String> SHOP_PRODUCTS = List.of(
            "Stillkissen XXL", "Babyphone mit Kamera", "Spucktücher 10er-Set", "Wickelauflage", "Schlafsack 70 cm",
            "Babytrage ergonomisch", "Nachtlicht Mond", "Bodys Bio-Baumwolle 5er", "Umstandsleggings", "Spieluhr Schaf");
    static final List<List<String>> SHOP_ORDERS = List.of(
            List.of("Stillkissen XXL"), List.of("Spucktücher 10er-Set", "Bodys Bio-Baumwolle 5er"),
            List.of("Nachtlicht Mond"));
}
