package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.ZipBuilder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner over synthetic Amazon exports (several zips each) into a real database. */
class AmazonImporterTest {
    private static final String BOM = "\uFEFF";

    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(List.of(new AmazonImporter()), ArchiveLimits.defaults());
    private ImportReport report;

    /** The orders zip of a marketplace, US dates, every cell quoted. */
    private Path orders(String name, String website) throws Exception {
        return new ZipBuilder()
                .add("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", BOM + """
                        "Website","Order ID","Order Date","Currency","Total Owed","ASIN","Ship Date","Product Name"
                        "%1$s","302-1","08/02/2023 18:53:16 UTC","EUR","7.95","B0LOTION","08/03/2023 10:00:00 UTC","Bodylotion parfümfrei"
                        "%1$s","302-1","08/02/2023 18:53:16 UTC","EUR","19.90","B0FOLIC","08/03/2023 10:00:00 UTC","Folsäure 90 Tabletten"
                        "%1$s","302-2","01/08/2024 09:00:00 UTC","EUR","549.00","B0PRAM","Not Available","Kinderwagen 3in1 15,6"" Räder"
                        """.formatted(website))
                .add("Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf", "%PDF-1.4")
                .add("Retail.OrderHistory.2/Retail.OrderHistory.2.csv", BOM + """
                        "Website","Order ID","Order Date","Currency","Total Owed","ASIN","Product Name"
                        "Amazon.co.uk","202-1","05/02/2019 21:14:00 UTC","GBP","7.99","B0BOOK","Lisbon Pocket Guide"
                        """)
                .add("Retail.CartItems.1/Retail.CartItems.1.csv", BOM + """
                        "DateAddedToCart","Source","ASIN","CartDomain","CartList","Quantity"
                        "03/01/2024 17:13:28 UTC","Retail","B0CRIB","Not Applicable","active","1"
                        """)
                .add("Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv", BOM + """
                        First Search Time (GMT),All Department (APS) or Category,Keywords,Language
                        2023-08-01 19:22:01,aps,folsäure schwangerschaft,
                        2023-12-01 19:22:01,aps,kinderwagen 3in1,
                        """)
                .add("Amazon.Lists.Wishlist.1.1/Amazon.Lists.Wishlist.json", """
                        [{"Baby [List]": [{"listName": "Baby"}]},
                         {"Baby [Item 1]": [{"asin": "B0SPIEL"}, {"quantity": 1}]},
                         {"Baby [User]": [{"roleName": "Giftee"}]}]
                        """)
                .writeTo(dir.resolve(name + "-Your Orders.zip"));
    }

    private Path advertising(String name, String thirdParty) throws Exception {
        return new ZipBuilder()
                .add("Advertising.1/Advertising.AmazonAudiences.csv", BOM
                        + "Amazon Audiences in which you are included\n\n\"In-Market:Baby Products\"\n\"Lifestyle:Expectant parents\"")
                .add("Advertising.1/Advertising.3PAudiences.csv", BOM
                        + "Audiences in which you are included via 3rd Parties\n\n" + thirdParty)
                .add("Advertising.1/Advertising.AdvertiserAudiences.csv", BOM
                        + "Advertisers who brought audiences in which you are included\n\n\"Wiegenwelt Babymarkt\"\n\"Laufwerk Sportshop\"")
                .add("Advertising.1/Advertising.AdvertiserClicks.csv", BOM
                        + "Advertisers whose ads you clicked\n\n\"Wiegenwelt Babymarkt\"")
                .add("Advertising.1/Advertising.OptOut.csv", BOM
                        + "Interest based ads opt out setting per marketplace\n\nDE:Not OptedOut\nUK:Not OptedOut")
                .add("Advertising.2/Advertising.AmazonAudiences.csv", BOM
                        + "Amazon Audiences in which you are included\n\n\"In-Market:Baby Products\"")
                .writeTo(dir.resolve(name + "-Advertising.zip"));
    }

