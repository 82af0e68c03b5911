package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What Meta holds about Jana, as lists of words: her ad interests, the categories and advertisers that
 * target her, the companies that report her off-Facebook activity, the names in her life. All invented;
 * interests and categories are written in English like an account set to English.
 */
final class FacebookContent {
    private FacebookContent() {
    }

    /** Meta's ad interests; three of them appear twice in the file, as in real exports. */
    static final List<String> AD_INTERESTS = List.of(
            "Running", "Trail running", "Marathon", "Half marathon", "Jogging", "Running shoes", "Sportswear",
            "Yoga", "Prenatal yoga", "Pilates", "Swimming", "Cycling", "Hiking", "Physical fitness",
            "Fitness trackers", "Bouldering", "Stand-up paddleboarding", "Handball", "Ice skating",
            "Indie rock", "Indie pop", "Alternative rock", "Singer-songwriter", "Folk music",
            "Electronic music", "Music festivals", "Concerts", "Vinyl records", "Podcasts", "Björk",
            "Sigur Rós", "Nursing", "Registered nurse", "Intensive care medicine", "Hospitals", "Healthcare",
            "Shift work", "Public health", "Pregnancy", "Prenatal care", "Midwifery", "Childbirth",
            "Baby products", "Strollers", "Baby carriers", "Cribs", "Diapers", "Breastfeeding",
            "Baby clothing", "Nursery furniture", "Parenting", "Motherhood", "Toddlers", "Maternity clothing",
            "Parental leave", "Family", "Children's books", "Wooden toys", "Car seats", "Fashion",
            "Sustainable fashion", "Second-hand clothing", "Dresses", "Sneakers", "Handbags", "Jewellery",
            "Cosmetics", "Natural skin care", "Hair care", "Online shopping", "Fast fashion", "Travel",
            "Budget travel", "Beach holidays", "City breaks", "Camping", "Rail travel", "Lisbon", "Copenhagen",
            "Malmö", "Zürich", "Baltic Sea", "Usedom", "Sächsische Schweiz", "Leipzig", "Dresden",
            "Chemnitz", "Halle (Saale)", "Völkerschlachtdenkmal", "Saxony", "Food", "Vegetarian cuisine",
            "Vegan cuisine", "Baking", "Sourdough bread", "Coffee", "Café", "Crème brûlée", "Brunch",
            "Food delivery", "Meal kits", "Pizza", "Sushi", "Thai cuisine", "Vietnamese cuisine", "Smoothies",
            "Herbal tea", "Glühwein", "Wine", "Rosé wine", "Public transport", "Trams", "Bicycle commuting",
            "Car sharing", "Electric bicycles", "Online banking", "Mobile payments", "Savings accounts",
            "Personal finance", "Insurance", "Real estate", "Apartments", "Interior design",
            "Scandinavian design", "Houseplants", "Gardening", "Home improvement", "Furniture",
            "Do it yourself (DIY)", "Photography", "Instant cameras", "Smartphones", "Mobile apps",
            "Wearable technology", "Streaming media", "Television series", "Crime fiction",
            "Scandinavian noir", "Books", "E-books", "Audiobooks", "Board games", "Crosswords", "Cats", "Dogs",
            "Animal welfare", "Environmentalism", "Climate change", "Organic food", "Farmers' markets",
            "Zero waste", "Volunteering", "Education", "Psychology", "Mindfulness", "Meditation", "Sleep",
            "Nutrition", "Vitamins", "Folic acid", "Pharmacies", "Massage", "Spa", "Saunas", "Theatre",
            "Cinema", "Museums", "Street art", "Christmas markets", "Weddings", "Birthdays", "Comedy",
            "Pokémon", "Skiing", "Climbing", "Picnics", "Lakes");

    static final List<String> DUPLICATED_AD_INTERESTS = List.of("Baby products", "Coffee", "Running");

    /** Interests Jana added herself, and those she removed once she was expecting. */
    static final List<String> ADDED_INTERESTS = List.of("Trail running", "Sourdough bread");
    static final List<String> REMOVED_INTERESTS = List.of("Craft beer", "Cocktails", "Gin");

