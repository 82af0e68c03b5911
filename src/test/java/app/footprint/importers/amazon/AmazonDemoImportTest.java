package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.AmazonFacts;
import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
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
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's three Amazon zips through the installed importers and the real store: one export, every count as written. */
class AmazonDemoImportTest {
    private static final List<String> ZIPS = List.of("Your Orders.zip", "Advertising.zip", "Digital Items.zip");

    @TempDir
    Path dir;

    @Test
    void theThreeDemoZipsImportAsOneExportWithExactlyWhatThePersonaWrote() throws Exception {
        DemoPersona persona = DemoPersona.standard();
        List<Path> zips = persona.writeTo(dir.resolve("demo")).stream()
                .filter(p -> ZIPS.contains(p.getFileName().toString())).toList();
        AmazonFacts facts = persona.facts().of(AmazonFacts.class);
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (Database db = Database.open(dir.resolve("fp.db")); ImportPlan plan = runner.plan(zips)) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).singleElement().satisfies(e -> assertThat(e.service()).isEqualTo(Service.AMAZON));
            ImportReport report = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(report.filesWithProblems()).isEmpty();
            Export export = report.export();
            assertThat(export.source()).isEqualTo(String.join(", ", ZIPS));
            assertThat(export.language()).isEqualTo("de");
            assertThat(report.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactly("Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf");

            CompanyQueries companies = new CompanyQueries(db);
            CompanySummary amazon = companies.company(Service.AMAZON);
            Map<Category, Long> categories = amazon.categories().stream()
                    .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
            assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PURCHASES, (long) facts.orderLines() + facts.digitalItems(),
                    Category.LIBRARY, (long) facts.cartItems() + facts.wishlistItems() + facts.audibleLibrary(),
                    Category.SEARCHES, (long) facts.searches(),
                    Category.WATCHING, (long) facts.primeVideoWatched(),
                    Category.ACTIVITY, (long) facts.primeVideoPreviews(),
                    Category.LISTENING, (long) facts.audibleListening()));

            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(amazon);
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.AD_SEGMENT, InferenceKind.ADVERTISER,
                    InferenceKind.AD_PREFERENCE);
            assertThat(entries(stated.get(InferenceKind.AD_SEGMENT))).isEqualTo(facts.amazonAudiences() + facts.thirdPartyAudiences());
            assertThat(entries(stated.get(InferenceKind.ADVERTISER))).isEqualTo(facts.advertiserAudiences() + facts.advertiserClicks());
            assertThat(entries(stated.get(InferenceKind.AD_PREFERENCE))).isEqualTo(facts.optOutSettings());
            assertThat(stated.get(InferenceKind.AD_SEGMENT)).extracting(StatedInferenceRow::value)
                    .contains("Lifestyle:Expectant parents", "In-Market:Baby Products", "Demographics:Frauen");

            List<ItemRow> purchases = new ItemQueries(db).page(List.of(export), Category.PURCHASES, 0, 1000);
            Instant known = Instant.parse("2023-07-19T22:00:00Z");
            assertThat(purchases.stream().filter(p -> p.title().contains("Folsäure") || p.title().contains("parfümfrei")
                    || p.title().startsWith("Babybett") || p.title().startsWith("Kinderwagen")))
                    .hasSize(6).allMatch(p -> p.at().isAfter(known)); // lotion and vitamins were bought twice
            assertThat(purchases.stream().filter(p -> p.attributes().getOrDefault("Shipping Address", "").contains("Klinikum")))
                    .hasSize(facts.workDeliveries());
        }
    }

    private static int entries(List<StatedInferenceRow> rows) {
        return rows.stream().mapToInt(StatedInferenceRow::occurrences).sum();
    }
}
