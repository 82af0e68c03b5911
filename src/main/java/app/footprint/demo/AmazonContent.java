package app.footprint.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * What Jana buys, searches and is filed under at Amazon, all invented: running shoes, crime novels and
 * household things for years, then from July 2023 the classic signs of a pregnancy (unscented lotion,
 * prenatal vitamins with folic acid, calcium, magnesium and zinc, big bags of cotton balls, hand sanitiser,
 * washcloths) and later a cot, a pram and baby clothes.
 */
final class AmazonContent {
    private AmazonContent() {
    }

    /** Where orders go, flattened into one cell as Amazon writes addresses. */
    static final String HOME_ADDRESS = "Jana Köhler Zschochersche Straße 27 Leipzig 04229 Deutschland "
            + "Primary Phone: +4915550123456";
    static final String WORK_ADDRESS = "Jana Köhler Klinikum St. Georg, Station 4B Leipzig 04129 Deutschland "
            + "Primary Phone: +4915550123456";

    /** A product: its name, price in euros, and whether it goes to the hospital rather than home. */
    record Product(String name, String price, boolean toWork) {
    }

    static final List<Product> EVERYDAY = List.of(
            new Product("Laufschuhe Damen Trail Neutral, Größe 39", "109.95", false),
            new Product("Laufsocken Damen 3er Pack, atmungsaktiv", "17.99", false),
            new Product("Laufgürtel für Handy und Schlüssel", "14.99", false),
            new Product("Stirnlampe LED 400 Lumen, wiederaufladbar", "24.90", false),
            new Product("Der Elbe-Mörder: Kriminalroman (Taschenbuch)", "12.00", false),
            new Product("Nachtdienst: Roman (Gebundene Ausgabe)", "22.00", false),
            new Product("Laufen für Einsteiger: Vom ersten Schritt zum Halbmarathon", "16.99", false),
            new Product("Sauerteig: Das Grundlagenbuch", "26.00", false),
            new Product("Kaffeebohnen Espresso 1 kg", "16.49", false),
            new Product("Spülmaschinentabs All-in-1, 100 Stück", "13.95", false),
            new Product("LED-Glühbirne E27 warmweiß, 6er Pack", "12.99", false),
            new Product("Küchenrolle 3-lagig, 8 Rollen", "9.49", false),
            new Product("Bettwäsche 135x200 Baumwolle, Salbeigrün", "39.99", false),
            new Product("Thermoskanne Edelstahl 1 l", "21.95", false),
            new Product("Laptop-Hülle 15,6\" Filz, grau", "18.99", false),
            new Product("Kompressionsstrümpfe für Pflegekräfte, 2 Paar", "29.90", true),
            new Product("Schwesternuhr Silikon mit Clip", "11.99", true),
            new Product("Handcreme für Pflegeberufe 100 ml", "6.95", true),
            new Product("Zimmerpflanzen-Dünger flüssig 1 l", "8.99", false),
            new Product("Akku-Ladegerät mit 8 AA-Akkus", "27.99", false));

    /** A product bought once at a point of the pregnancy. */
    record Moment(LocalDate day, Product product) {
    }

    private static Moment bought(int year, int month, int day, String product, String price) {
        return new Moment(LocalDate.of(year, month, day), new Product(product, price, false));
    }

    private static Moment boughtForWork(int year, int month, int day, String product, String price) {
        return new Moment(LocalDate.of(year, month, day), new Product(product, price, true));
    }