    /** The behaviour and demographic categories ("bcts") advertisers can pick her by. */
    static final List<String> CATEGORIES = List.of(
            "Birthday in August",
            "Expectant parents",
            "Frequent travellers",
            "Commuters",
            "Engaged shoppers",
            "Early technology adopters",
            "Facebook access (browser): Firefox",
            "Facebook access (mobile): all mobile devices",
            "Facebook access (mobile): Android devices",
            "Facebook access (network type): Wi-Fi",
            "Friends of people with birthdays in a week",
            "Close friends of women with a birthday in 7-30 days",
            "Away from hometown",
            "Uses a mobile device (25 months+)");

    /**
     * Advertisers that have her in a custom audience. The flags say how: a customer list uploaded with her
     * details in it, retargeting after a visit to their site or app, or a store visit matched to her.
     */
    record Advertiser(String name, boolean dataFile, boolean remarketing, boolean storeVisit) {
    }

    static final List<Advertiser> ADVERTISERS = List.of(
            new Advertiser("Wiegenwelt Babymarkt", true, true, true),
            new Advertiser("Kinderkram24", true, true, false),
            new Advertiser("Storchennest Kindermöbel", false, true, false),
            new Advertiser("BabyBloom", true, true, false),
            new Advertiser("Mamalino Umstandsmode", true, true, false),
            new Advertiser("Kleine Füße Kinderschuhe", false, true, false),
            new Advertiser("Windelwunder", false, true, false),
            new Advertiser("Kinderwagen-Profi Leipzig", false, true, true),
            new Advertiser("Lunara", true, false, false),
            new Advertiser("Apotheke am Markt Online", true, true, true),
            new Advertiser("Vitalkraft Vitamine", false, true, false),
            new Advertiser("Kleidsam", true, true, false),
            new Advertiser("Modehaus Nordlicht", true, false, true),
            new Advertiser("Stoffwechsel Secondhand", false, true, false),
            new Advertiser("Schuhwerk & Co.", false, true, false),
            new Advertiser("Goldschmiede Feinschliff", false, true, false),
            new Advertiser("Laufwerk Sportshop", true, true, true),
            new Advertiser("Trailhütte", false, true, false),
            new Advertiser("RunTrack", true, false, false),
            new Advertiser("Pulsschlag Fitness", true, false, false),
            new Advertiser("Yogaloft Leipzig", false, true, false),
            new Advertiser("Leipziger Stadtlauf e.V.", true, false, false),
            new Advertiser("Fernweh Reisen", true, true, false),
            new Advertiser("Zugfinder", true, true, false),
            new Advertiser("Ostseeperle Ferienwohnungen", false, true, false),
            new Advertiser("Hostel Alfama", false, true, false),
            new Advertiser("Rügen Urlaub Direkt", false, true, false),
            new Advertiser("Lieferlöwe", true, true, false),
            new Advertiser("Kochkiste", true, false, false),
            new Advertiser("Bäckerei Sonnenkorn", false, false, true),
            new Advertiser("Kaffeerösterei Plagwitz", false, true, true),
            new Advertiser("Grüne Tüte Bio-Lieferdienst", true, true, false),
            new Advertiser("MOVI Leipzig", true, false, false),
            new Advertiser("StadtFlitzer Carsharing", true, false, false),
            new Advertiser("Radhaus E-Bikes", false, true, true),
            new Advertiser("Elbe Direktbank", true, false, false),
            new Advertiser("Sparfuchs Tagesgeld", true, false, false),
            new Advertiser("Nordkapital Broker", false, true, false),
            new Advertiser("Haftpflicht24 Direkt", true, false, false),
            new Advertiser("Gesundkasse", true, false, false),
            new Advertiser("Pixelhaus Elektronik", true, true, false),
            new Advertiser("Funkwerk Mobil", true, false, false),
            new Advertiser("StreamBox", true, false, false),
            new Advertiser("Hörwelt Audiobooks", true, true, false),
            new Advertiser("Buchhandlung Seitenwind", false, true, true),
            new Advertiser("Pflanzenliebe", false, true, false),
            new Advertiser("Wohnidee Möbel", false, true, false),
            new Advertiser("Möbelhaus Kranich", true, true, true),
            new Advertiser("Drogerie Frischluft", true, false, true),
            new Advertiser("Spa & Sauna am Auensee", false, true, false),
            new Advertiser("Pflegejobs Sachsen", true, false, false),
            new Advertiser("Klinikjobs24", true, false, false),
            new Advertiser("Ticketbude", true, true, false),
            new Advertiser("Festival Sommerklang", false, true, false),
            new Advertiser("Kleine Helden Spielzeug", false, true, false),
            new Advertiser("Foto Express Leipzig", true, false, false),
            new Advertiser("Sockenliebe", false, true, false),
            new Advertiser("Gartenglück", false, true, false),
            new Advertiser("Schreibwaren Federkiel", false, false, true),
            new Advertiser("Wohnungsbörse Mitteldeutschland", true, false, false));