    private Path digital(String name) throws Exception {
        return new ZipBuilder()
                .add("Digital-Ordering.1/Digital Items.csv", BOM + """
                        "ASIN","Title","OrderId","OrderDate","OurPrice"
                        "B0KINDLE","Schwanger! Woche für Woche","D01-1","2023-09-01T19:22:01Z","9.99"
                        """)
                .add("Digital-Ordering.1/Digital Orders.csv", BOM + "\"OrderId\"\n\"D01-1\"\n")
                .add("Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv", """
                        Playback Hour,Operating System,City,Country,Video Type,Title
                        11/02/2023 21:00:00,Windows 10,leipzig,de,Feature,Herztöne-Hebammen im Einsatz - Staffel 1
                        11/02/2023 20:00:00,Windows 10,leipzig,de,Trailer,Trailer-Hebammen im Einsatz - Staffel 1
                        """)
                .add("Audible.Listening/Audible.Listening.csv", BOM + """
                        "DeviceType","StartDate","EndDate","EventDuration","Title","Asin"
                        "Audible for Android","22-AUG-2023","22-AUG-2023","1800000","Schwanger! Woche für Woche (Ungekürzt)","B0AUDIO"
                        """)
                .add("Audible.Library/Audible.Library.csv", BOM + """
                        "DateAdded","Title","Asin"
                        "20-AUG-2023","Schwanger! Woche für Woche (Ungekürzt)","B0AUDIO"
                        """)
                .writeTo(dir.resolve(name + "-Digital Items.zip"));
    }

