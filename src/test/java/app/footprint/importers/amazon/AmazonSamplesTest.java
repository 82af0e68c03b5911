package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.Service;
import app.footprint.model.StatedInference;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the shared Amazon samples (HUDI, Italian account, 2021). The numbers were counted
 * independently with Python's csv module (encoding utf-8-sig): 101 advertisers, all distinct, first
 * "American Eagle", last "Zillow"; 3 order lines in 2 orders.
 */
class AmazonSamplesTest {
    private static final String SAMPLE = "amazon/hudi-it-2021/";
    private static final String ADVERTISERS = "Advertising.1/Advertising.AdvertiserAudiences.csv";
    private static final String ORDERS = "Retail.OrderHistory.2/Retail.OrderHistory.2.csv";

    @TempDir
    Path dir;

    private static ParserRun run(String path) throws Exception {
        return ParserRun.ofFile(new AmazonImporter().parserFor(path).orElseThrow(), path, Fixtures.file(SAMPLE + path));
    }

    @Test
    void advertiserAudiencesHold101Advertisers() throws Exception {
        ParserRun run = run(ADVERTISERS);

        List<StatedInference> advertisers = run.sink.inferences(InferenceKind.ADVERTISER);
        assertThat(advertisers).hasSize(101);
        assertThat(run.sink.inferences).hasSize(101);
        assertThat(advertisers.get(0).value()).as("the byte-order mark is not part of anything").isEqualTo("American Eagle");
        assertThat(advertisers.get(100).value()).isEqualTo("Zillow");
        assertThat(advertisers.stream().map(StatedInference::value).distinct()).hasSize(101);
        assertThat(advertisers).extracting(StatedInference::value).contains("AT&T Corporation", "Lands' End",
                "Hospital Corporation of America (HCA)", "US Cellular_Starcom");
        assertThat(advertisers).allMatch(a -> "Advertising.1".equals(a.attributes().get("dataset")));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void orderHistoryHoldsThreeLinesWithUsDatesAndDoubledQuotes() throws Exception {
        ParserRun run = run(ORDERS);

        List<Item> purchases = run.sink.items(Category.PURCHASES);
        assertThat(purchases).hasSize(3);
        assertThat(purchases).extracting(Item::at).containsExactly(Instant.parse("2021-11-11T22:32:48Z"),
                Instant.parse("2021-11-20T18:53:16Z"), Instant.parse("2021-11-20T18:53:16Z"));
        assertThat(purchases.get(0).title()).startsWith("HP - Gaming Pavilion 15-ec1000sl Notebook")
                .endsWith("Windows 10 Home, Display 15.6\" FHD");
        assertThat(purchases.get(1).title()).isEqualTo("Trust Tyro Webcam PC con Microfono Full HD 1080p, Auto-Focus, "
                + "USB, Treppiede Incluso, Telecamera per Hangouts, Skype, Teams, Zoom, Computer, Laptop -");
        assertThat(purchases).extracting(i -> i.attributes().get("Order ID"))
                .containsExactly("408-2192107-667", "408-5338323-299", "408-5338323-299");
        assertThat(purchases).extracting(i -> i.attributes().get("Total Owed")).containsExactly("999.99", "29.63", "24.99");
        assertThat(purchases.get(0).attributes()).containsEntry("Website", "Amazon.it")
                .containsEntry("Ship Date", "11/12/2021 20:29:23 UTC").doesNotContainKey("Gift Message");
        assertThat(run.facts.language()).isEqualTo("it");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void theSampleFolderImportsAsOneAmazonExport() throws Exception {
        Path folder = Fixtures.file(SAMPLE + ORDERS).getParent().getParent();
        ImportRunner runner = new ImportRunner(List.of(new AmazonImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("fp.db")); ImportPlan plan = runner.plan(List.of(folder))) {
            assertThat(plan.exports()).singleElement().satisfies(e -> {
                assertThat(e.recognition().kind()).isEqualTo("account data");
                assertThat(e.recognition().confidence()).isEqualTo(0.8);
            });

            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().items()).isEqualTo(3);
            assertThat(outcome.export().inferences()).isEqualTo(101);
            assertThat(outcome.export().language()).isEqualTo("it");
            assertThat(new ItemQueries(db).count(List.of(outcome.export()), Category.PURCHASES)).isEqualTo(3);
            assertThat(new CompanyQueries(db).company(Service.AMAZON).statedInferences()).isEqualTo(101);
        }
    }
}