    /** The advertisers among them that sell for babies and expecting parents. */
    static final List<String> BABY_SHOPS = List.of("Wiegenwelt Babymarkt", "Kinderkram24",
            "Storchennest Kindermöbel", "BabyBloom", "Mamalino Umstandsmode", "Kleine Füße Kinderschuhe",
            "Windelwunder", "Kinderwagen-Profi Leipzig");

    /** Topics Meta inferred from what she looks at. */
    static final List<String> TOPICS = List.of(
            "Running (activity)", "Marathons", "Pregnancy", "Parenting", "Baby Products", "Nursing (profession)",
            "Hospitals", "Indie Rock Music", "Singer-Songwriter Music", "Music Festivals", "Podcasts",
            "Healthy Eating", "Vegetarian Cuisine", "Baking", "Coffee", "Travel Destinations", "Beaches",
            "Hiking Trails", "Public Transportation", "Personal Finance", "Sustainable Fashion",
            "Interior Design", "Houseplants", "Crime Fiction", "Yoga");

    /**
     * A company that reports what she does on its site or app to Meta: how many events it sent, which
     * kinds, and in which period.
     */
    record OffMetaCompany(String name, int events, List<String> types, LocalDate from, LocalDate to) {
    }

    static final List<OffMetaCompany> OFF_META_COMPANIES = List.of(
            new OffMetaCompany("Lunara – Period & Cycle Tracker", 70, List.of("ACTIVATE_APP", "CUSTOM"),
                    LocalDate.of(2021, 4, 3), LocalDate.of(2023, 7, 19)),
            new OffMetaCompany("BabyBloom Pregnancy & Baby App", 75,
                    List.of("ACTIVATE_APP", "CUSTOM", "VIEW_CONTENT"),
                    LocalDate.of(2023, 7, 21), Persona.LAST_ACTIVE_DAY),
            new OffMetaCompany("wiegenwelt.de", 55,
                    List.of("PAGE_VIEW", "VIEW_CONTENT", "SEARCH", "ADD_TO_CART", "PURCHASE"),
                    LocalDate.of(2023, 10, 2), LocalDate.of(2024, 3, 10)),
            new OffMetaCompany("kinderkram24.de", 40, List.of("PAGE_VIEW", "ADD_TO_WISHLIST", "ADD_TO_CART",
                    "PURCHASE"), LocalDate.of(2023, 9, 14), LocalDate.of(2024, 3, 8)),
            new OffMetaCompany("Storchennest Kindermöbel", 25, List.of("PAGE_VIEW", "VIEW_CONTENT", "SEARCH",
                    "INITIATE_CHECKOUT", "PURCHASE"), LocalDate.of(2023, 11, 5), LocalDate.of(2024, 2, 18)),
            new OffMetaCompany("Mamalino Umstandsmode", 20, List.of("PAGE_VIEW", "ADD_TO_CART", "PURCHASE"),
                    LocalDate.of(2023, 9, 1), LocalDate.of(2024, 1, 20)),
            new OffMetaCompany("kleidsam.de", 50, List.of("PAGE_VIEW", "VIEW_CONTENT", "SEARCH", "ADD_TO_CART",
                    "PURCHASE"), LocalDate.of(2019, 3, 9), LocalDate.of(2024, 2, 25)),
            new OffMetaCompany("Lieferlöwe", 45, List.of("ACTIVATE_APP", "SEARCH", "PURCHASE"),
                    LocalDate.of(2020, 4, 1), LocalDate.of(2024, 3, 9)),
            new OffMetaCompany("MOVI Leipzig – Tickets & Fahrplan", 40, List.of("ACTIVATE_APP", "PURCHASE"),
                    LocalDate.of(2019, 1, 7), LocalDate.of(2024, 3, 11)),
            new OffMetaCompany("Elbe Direktbank", 35, List.of("ACTIVATE_APP", "CUSTOM"),
                    LocalDate.of(2018, 6, 1), LocalDate.of(2024, 3, 4)),
            new OffMetaCompany("Zugfinder", 30, List.of("SEARCH", "VIEW_CONTENT", "PURCHASE"),
                    LocalDate.of(2018, 2, 1), LocalDate.of(2024, 1, 30)),
            new OffMetaCompany("Fernweh Reisen", 18, List.of("PAGE_VIEW", "SEARCH", "LEAD"),
                    LocalDate.of(2019, 1, 12), LocalDate.of(2023, 6, 30)),
            new OffMetaCompany("Laufwerk Sportshop", 22, List.of("PAGE_VIEW", "ADD_TO_CART", "PURCHASE"),
                    LocalDate.of(2017, 3, 1), LocalDate.of(2023, 6, 15)),
            new OffMetaCompany("RunTrack – Laufen & GPS", 30, List.of("ACTIVATE_APP", "CUSTOM"),
                    LocalDate.of(2017, 4, 20), LocalDate.of(2024, 2, 28)),
            new OffMetaCompany("Apotheke am Markt Online", 15, List.of("PAGE_VIEW", "ADD_TO_CART", "PURCHASE"),
                    LocalDate.of(2023, 7, 22), LocalDate.of(2024, 3, 6)),
            new OffMetaCompany("Kochkiste", 12, List.of("PAGE_VIEW", "COMPLETE_REGISTRATION", "PURCHASE"),
                    LocalDate.of(2021, 1, 10), LocalDate.of(2023, 5, 2)),
            new OffMetaCompany("Hörwelt Audiobooks", 10, List.of("ACTIVATE_APP", "PURCHASE"),
                    LocalDate.of(2020, 11, 1), LocalDate.of(2024, 2, 2)),
            new OffMetaCompany("Pflegejobs Sachsen", 8, List.of("PAGE_VIEW", "SEARCH", "LEAD"),
                    LocalDate.of(2022, 1, 10), LocalDate.of(2022, 6, 30)));