    static final List<Moment> PREGNANCY = List.of(
            bought(2023, 8, 2, "Bodylotion parfümfrei, ohne Duftstoffe, 400 ml", "7.95"),
            bought(2023, 8, 2, "Folsäure + Jod + Vitamin D3, Schwangerschaftsvitamine, 90 Tabletten", "19.90"),
            bought(2023, 8, 16, "Calcium + Magnesium + Zink, 120 Tabletten", "12.49"),
            bought(2023, 9, 5, "Wattebällchen XXL-Beutel, 300 Stück", "5.99"),
            boughtForWork(2023, 9, 5, "Handdesinfektionsgel 500 ml", "8.49"),
            bought(2023, 9, 21, "Waschlappen Baumwolle, 10er Set", "14.99"),
            bought(2023, 10, 10, "Bodylotion parfümfrei, ohne Duftstoffe, 400 ml", "7.95"),
            bought(2023, 10, 10, "Folsäure + Jod + Vitamin D3, Schwangerschaftsvitamine, 90 Tabletten", "19.90"),
            bought(2023, 10, 28, "Umstandsjeans mit Überbauchbund, Größe 38", "44.95"),
            bought(2023, 11, 9, "Das große Buch zur Schwangerschaft", "24.00"),
            bought(2023, 11, 9, "Stillkissen mit Bezug, 190 cm", "39.99"),
            bought(2023, 12, 4, "Babybett 60x120 Buche, höhenverstellbar, mit Matratze", "219.00"),
            bought(2024, 1, 8, "Kinderwagen 3in1 Kombikinderwagen mit Babywanne und Babyschale", "549.00"),
            bought(2024, 1, 8, "Baby Body Langarm Bio-Baumwolle, 5er Pack, Größe 56", "24.95"),
            bought(2024, 1, 22, "Babyschlafsack 70 cm, 2.5 TOG", "34.99"),
            bought(2024, 1, 22, "Wickelauflage abwaschbar 75x85 cm", "29.99"),
            bought(2024, 2, 6, "Babyfon mit Kamera und Nachtsicht", "89.99"),
            bought(2024, 2, 6, "Baby Strampler Erstausstattung, 3er Set, Größe 50/56", "27.90"),
            bought(2024, 2, 19, "Windeln Größe 1 Newborn, 2 x 44 Stück", "19.99"),
            bought(2024, 2, 19, "Handdesinfektionsgel 500 ml", "8.49"),
            bought(2024, 3, 1, "Autositz Babyschale i-Size, 40-87 cm", "159.00"),
            bought(2024, 3, 1, "Baby Mützchen Erstlingsset Bio, 3 Stück", "12.95"));

    /** Books she bought from Amazon.co.uk before the trip to Lisbon, in English. */
    static final List<Product> UK_BOOKS = List.of(
            new Product("Lisbon Pocket Guide", "7.99", false),
            new Product("Portuguese Phrasebook & Dictionary", "5.99", false),
            new Product("The Quiet Runner: A Novel", "8.99", false));

    /** What she typed into Amazon's search. */
    static final List<String> EVERYDAY_SEARCHES = List.of("laufschuhe damen trail", "laufsocken", "krimi elbe",
            "kaffeebohnen espresso", "spülmaschinentabs", "stirnlampe joggen", "kompressionsstrümpfe pflege",
            "schwesternuhr", "sauerteig buch", "lissabon reiseführer", "thermoskanne", "bettwäsche 135x200",
            "laptop hülle 15,6", "zimmerpflanzen dünger", "handcreme pflege");
    static final List<String> EXPECTING_SEARCHES = List.of("folsäure schwangerschaft", "bodylotion ohne duft",
            "calcium magnesium zink", "wattebällchen groß", "desinfektionsgel", "waschlappen set",
            "umstandsjeans", "stillkissen", "babybett 60x120", "kinderwagen 3in1", "body baby 56",
            "babyfon kamera", "windeln newborn", "babyschale i-size");

    /** Amazon's own audiences for her on amazon.de, in Amazon's English taxonomy. */
    static final List<String> AMAZON_AUDIENCES = List.of(
            "In-Market:Baby Products", "In-Market:Baby Products:Nursery", "In-Market:Baby Products:Strollers",
            "In-Market:Health & Personal Care:Vitamins & Supplements", "Lifestyle:Expectant parents",
            "Life Events:New parents", "In-Market:Sports & Outdoors:Running", "In-Market:Books & Magazines",
            "In-Market:Books & Magazines:Crime, Thriller & Mystery", "Lifestyle:Video Entertainment:Prime Video",
            "Lifestyle:Audiobook listeners", "In-Market:Home & Kitchen:Coffee");
    /** ... and on amazon.co.uk, the second marketplace. */
    static final List<String> UK_AUDIENCES = List.of("In-Market:Books & Magazines", "Lifestyle:Travel:City Breaks");
    /** Third-party audiences, written in German as amazon.de writes them. */
    static final List<String> THIRD_PARTY_AUDIENCES = List.of("Demographics:Altersgruppe:25-34",
            "Demographics:Frauen", "Lifestyle:Werdende Eltern", "Interessen:Laufen", "Haushalt:Mieter");
    /** Advertisers that brought audiences holding her; the same shops that reach her on Facebook. */
    static final List<String> ADVERTISERS = List.of("Wiegenwelt Babymarkt", "Kinderkram24",
            "Storchennest Kindermöbel", "BabyBloom", "Mamalino Umstandsmode", "Windelwunder",
            "Kinderwagen-Profi Leipzig", "Apotheke am Markt Online", "Vitalkraft Vitamine", "Laufwerk Sportshop",
            "RunTrack", "Hörwelt Audiobooks", "Buchhandlung Seitenwind", "Kaffeerösterei Plagwitz",
            "Drogerie Frischluft", "Gesundkasse", "Elbe Direktbank", "StreamBox");
    static final List<String> CLICKED_ADVERTISERS = List.of("Wiegenwelt Babymarkt", "Kinderwagen-Profi Leipzig",
            "Vitalkraft Vitamine", "Laufwerk Sportshop", "Hörwelt Audiobooks");
    static final List<String> OPT_OUT = List.of("DE:Not OptedOut", "UK:Not OptedOut", "FR:Not OptedOut",
            "IT:Not OptedOut", "ES:Not OptedOut", "NL:Not OptedOut", "PL:Not OptedOut", "SE:Not OptedOut");

