package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.PlannedExport;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heavy persona at a thousandth of scale 1, imported through the installed importers into a real
 * database: every file is read, none has a problem, and every company holds what the facts say.
 */
class HeavyPersonaImportTest {
    @TempDir
    static Path dir;
    static HeavyPersona persona;
    static HeavyFacts facts;
    static Map<Service, ImportReport> reports = new EnumMap<>(Service.class);
    static CompanyQueries queries;
    static Database db;

    @BeforeAll
    static void writeAndImport() throws IOException {
        persona = new HeavyPersona(1, HeavyPersonaTest.SEED, HeavyPersonaTest.TINY);
        List<Path> zips = persona.writeTo(dir.resolve("heavy"));
        facts = persona.facts();
        db = Database.open(dir.resolve("heavy.db"));
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(zips)) {
            assertThat(plan.unrecognised()).isEmpty();
            for (PlannedExport export : plan.exports()) {
                ImportReport report = runner.run(export, db, ImportProgress.NONE, () -> false);
                assertThat(reports.put(report.service(), report)).as("one export per company").isNull();
            }
        }
        queries = new CompanyQueries(db);
    }

    @AfterAll
    static void close() {
        db.close();
    }

    private static Map<Category, Long> categories(Service service) {
        return queries.company(service).categories().stream()
                .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
    }

    @Test
    void everyFileIsReadWithoutAProblem() {
        assertThat(reports).containsOnlyKeys(Service.GOOGLE, Service.FACEBOOK, Service.SPOTIFY, Service.AMAZON);
        assertThat(reports.values()).allSatisfy(r -> {
            assertThat(r.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(r.filesWithProblems()).isEmpty();
            assertThat(r.filesWith(FileStatus.NOT_RECOGNISED)).isEmpty();
        });
        assertThat(reports.values().stream().mapToLong(r -> r.files().size()).sum()).isEqualTo(facts.files());
    }

    @Test
    void googleHoldsTheLocationsAndTheActivity() {
        ImportReport google = reports.get(Service.GOOGLE);
        assertThat(google.export().language()).isEqualTo("en");
        assertThat(google.export().layout()).isEqualTo("Location History with Records.json, 2019–2023");
        assertThat(google.export().exportedAt()).isEqualTo(Instant.parse("2024-03-12T09:15:00Z"));
        Map<Category, Long> categories = categories(Service.GOOGLE);
        assertThat(categories).containsOnlyKeys(Category.LOCATIONS, Category.SEARCHES, Category.BROWSING,
                Category.WATCHING, Category.ACTIVITY);
        assertThat(categories.get(Category.LOCATIONS)).isEqualTo(facts.locationRecords());
        assertThat(categories.get(Category.SEARCHES) + categories.get(Category.BROWSING)
                + categories.get(Category.WATCHING) + categories.get(Category.ACTIVITY))
                .isEqualTo(facts.activityEntries());
        Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(queries.company(Service.GOOGLE));
        assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).extracting(StatedInferenceRow::value)
                .containsExactlyInAnyOrder(
                "Home near 51.331823, 12.333106", "Work near 51.342987, 12.339741",
                "Area of past activity near 51.339700, 12.373100");
        assertInferences(Service.GOOGLE);
    }

    @Test
    void facebookHoldsTheMessages() {
        assertThat(reports.get(Service.FACEBOOK).export().layout()).isEqualTo("2024+");
        Map<Category, Long> categories = categories(Service.FACEBOOK);
        assertThat(categories).containsOnlyKeys(Category.MESSAGES, Category.OFF_SITE_ACTIVITY);
        assertThat(categories.get(Category.MESSAGES)).isEqualTo(facts.messages());
        assertThat(categories.get(Category.OFF_SITE_ACTIVITY)).isEqualTo(HeavyMetaAdsWriter.OFF_META_COMPANIES);
        Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(queries.company(Service.FACEBOOK));
        assertThat(stated).containsOnlyKeys(InferenceKind.AD_INTEREST, InferenceKind.AUDIENCE_CATEGORY,
                InferenceKind.ADVERTISER, InferenceKind.TOPIC, InferenceKind.INFERRED_LOCATION,
                InferenceKind.OFF_SITE_ACTIVITY);
        assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).extracting(StatedInferenceRow::value)
                .containsExactly("Leipzig, Sachsen");
        assertInferences(Service.FACEBOOK);
    }

    @Test
    void spotifyHoldsTheStreams() {
        Map<Category, Long> categories = categories(Service.SPOTIFY);
        assertThat(categories).containsOnlyKeys(Category.LISTENING, Category.PROFILE);
        assertThat(categories.get(Category.LISTENING)).isEqualTo(facts.streams());
        assertInferences(Service.SPOTIFY);
    }

    @Test
    void amazonHoldsTheOrders() {
        Map<Category, Long> categories = categories(Service.AMAZON);
        assertThat(categories).containsOnlyKeys(Category.PURCHASES);
        assertThat(categories.get(Category.PURCHASES)).isEqualTo(facts.orders());
        assertInferences(Service.AMAZON);
    }

    @Test
    void theStatedInferencesAddUpToTheFacts() {
        assertThat(reports.values().stream().mapToLong(r -> r.export().inferences()).sum())
                .isEqualTo(facts.statedInferences());
        assertThat(queries.overview().stream().mapToLong(CompanySummary::statedInferences).sum())
                .isEqualTo(facts.statedInferences());
    }

    /** Every stated inference arrived, and none folded into another: their values are all different. */
    private static void assertInferences(Service service) {
        long written = persona.statedInferencesOf(service);
        assertThat(written).isPositive();
        assertThat(reports.get(service).export().inferences()).isEqualTo(written);
        assertThat(queries.company(service).statedInferences()).isEqualTo(written);
    }
}