    static final List<String> FIRST_NAMES = List.of(
            "Anna", "Sophie", "Marie", "Laura", "Julia", "Lisa", "Katharina", "Franziska", "Johanna",
            "Charlotte", "Clara", "Paula", "Hannah", "Emilia", "Greta", "Ines", "Jördis", "Mareike", "Svenja",
            "Nadine", "Stefanie", "Sandra", "Anja", "Susanne", "Kerstin", "Björn", "Jörg", "Jürgen", "Sören",
            "Uwe", "Max", "Felix", "Lukas", "Jonas", "Paul", "Tim", "Florian", "Sebastian", "Matthias",
            "Stefan", "Christian", "Philipp", "Niklas", "David", "Moritz", "Benedikt", "Özlem", "Zeynep",
            "Emre", "Mehmet", "Ana", "João", "Inês", "Chloé", "Zoë", "Anaïs", "René", "André", "Noël",
            "Agnieszka", "Tomasz", "Dorothée", "Søren", "Åsa", "Maëlle", "Frauke", "Grit", "Heiko", "Ronny",
            "Mandy", "Peggy", "Steffen", "Thomas", "Kathrin", "Ulrike");

    static final List<String> LAST_NAMES = List.of(
            "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
            "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner",
            "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Herrmann", "König", "Walter",
            "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn",
            "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Winkler", "Roth", "Beck", "Lorenz",
            "Baumann", "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus",
            "Schumacher", "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich",
            "Brandt", "Haas", "Schreiber", "Graf", "Dietrich", "Ziegler", "Kuhn", "Kühn", "Pohl", "Engel",
            "Horn", "Busch", "Bergmann", "Voigt", "Sauer", "Arnold", "Wolff", "Pfeiffer", "Yılmaz", "Kaya",
            "Demir", "Nowak", "Kowalski", "Silva", "Santos", "Dubois", "Lefèvre", "Nørgaard", "Lindqvist");

