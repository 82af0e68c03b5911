package app.footprint.demo;

import java.util.List;

/**
 * The small word lists the heavy persona's texts are made from, and a way to make as many different names
 * of two lists as a count asks for. The heavy persona need not tell a story, only look plausible.
 */
final class HeavyWords {
    private HeavyWords() {
    }

    /**
     * The {@code index}-th name joined from one word of each list. The first {@code first.size() *
     * second.size()} indexes give every pair once, on diagonals so that neighbours differ in both words;
     * later rounds repeat the pairs with a number (" 2", " 3"...), so no two indexes give the same name.
     */
    static String pair(List<String> first, String joiner, List<String> second, long index) {
        int a = (int) (index % first.size());
        long row = index / first.size();
        int b = (int) ((row + a) % second.size());
        long round = row / second.size();
        String name = first.get(a) + joiner + second.get(b);
        return round == 0 ? name : name + " " + (round + 1);
    }

    /**
     * The {@code index}-th name of a list that gives the words of {@code first} alone before it pairs them
     * with {@code second} ({@link #pair}): "Running", "Yoga"... then "Running fans", "Yoga events"...
     */
    static String wordThenPair(List<String> first, String joiner, List<String> second, long index) {
        return index < first.size() ? first.get((int) index) : pair(first, joiner, second, index - first.size());
    }

    /** Everyday searches and the words that follow them. */
    static final List<String> SEARCHES = List.of(
            "running shoes", "weather leipzig", "pasta recipe", "train tickets berlin", "half marathon training plan",
            "sourdough starter", "indie concerts leipzig", "night shift sleep tips", "bike repair", "yoga for beginners",
            "cheap flights lisbon", "vegetarian curry", "descale kettle", "balcony plants", "leipzig zoo",
            "flat rent leipzig", "nurse salary germany", "podcast app", "cinema leipzig", "cospudener see",
            "library opening hours", "pharmacy open now", "tram 14 timetable", "birthday gift", "crime novels",
            "rain jacket", "ferry copenhagen", "baltic sea campsite", "hospital parking", "vinyl records",
            "coffee grinder", "e-bike", "swimming pool leipzig", "flea market leipzig", "museum of fine arts leipzig",
            "gewandhaus tickets", "pizza dough", "tax return", "phone contract", "climbing gym");
    static final List<String> SEARCH_ENDINGS = List.of(
            "", " review", " price", " near me", " best", " 2023", " tips", " ideas", " reddit", " cheap", " how to",
            " opening hours", " vs", " test");

    /** A web site: its domain and the name pages show after their title. */
    record Site(String domain, String name) {
    }

    static final List<Site> SITES = List.of(
            new Site("en.wikipedia.org", "Wikipedia"), new Site("www.theguardian.com", "The Guardian"),
            new Site("www.bbc.com", "BBC"), new Site("www.runnersworld.com", "Runner's World"),
            new Site("www.bbcgoodfood.com", "BBC Good Food"), new Site("www.bahn.de", "Deutsche Bahn"),
            new Site("www.lvz.de", "LVZ"), new Site("www.zeit.de", "ZEIT ONLINE"), new Site("www.reddit.com", "Reddit"),
            new Site("www.ikea.com", "IKEA"), new Site("www.decathlon.de", "Decathlon"),
            new Site("www.chefkoch.de", "Chefkoch"), new Site("www.booking.com", "Booking.com"),
            new Site("www.leipzig.de", "Stadt Leipzig"), new Site("www.nhs.uk", "NHS"),
            new Site("www.seriouseats.com", "Serious Eats"), new Site("www.lonelyplanet.com", "Lonely Planet"),
            new Site("www.thekitchn.com", "The Kitchn"), new Site("www.strava.com", "Strava"),
            new Site("www.kicker.de", "kicker"));

