package app.footprint.demo;

import java.util.List;

/**
 * Spotify's words about Jana: the ad segments it files her under (its own, and those bought from data
 * brokers per market), and what she typed into its search. All invented.
 */
final class SpotifyContent {
    private SpotifyContent() {
    }

    /** Spotify's own segments, in no particular order, as in real files. */
    static final List<String> FIRST_PARTY = List.of(
            "1P_Custom_Parenting_Podcast_Listeners", "1P_Custom_Running_Moment_Listeners",
            "1P_Custom_Indie_Listeners", "1P_Custom_German_Language_Content_Listeners",
            "1P_Custom_Pregnancy_Content_Listeners", "1P_Custom_Night_Shift_Listeners",
            "1P_Custom_Morning_Commute_Listeners", "1P_Custom_Workout_Playlist_Streamers",
            "1P_Custom_Podcast_Heavy_Listeners", "1P_Custom_True_Crime_Podcast_Listeners",
            "1P_Custom_Health_Podcast_Listeners", "1P_Custom_Lullaby_Playlist_Streamers",
            "1P_Custom_Chill_Mood_Listeners", "1P_Custom_Focus_Moment_Listeners",
            "1P_Custom_Affinity_Wiegenwelt [Advertiser-Specific]", "1P_Custom_Sleep_Playlist_Streamers",
            "1P_Custom_Cooking_Moment_Listeners", "1P_Custom_Summer_Moment_Listeners",
            "1P_Custom_Christmas_Listeners", "1P_Custom_Android_Streamers", "1P_Custom_Mobile_Heavy_Users",
            "1P_Custom_Lookalike_Elbe_Direktbank [Advertiser-Specific]",
            "1P_Custom_Baby_Retail_Intenders [Advertiser-Restricted]", "1P_Custom_Festival_Listeners",
            "1P_Custom_Acoustic_Listeners", "1P_Custom_Singer_Songwriter_Listeners",
            "1P_Custom_Wellness_Listeners", "1P_Custom_Travel_Moment_Listeners",
            "1P_Custom_Rainy_Day_Listeners", "1P_Custom_Weekend_Brunch_Listeners",
            "1P_Custom_Affinity_Kleine Füße [Advertiser-Specific]");

    /** A data broker's segment and the markets it was bought for; each market is one string in the file. */
    record BrokerSegment(String name, List<String> markets) {
    }

    static final List<BrokerSegment> THIRD_PARTY = List.of(
            new BrokerSegment("Expectant Parents", List.of("AT", "CH", "DE", "UK")),
            new BrokerSegment("Parents of Infants / New Parents", List.of("DE", "UK")),
            new BrokerSegment("Baby Products Shoppers", List.of("DE", "FR", "IT")),
            new BrokerSegment("Pregnancy App Users", List.of("DE")),
            new BrokerSegment("Runners", List.of("DE", "ES", "FR", "UK")),
            new BrokerSegment("Fitness Enthusiasts", List.of("DE", "IT", "UK")),
            new BrokerSegment("Healthcare Professionals", List.of("DE", "UK")),
            new BrokerSegment("Nurses & Care Workers", List.of("DE")),
            new BrokerSegment("Public Transport Commuters", List.of("DE")),
            new BrokerSegment("Online Banking Users", List.of("AT", "DE")),
            new BrokerSegment("Food Delivery Users", List.of("DE", "FR", "UK")),
            new BrokerSegment("Fashion Enthusiasts", List.of("DE", "ES", "FR", "IT", "UK")),
            new BrokerSegment("Sustainable Shoppers", List.of("DE", "UK")),
            new BrokerSegment("Travel Intenders", List.of("DE", "ES", "FR", "IT", "UK")),
            new BrokerSegment("Beach Holidayers", List.of("DE", "ES")),
            new BrokerSegment("Rail Travellers", List.of("DE")),
            new BrokerSegment("Android Users", List.of("AU", "CA", "DE", "FR", "IT", "UK", "US")),
            new BrokerSegment("Indie Music Fans", List.of("DE", "UK", "US")),
            new BrokerSegment("Festival Goers", List.of("DE", "UK")),
            new BrokerSegment("Coffee Buyers", List.of("DE")),
            new BrokerSegment("Home & Garden Enthusiasts", List.of("DE", "UK")),
            new BrokerSegment("Health & Wellness Buyers", List.of("DE", "FR", "UK")),
            new BrokerSegment("Yoga Enthusiasts", List.of("DE", "UK")),
            new BrokerSegment("Podcast Listeners", List.of("DE", "UK", "US")),
            new BrokerSegment("Millennials", List.of("DE", "ES", "FR", "IT", "UK")),
            new BrokerSegment("Female 25-34", List.of("AT", "CH", "DE")),
            new BrokerSegment("Home Movers", List.of("DE")),
            new BrokerSegment("Organic Food Buyers", List.of("DE", "UK")),
            new BrokerSegment("Vegetarians", List.of("DE", "UK")),
            new BrokerSegment("Cyclists", List.of("DE")),
            new BrokerSegment("E-Bike Intenders", List.of("DE")),
            new BrokerSegment("Custom_Kinderwagen Intender_Q4 2023", List.of("DE")),
            new BrokerSegment("Custom_Pharmacy Shoppers", List.of("DE")));

    /** Segments without a 1P_ or 3P_ prefix. */
    static final List<String> UNPREFIXED = List.of(
            "General Podcasts 1P", "Health & Fitness", "Interest_Indie", "Interest_Running", "Parenting",
            "Podcasts", "Premiumfamily_Upgrade-Eligible", "Women's Health");

    /** What she typed into Spotify's search; some lead to an artist or show, some to nothing. */
    static final List<String> EVERYDAY_SEARCHES = List.of(
            "laufen 10k", "indie neu", "true crime sachsen", "pflege podcast", "leipzig nachrichten",
            "entspannung", "kochen playlist", "regen", "focus", "lichtspielhaus", "die möwen", "nordstern",
            "fjordlys", "mira sand", "linnea åberg", "jérôme", "kaltfront live", "paper lanterns", "zeitlupe");

    /** ... and what she looked for once she was expecting. */
    static final List<String> EXPECTING_SEARCHES = List.of(
            "schlaflieder", "einschlafmusik baby", "spieluhr", "hebamme", "babyzeit", "geburt playlist",
            "yoga schwangerschaft", "wiegenlied", "entspannung geburt");

    /** Searches that belong to a season: Christmas songs in December, summer hits in summer. */
    static final List<String> DECEMBER_SEARCHES = List.of("weihnachtslieder", "last christmas");
    static final List<String> SUMMER_SEARCHES = List.of("sommer hits 2023", "festival playlist");
}