    /** What she typed into Facebook's search before July 2023. */
    static final List<String> EVERYDAY_SEARCHES = List.of(
            "Laufgruppe Leipzig", "Halbmarathon Leipzig", "Leipziger Stadtlauf", "Yoga Plagwitz",
            "Wohnung Leipzig Südvorstadt", "Lissabon Tipps", "Sächsische Schweiz wandern", "Nachtflohmarkt",
            "Kochkurs Leipzig", "Fahrrad gebraucht", "Pflegejobs Leipzig", "Café Kaffeesatz", "Krimidinner",
            "Usedom Ferienwohnung", "Glühweinwanderung", "Cospudener See", "Clara-Zetkin-Park",
            "Kino Connewitz", "Konzert Moritzbastei", "Flohmarkt Plagwitz", "Sauerteig Starter",
            "Kopenhagen Fahrradtour", "Malmö", "Trailrunning Harz", "Zimmerpflanzen tauschen",
            "Stricken für Anfänger", "Intensivpflege Fortbildung", "Schichtdienst Tipps", "Brunch Leipzig",
            "Vietnamesisch Leipzig", "Laufschuhe Test", "Mietrecht Nebenkosten", "Möbel gebraucht Leipzig",
            "Festival Sommerklang", "Tickets Leipzig", "Wandern Erzgebirge", "Chemnitz Weihnachtsmarkt",
            "Hochzeit Location Leipzig", "Geschenkideen Schwester", "Balkonpflanzen", "Fotokurs Leipzig");

    /** And what she searched once she knew she was expecting. */
    static final List<String> EXPECTING_SEARCHES = List.of(
            "Hebamme Leipzig", "Schwangerschaftsyoga Leipzig", "Geburtsvorbereitungskurs", "Kinderwagen Test",
            "Kinderwagen gebraucht", "Babybett", "Beistellbett", "Babyflohmarkt Leipzig", "Tragetuch binden",
            "Umstandsmode", "Elterngeld Rechner", "Elternzeit Pflege", "Kreißsaalführung Leipzig",
            "Wickelkommode", "Babyausstattung Liste", "Stillkissen", "Autositz Babyschale",
            "Geburtshaus Leipzig", "Vornamen Mädchen", "Vornamen Jungen", "Kita Anmeldung Leipzig",
            "Rückbildungskurs", "Babyschwimmen Leipzig", "Schwangerschaft 30. Woche", "Mutterschutz Rechner");

    /** A place she checked in at: name, address and a point near it. */
    record Place(String name, String address, double latitude, double longitude) {
    }

    /** Places around Leipzig and Chemnitz where she checks in now and then. */
    static final List<Place> PLACES = List.of(
            new Place("Clara-Zetkin-Park", "Anton-Bruckner-Allee, 04107 Leipzig", 51.3299, 12.3585),
            new Place("Völkerschlachtdenkmal", "Straße des 18. Oktober 100, 04299 Leipzig", 51.3123, 12.4133),
            new Place("Cospudener See", "Hafen Zöbigker, 04416 Markkleeberg", 51.2699, 12.3339),
            new Place("Café Kaffeesatz", "Karl-Heine-Straße 41, 04229 Leipzig", 51.3327, 12.3379),
            new Place("Moritzbastei", "Kurt-Masur-Platz 1, 04109 Leipzig", 51.3369, 12.3803),
            new Place("Leipzig Hauptbahnhof", "Willy-Brandt-Platz 7, 04109 Leipzig", 51.3455, 12.3821),
            new Place("Bastei", "01847 Lohmen, Sächsische Schweiz", 50.9621, 14.0737),
            new Place("Strandpromenade Ahlbeck", "17419 Ahlbeck, Usedom", 53.9393, 14.1951),
            new Place("Schloss Augustusburg", "Schloss 1, 09573 Augustusburg", 50.8126, 13.1004));

    /** A post tied to a day of her life; {@code place} makes it a check-in. */
    record Milestone(LocalDate day, String text, Place place) {
    }

    static final List<Milestone> MILESTONES = List.of(
            new Milestone(Persona.FACEBOOK_SINCE, "Endlich auch hier 🙈", null),
            new Milestone(LocalDate.of(2012, 8, 31),
                    "Examen bestanden!!! 🎉 Ab jetzt examinierte Gesundheits- und Krankenpflegerin.", null),
            new Milestone(Persona.MOVED_TO_LEIPZIG,
                    "Umzug nach Leipzig geschafft. Die Kisten können warten, erst mal Döner.", null),
            new Milestone(LocalDate.of(2019, 5, 24), "Lissabon, du warst wunderschön ☀️",
                    new Place("Praça do Comércio", "1100-148 Lisboa", 38.7075, -9.1364)),
            new Milestone(LocalDate.of(2022, 8, 9), "Kopenhagen mit dem Fahrrad – beste Idee überhaupt 🚲",
                    new Place("Nyhavn", "1051 København", 55.6798, 12.5907)),
            new Milestone(LocalDate.of(2023, 4, 23), "Erster Halbmarathon unter zwei Stunden! 🏃‍♀️ 1:58:43",
                    new Place("Sportforum Leipzig", "Am Sportforum 3, 04105 Leipzig", 51.3434, 12.3542)));