    /** Subjects of videos, pages and feed cards. */
    static final List<String> SUBJECTS = List.of(
            "10k Training Plan", "Easy Sourdough Bread", "Indie Live Session", "Yoga for Runners",
            "Lisbon Travel Guide", "Night Shift Survival", "Meal Prep for the Week", "Bike Maintenance Basics",
            "Houseplant Care", "Baltic Sea Road Trip", "Half Marathon Race Day", "Best Crime Series",
            "Vinyl Collection Tour", "Copenhagen on a Budget", "Quick Vegetarian Dinners", "Stretching Routine",
            "Minimalist Flat Tour", "Leipzig Hidden Gems", "Trail Running Tips", "Coffee Brewing Guide",
            "Nursing School Stories", "Sleep Better Tonight", "Camping Gear Review", "Board Game Night",
            "Cycling Across Saxony", "Photography for Beginners", "Festival Packing List", "Healthy Breakfasts",
            "Budget Travel Hacks", "Learn Portuguese Fast");
    static final List<String> VIDEO_FORMATS = List.of(
            "", " | Full Guide", " (Live)", " - Part 2", " in 10 Minutes", " | Vlog", " - What I Learned",
            " | Beginner Friendly", " (2023)", " - Honest Review");
    static final List<String> CHANNELS = List.of(
            "Run With Rosa", "The Bread Lab", "Basement Sessions", "Yoga Corner", "Wander Notes", "Ward Life",
            "Kitchen Hours", "Spoke & Chain", "Green Room Plants", "Coastline Crew", "Race Pace TV", "Crime Time",
            "Needle Drop Club", "City Break Diaries", "Veggie Weeknights", "Flexible Me", "Small Rooms",
            "Saxony Walks", "Trail Tales", "Brew Bar", "Scrubs & Stories", "Night Owl Health", "Tent Talk",
            "Meeple Mondays", "Pedal Saxony");

    /** Places she looks up in Maps. */
    static final List<String> MAP_PLACES = List.of(
            "Leipzig Hauptbahnhof", "Zoo Leipzig", "Clara-Zetkin-Park", "Café Kaffeesatz", "Konsum Plagwitz",
            "Cospudener See", "Völkerschlachtdenkmal", "Gewandhaus zu Leipzig", "Moritzbastei", "Markt Leipzig",
            "Karl-Heine-Straße", "Klinikum am Auwald", "Flughafen Leipzig/Halle", "Panometer Leipzig",
            "Kulkwitzer See", "Spinnerei Leipzig", "Naschmarkt", "Sachsenbrücke", "Dresden Hauptbahnhof",
            "Berlin Hauptbahnhof", "Museum der bildenden Künste", "Westbad Leipzig", "Felsenkeller Leipzig",
            "Stadtbibliothek Leipzig", "Connewitzer Kreuz");

    /** Interest topics of Google Discover and Facebook; also the start of longer interest names. */
    static final List<String> TOPICS = List.of(
            "Running", "Half marathon", "Indie rock", "Leipzig", "Nursing", "Sourdough", "Yoga", "Cycling",
            "Travel", "Lisbon", "Podcasts", "Healthy eating", "Vegetarian cuisine", "Coffee", "Houseplants",
            "Hiking", "Climate change", "Football", "RB Leipzig", "Photography", "Crime fiction", "Board games",
            "Camping", "Baltic Sea", "Berlin", "Dresden", "Copenhagen", "Interior design", "Public transport",
            "Electric bicycles", "Concerts", "Music festivals", "Film", "Television series", "Personal finance",
            "Sleep", "Mental health", "Meditation", "Smartphones", "Android", "Astronomy", "Science", "Wildlife",
            "Gardening", "Baking", "Recipes", "Physical fitness", "Marathon", "Triathlon", "Swimming", "Weather",
            "Local news", "Germany", "Europe", "Politics", "Health care", "Hospitals", "Vinyl records", "Museums",
            "Art", "History", "Architecture", "Language learning", "Portuguese language", "Minimalism",
            "Sustainability", "Zero waste", "Second-hand fashion", "Running shoes", "Trail running");
    /** What follows a topic in longer interest names. */
    static final List<String> TOPIC_FOLLOWERS = List.of(
            "fans", "events", "community", "products", "news", "lovers", "clubs", "shops", "magazines", "videos",
            "courses", "gear", "travel", "culture", "podcasts");