    private Export importAll(Database db, List<Path> zips) throws Exception {
        try (ImportPlan plan = runner.plan(zips)) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).as("all zips given together are one export").hasSize(1);
            report = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            return report.export();
        }
    }

    @Test
    void threeZipsOfDatasetFoldersAreOneExportWithExactCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            Export export = importAll(db, List.of(orders("de", "Amazon.de"),
                    advertising("de", "\"Demographics:Altersgruppe:25-34\"\n\"Demographics:Frauen\""), digital("de")));

            assertThat(export.source()).isEqualTo("de-Your Orders.zip, de-Advertising.zip, de-Digital Items.zip");
            assertThat(export.kind()).isEqualTo("account data");
            assertThat(export.layout()).isEqualTo("dataset folders (Retail.OrderHistory.1/…)");
            assertThat(export.language()).isEqualTo("de");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PURCHASES, 5L,  // four order lines in two marketplaces and a Kindle book
                    Category.LIBRARY, 3L,    // a cart item, a wish-list item, an audiobook
                    Category.SEARCHES, 2L,
                    Category.WATCHING, 1L,
                    Category.ACTIVITY, 1L,   // the trailer
                    Category.LISTENING, 1L));
            assertThat(export.items()).isEqualTo(13);
            assertThat(export.inferences()).isEqualTo(10);
            assertThat(export.problems()).isZero();

            CompanyQueries companies = new CompanyQueries(db);
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(companies.company(Service.AMAZON));
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.AD_SEGMENT, InferenceKind.ADVERTISER,
                    InferenceKind.AD_PREFERENCE);
            assertThat(stated.get(InferenceKind.AD_SEGMENT)).extracting(StatedInferenceRow::value, StatedInferenceRow::occurrences)
                    .containsExactlyInAnyOrder(tuple("In-Market:Baby Products", 2), tuple("Lifestyle:Expectant parents", 1),
                            tuple("Demographics:Altersgruppe:25-34", 1), tuple("Demographics:Frauen", 1));
            assertThat(stated.get(InferenceKind.ADVERTISER)).extracting(StatedInferenceRow::value, StatedInferenceRow::occurrences)
                    .containsExactlyInAnyOrder(tuple("Wiegenwelt Babymarkt", 2), tuple("Laufwerk Sportshop", 1));
            assertThat(stated.get(InferenceKind.AD_PREFERENCE)).extracting(StatedInferenceRow::value)
                    .containsExactlyInAnyOrder("DE:Not OptedOut", "UK:Not OptedOut");

            List<ItemRow> purchases = new ItemQueries(db).page(List.of(export), Category.PURCHASES, 0, 10);
            assertThat(purchases).extracting(ItemRow::title).containsExactly("Kinderwagen 3in1 15,6\" Räder",
                    "Schwanger! Woche für Woche", "Bodylotion parfümfrei", "Folsäure 90 Tabletten", "Lisbon Pocket Guide");
            assertThat(purchases.get(0).at()).isEqualTo(Instant.parse("2024-01-08T09:00:00Z"));
            assertThat(purchases.get(0).attributes()).containsEntry("Ship Date", "Not Available");

            assertThat(status("Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(status("Digital-Ordering.1/Digital Orders.csv")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(status("Advertising.1/Advertising.OptOut.csv")).isEqualTo(FileStatus.IMPORTED);
        }
    }

    @Test
    void theSameZipsInAnotherOrderGiveTheSameCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("order.db"))) {
            Export export = importAll(db, List.of(digital("x"), advertising("x", "\"Demographics:Frauen\""),
                    orders("x", "Amazon.de")));
            assertThat(export.items()).isEqualTo(13);
            assertThat(export.inferences()).isEqualTo(9);
        }
    }

    @Test
    void italianAndSpanishExportsTellTheirLanguage() throws Exception {
        try (Database db = Database.open(dir.resolve("it.db"))) {
            Export export = importAll(db, List.of(advertising("it",
                    "\"Demographics:Fascia d'età:25-34\"\n\"Demographics:Uomini\""), orders("it", "Amazon.it")));
            assertThat(export.language()).isEqualTo("it");
            assertThat(new ItemQueries(db).count(List.of(export), Category.PURCHASES)).isEqualTo(4);
        }
        try (Database db = Database.open(dir.resolve("es.db"))) {
            Export export = importAll(db, List.of(orders("es", "Amazon.es")));
            assertThat(export.language()).isEqualTo("es");
        }
    }

    @Test
    void theNewerLayoutWithIsoDatesAndCrlfImportsToo() throws Exception {
        Path zip = new ZipBuilder()
                .add("Your Amazon Orders/Order History.csv", BOM + "\"Website\",\"Order ID\",\"Order Date\",\"Product Name\","
                        + "\"Total Amount\"\r\n\"Amazon.de\",\"304-1\",\"2024-02-19T08:15:16Z\",\"Windeln Größe 1\",\"19.99\"\r\n"
                        + "\"Amazon.de\",\"304-2\",\"2024-02-20T08:15:16.000Z\",\"Handdesinfektionsgel 500 ml\",\"8.49\"\r\n")
                .add("Your Prime Video Viewing Activity/Viewing History.csv", "Playback Start Datetime (UTC),Title,"
                        + "Material Type Description\r\n2024-02-01 20:00:00,Herztöne-Hebammen im Einsatz - Staffel 1,Full\r\n"
                        + "2024-02-01 19:58:00,Trailer-Grenzgänger,Trailer\r\n")
                .add("Your Prime Video Viewing Activity/Search History.csv", "Search Request Date,Search Query from Customer\r\n"
                        + "2024-02-01T19:55:00Z,hebammen\r\n")
                .add("FileDescriptions.csv", "File,Description\r\n")
                .writeTo(dir.resolve("Your Orders.zip"));
        try (Database db = Database.open(dir.resolve("new.db"))) {
            Export export = importAll(db, List.of(zip));

            assertThat(export.layout()).isEqualTo("\"Your …\" folders");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PURCHASES, 2L, Category.WATCHING, 1L, Category.ACTIVITY, 1L, Category.SEARCHES, 1L));
            assertThat(new ItemQueries(db).page(List.of(export), Category.PURCHASES, 0, 5)).extracting(ItemRow::at)
                    .containsExactly(Instant.parse("2024-02-20T08:15:16Z"), Instant.parse("2024-02-19T08:15:16Z"));
            assertThat(status("FileDescriptions.csv")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(export.problems()).isZero();
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof AmazonImporter);
    }

    private FileStatus status(String path) {
        return report.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .map(FileReport::status).orElseThrow(() -> new AssertionError("no report for " + path));
    }

    private static Map<Category, Long> countsByCategory(Database db, Export export) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        ItemQueries items = new ItemQueries(db);
        for (Category category : Category.values()) {
            long n = items.count(List.of(export), category);
            if (n > 0) {
                counts.put(category, n);
            }
        }
        return counts;
    }
}