    /**
     * Things she wrote on her timeline, roughly in the order of her life. {@code {km}}, {@code {time}} and
     * {@code {n}} are filled in per post, so that recurring kinds of posts do not repeat word for word.
     */
    static final List<String> EARLY_POSTS = List.of(
            "Erster Tag auf Station. Müde, aber glücklich.",
            "Wer kommt mit zum Konzert am Samstag? 🎸",
            "Chemnitz, du wirst mir fehlen ❤️",
            "Nachtdienst vorbei. Jetzt schlafen. 😴",
            "Kaffee. Sofort. ☕",
            "Lernen für die Prüfung. Anatomie ist mein Endgegner 📚",
            "Erste eigene Wohnung! Zwei Zimmer, Balkon, Südvorstadt 🏠",
            "Heute {km} km gelaufen. Ich glaube, ich werde Läuferin.");

    static final List<String> LATER_POSTS = List.of(
            "Sonntagslauf am See, {km} km, herrlich.",
            "Heute {km} km durch den Auwald. Beine sagen nein, Kopf sagt ja 🏃‍♀️",
            "Neue Bestzeit über 10 km: {time} 🎉",
            "Frisches Sauerteigbrot, der Starter heißt jetzt Günther 🍞",
            "{n} Nachtdienste am Stück überlebt. Respekt an alle Kolleg*innen auf der 4B 💪",
            "Wer hat Tipps für Wanderungen in der Sächsischen Schweiz?",
            "Geburtstagsbrunch mit den Liebsten 🥐",
            "Regen, Tee, Buch. Perfekter freier Tag.",
            "Neue Laufschuhe, neues Glück 👟",
            "Glühwein auf dem Weihnachtsmarkt, Tradition ist Tradition 🎄",
            "Happy Birthday, Schwesterherz! 🎂",
            "Endlich Balkonwetter 🌱",
            "Pflege ist kein Beruf, sondern eine Haltung. Danke an mein Team.",
            "Stadtlauf geschafft: 10 km in {time} 🏅",
            "Tom hat gekocht. Es war… interessant 😂",
            "Konzert gestern in der Moritzbastei: Gänsehaut 🎶",
            "Urlaubsreif. Noch {n} Dienste bis Usedom 🌊",
            "Mein Basilikum lebt seit {n} Wochen. Persönlicher Rekord 🌿",
            "Fortbildung Intensivpflege bestanden ✅",
            "Wer kommt mit zum Nachtflohmarkt am Samstag?",
            "Sonnenaufgang nach dem Nachtdienst. Manchmal lohnt es sich 🌅",
            "Endlich wieder Sommer am Cossi ☀️",
            "Schon wieder Montag? 🙃",
            "Danke für die vielen Geburtstagsgrüße! ❤️");

    static final List<String> EXPECTING_POSTS = List.of(
            "Dieses Jahr mal ohne Glühwein 😉",
            "Kinderzimmer streichen: check ✅",
            "Tom baut seit {n} Stunden ein Möbelstück auf. Ich sage nichts. 😂",
            "Letzter Nachtdienst für eine ganze Weile 🌙",
            "Spaziergang statt Laufrunde, auch schön 🍂",
            "Wer hat Tipps gegen Sodbrennen? Frage für eine Freundin 😅",
            "Mutterschutz. Was macht man eigentlich mit so viel Zeit?",
            "Flohmarktfunde des Tages: eine Spieluhr und zwei winzige Mützen 🥹");

    /** Links she shared. */
    static final List<String> SHARED_LINKS = List.of(
            "https://www.example.org/leipzig/stadtlauf-ergebnisse",
            "https://www.example.org/pflege/petition-bessere-personalschluessel",
            "https://www.example.org/rezepte/sauerteig-fuer-anfaenger",
            "https://www.example.org/reisen/lissabon-in-drei-tagen",
            "https://www.example.org/musik/indie-neuheiten");
}