    /** Groups of Meta's behaviour and demographic categories, and what they say. */
    static final List<String> CATEGORY_GROUPS = List.of(
            "Behaviours", "Demographics", "Digital activities", "Mobile device user", "Travel", "Purchase behaviour",
            "Life events", "Household", "Seasonal and events", "Expats");
    static final List<String> CATEGORY_TRAITS = List.of(
            "Frequent travellers", "Commuters", "Android users", "Early technology adopters", "Console gamers",
            "Lives away from hometown", "Engaged shoppers", "Page admins", "Small business owners",
            "Frequent international travellers", "Returned from travels 1 week ago", "Birthday in August",
            "New job", "Close friends of people with birthdays in a month", "Uses a mobile device (25 months+)",
            "Facebook access (mobile): smartphones and tablets", "Facebook access: 4G network", "Runners",
            "Health care workers", "Shift workers", "Online banking users", "Music lovers", "Cyclists",
            "Coffee drinkers", "Podcast listeners");

    /** Names of companies: advertisers, shops and apps. */
    static final List<String> BRAND_STARTS = List.of(
            "Nordlicht", "Elbe", "Saale", "Auwald", "Lindenau", "Pleiße", "Sachsen", "Mitteldeutsche", "Kiez",
            "Blauwal", "Sonnenkorn", "Fernweh", "Laufwerk", "Grünzeug", "Stadtfuchs", "Hafen", "Brückenkopf",
            "Weitblick", "Ostwind", "Kranich", "Silbermond", "Taiga", "Feldberg", "Kupfer", "Zeitgeist", "Urban",
            "Polar", "Atlas", "Orbit", "Vista");
    static final List<String> BRAND_ENDINGS = List.of(
            "Reisen", "Sport", "Versand", "Bank", "Energie", "Mobil", "Optik", "Apotheke", "Möbel", "Kaffee",
            "Bikes", "Books", "Fashion", "Foods", "Insurance", "Media", "Outdoor", "Pharma", "Living", "Tickets");
    static final List<String> OFF_SITE_EVENTS = List.of(
            "PAGE_VIEW", "VIEW_CONTENT", "SEARCH", "ADD_TO_CART", "PURCHASE", "ACTIVATE_APP", "LEAD", "CUSTOM",
            "COMPLETE_REGISTRATION", "INITIATE_CHECKOUT");

    /** Spotify's segment words: moods and genres of its own segments, broker segments and markets. */
    static final List<String> MOODS = List.of(
            "Morning", "Evening", "Workout", "Focus", "Chill", "Commute", "Party", "Rainy_Day", "Sleep", "Cooking",
            "Road_Trip", "Weekend", "Study", "Summer", "Winter");
    static final List<String> GENRES = List.of(
            "Indie", "Pop", "Electronic", "Jazz", "Classical", "Folk", "Hip_Hop", "Rock", "Ambient", "Soul",
            "Podcast", "Singer_Songwriter", "Acoustic", "Techno", "Punk", "Reggae", "Latin", "Country", "Metal",
            "Lo-Fi");
    static final List<String> BROKER_SEGMENTS = List.of(
            "Runners", "Fitness Enthusiasts", "Healthcare Professionals", "Public Transport Commuters",
            "Online Banking Users", "Food Delivery Users", "Fashion Enthusiasts", "Travel Intenders", "Rail Travellers",
            "Android Users", "Indie Music Fans", "Festival Goers", "Coffee Buyers", "Home & Garden Enthusiasts",
            "Yoga Enthusiasts", "Podcast Listeners", "Millennials", "Female 25-34", "Organic Food Buyers", "Cyclists");
    static final List<String> MARKETS = List.of(
            "DE", "AT", "CH", "UK", "FR", "IT", "ES", "NL", "BE", "DK", "SE", "PL", "US", "CA", "AU");
    static final List<String> SEGMENT_LEVELS = List.of(
            "Super Listeners", "Moderate listeners", "Light listeners", "Previously Active Listeners");