    /** Kindle books: crime novels and, from the summer of 2023, books for parents-to-be. */
    static final List<String> KINDLE_BOOKS = List.of("Der Elbe-Mörder", "Tod in Plagwitz", "Schwarzes Wasser",
            "Die Schleuse", "Nebel über Meißen", "Kaltfront: Der Roman", "Inselärztin: Sturmflut", "Das Wehr",
            "Hafenlichter", "Treibeis", "Die letzte Schicht", "Frühdienst");
    static final List<String> KINDLE_PARENT_BOOKS = List.of("Schwanger! Woche für Woche",
            "Das erste Jahr mit Baby", "Geburt ohne Angst", "Elternzeit für Einsteiger");

    /** Prime Video: series and films, German titles in Amazon's "Episode-Show - Staffel N" form. */
    record PrimeSeries(String name, List<String> episodes) {
    }

    static final List<PrimeSeries> PRIME_SERIES = List.of(
            new PrimeSeries("Die Lausitz-Akte - Staffel 1", List.of("Tagebau", "Der Fund", "Abraum", "Restloch",
                    "Flutung", "Seeblick")),
            new PrimeSeries("Leipziger Nächte - Staffel 1", List.of("Connewitz", "Plagwitz", "Gohlis", "Lindenau",
                    "Reudnitz", "Südvorstadt", "Zentrum", "Grünau")),
            new PrimeSeries("Leipziger Nächte - Staffel 2", List.of("Auwald", "Hafen", "Messe", "Bahnhof",
                    "Völkerschlachtdenkmal", "Cospudener See")),
            new PrimeSeries("Hebammen im Einsatz - Staffel 1", List.of("Die erste Untersuchung", "Herztöne",
                    "Geburtsvorbereitung", "Der Kreißsaal", "Wochenbett", "Nach Hause")));
    static final List<String> PRIME_FILMS = List.of("Der Marathonmann", "Grenzgänger", "Ein Sommer auf Usedom",
            "Die Kaffeeröster", "Abendrot");
    static final List<String> PRIME_TRAILERS = List.of("Offizieller Trailer-Leipziger Nächte - Staffel 2",
            "Trailer-Hebammen im Einsatz - Staffel 1", "Trailer-Grenzgänger", "Teaser-Die Lausitz-Akte - Staffel 1");

    /** Audible: audiobooks and how much of each she listened to. */
    record Audiobook(String title, int hours, boolean pregnancy) {
    }

    static final List<Audiobook> AUDIOBOOKS = List.of(
            new Audiobook("Der Elbe-Mörder (Ungekürzt)", 11, false),
            new Audiobook("Nachtdienst (Ungekürzt)", 9, false),
            new Audiobook("Laufen ist Kopfsache (Ungekürzt)", 6, false),
            new Audiobook("Die Inselärztin: Sturmflut (Ungekürzt)", 10, false),
            new Audiobook("Kaltfront: Der Roman (Ungekürzt)", 13, false),
            new Audiobook("Schwanger! Woche für Woche (Ungekürzt)", 8, true),
            new Audiobook("Das erste Jahr mit Baby (Ungekürzt)", 7, true));
}
