package app.footprint.demo;

import java.util.List;

/**
 * Snapchat's words about Jana: the audience segments and content categories it files her under, the
 * places it has worked out, what she searched. All invented.
 */
final class SnapchatContent {
    private SnapchatContent() {
    }

    static final String USERNAME = "janak90";
    static final String PARTNER = "tomberger88";
    static final String SISTER = "lenakoehler";

    /** Home in Plagwitz and the hospital, as Snapchat writes positions. */
    static final double HOME_LATITUDE = 51.3310;
    static final double HOME_LONGITUDE = 12.3350;
    static final double WORK_LATITUDE = 51.3305;
    static final double WORK_LONGITUDE = 12.3870;

    /** Audience segments, many of them bought from data brokers. */
    static final List<String> INTEREST_CATEGORIES = List.of(
            "Expectant Parents", "New Parents", "Parenting & Family", "Baby & Kids Products Shoppers",
            "Last 12 Months Buyers - Wiegenwelt Babymarkt", "Last 12 Months Buyers - Kinderkram24",
            "Maternity Fashion Shoppers", "Pregnancy App Users", "Health & Fitness Enthusiasts", "Runners",
            "Marathon & Running Events", "Sportswear Shoppers", "Yoga & Pilates", "Healthcare Workers",
            "Shift Workers", "Indie & Alternative Music Fans", "Concert Goers", "Music Festival Goers",
            "Coffee Lovers", "Vegetarians & Vegans", "Home Cooks", "Bakers", "Travel Enthusiasts",
            "Rail Travellers", "Beach Vacationers", "City Break Travellers", "Public Transport Commuters",
            "Cyclists", "Online Banking Users", "Food Delivery Users", "Sustainable Living", "Houseplant Owners",
            "Home Decor Enthusiasts", "Android Users", "Samsung Galaxy Owners", "Leipzig Residents",
            "Last 6 Months Buyers - Laufwerk Sportshop", "Streaming Service Subscribers", "Podcast Listeners",
            "Comedy Fans");

    static final List<String> CONTENT_CATEGORIES = List.of(
            "Health & Fitness", "Parenting", "Music", "Comedy", "Food & Drink", "Travel", "News & Politics",
            "Lifestyle", "Sports", "Home & Garden", "Science & Education", "Fashion");

    static final List<String> DISCOVER_CHANNELS = List.of("Leipziger Volkszeitung", "Brigitte Mom", "Runner's World",
            "Eltern", "MDR Sachsen", "Utopia");

    static final List<String> ADVERTISERS = List.of("Wiegenwelt Babymarkt", "Mamalino Umstandsmode",
            "Laufwerk Sportshop", "BabyBloom", "Zugfinder", "Lieferlöwe", "Kinderkram24");

    static final List<String> WEBSITES = List.of("wiegenwelt.de", "kinderkram24.de", "mamalino.de",
            "laufwerk-sportshop.de", "babybloom.app");

    static final List<String> SEARCHES = List.of(
            "tom", "lena", "laufgruppe", "leipzig", "babyzeit", "hebamme", "schwangerschaft", "kinderwagen",
            "yoga", "rezepte", "mdr", "runners world", "eltern", "plagwitz");

    /** The people in her Snapchat besides Tom and Lena, with first names from her Facebook world. */
    static final int OTHER_FRIENDS = 22;
}