    /** Artist names, made of a start and an end. */
    static final List<String> ARTIST_STARTS = List.of(
            "Paper", "Velvet", "Northern", "Quiet", "Copper", "Salt", "Neon", "Harbour", "Glass", "Golden",
            "Midnight", "Silver", "Tangerine", "Wild", "Hollow", "Electric", "Marble", "Crimson", "Lunar", "Amber");
    static final List<String> ARTIST_ENDS = List.of(
            "Lanterns", "Weather", "Lights", "Orchards", "Canyons", "Cedars", "Moons", "Ghosts", "Houses", "Hours",
            "Ferries", "Pilots", "Rooftops", "Tides", "Bones", "Youth", "Rivers", "Satellites", "Foxes", "Echoes");
    static final List<String> TRACK_WORDS = List.of(
            "Nachtzug", "Summer Rain", "Lighthouse", "Heartbeat", "Street Lights", "Daybreak", "Wanderlust",
            "Paper Boats", "Golden Hour", "Runaway", "Salt Water", "Northern Lines", "Kitchen Dancing", "Late Trains",
            "Soft Static", "Borrowed Time", "Open Windows", "Cold Coffee", "Sundays", "Afterglow", "Heatwave",
            "Little Victories", "Holding On", "Wildflowers", "Rückenwind", "Déjà-vu", "Fernweh", "Ostseeluft");

    /** Amazon's audience taxonomy (its own) and the third parties' (other top levels, so never the same). */
    static final List<String> AMAZON_AUDIENCE_TYPES = List.of("In-Market", "Lifestyle", "Interest");
    static final List<String> AUDIENCE_SUBJECTS = List.of(
            "Books & Magazines", "Sports & Outdoors", "Running", "Coffee & Tea", "Home & Kitchen", "Travel",
            "Health & Personal Care", "Electronics", "Garden", "Music", "Bicycles", "Camping", "Fashion", "Beauty",
            "Groceries", "Pet Supplies", "Office Products", "Toys & Games", "Crime Fiction", "Cookbooks");
    static final List<String> AUDIENCE_DETAILS = List.of(
            "Frequent Buyers", "Recent Buyers", "Browsers", "High Spenders", "Deal Seekers", "Subscribers",
            "Premium Shoppers", "Gift Buyers", "Repeat Customers", "New Customers");
    static final List<String> THIRD_PARTY_TYPES = List.of("Demographics", "Household", "Purchase Behaviour");
    static final List<String> THIRD_PARTY_VALUES = List.of(
            "Age 25-34", "Age 35-44", "Female", "Urban Dwellers", "Renters", "Single-Person Household",
            "Income Upper Middle", "University Educated", "Health Professionals", "Online Shoppers", "Card Users",
            "Eco-Conscious", "Commuters", "Pet Owners", "Frequent Flyers");

    /** Products she orders: what they are and what kind. */
    static final List<String> PRODUCT_KINDS = List.of(
            "Running Socks", "Water Bottle 750 ml", "Coffee Beans 1 kg", "Notebook A5", "Headphones",
            "Phone Case", "Yoga Mat", "Bike Light Set", "Rain Jacket", "Paperback Novel", "Tea Selection Box",
            "Plant Pot 20 cm", "LED Bulbs 4-Pack", "Kitchen Knife", "Cotton T-Shirt", "Backpack 20 l",
            "Sunglasses", "USB-C Cable 2 m", "Shower Gel 3-Pack", "Board Game", "Compression Socks", "Desk Lamp",
            "Thermos Flask", "Bike Lock", "Reading Glasses", "Pillow", "Bed Linen Set", "Hand Cream",
            "Vitamin D Drops", "Frying Pan 28 cm");
    static final List<String> PRODUCT_BRANDS = List.of(
            "Amazon Basics", "Nordlicht", "Laufwerk", "Kranich", "Taiga", "Elbe Home", "Sonnenkorn", "Orbit",
            "Vista", "Polar", "Atlas", "Feldberg", "Kupfer & Co.", "Urban Line", "Silbermond");
}
