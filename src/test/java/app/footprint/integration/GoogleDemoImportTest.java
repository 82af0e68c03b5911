package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.GoogleFacts;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jana's two-part German Takeout, imported through the real runner and store as one export: every count
 * must match what the persona says it wrote.
 */
class GoogleDemoImportTest {
    @TempDir
    static Path dir;
    static Path partOne;
    static Path partTwo;
    static GoogleFacts facts;

    @BeforeAll
    static void writeDemo() throws IOException {
        DemoPersona persona = DemoPersona.standard();
        Path folder = dir.resolve("demo");
        persona.writeTo(folder);
        partOne = folder.resolve(GoogleFacts.PART_1);
        partTwo = folder.resolve(GoogleFacts.PART_2);
        facts = persona.facts().of(GoogleFacts.class);
    }

    private static ImportReport importParts(Database db, List<Path> parts) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(parts)) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).as("the two parts are one export").singleElement()
                    .satisfies(e -> assertThat(e.service()).isEqualTo(Service.GOOGLE));
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    @Test
    void theTakeoutHoldsExactlyWhatThePersonaWrote() throws IOException {
        try (Database db = Database.open(dir.resolve("google.db"))) {
            ImportReport report = importParts(db, List.of(partOne, partTwo));

            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(report.filesWithProblems()).isEmpty();
            assertThat(report.export().kind()).isEqualTo("Takeout");
            assertThat(report.export().language()).isEqualTo("de");
            assertThat(report.export().layout()).isEqualTo("Location History (Timeline), 2023–2024");
            assertThat(report.export().exportedAt()).isEqualTo(Instant.parse("2024-03-12T09:14:00Z"));
            assertThat(report.export().items()).isEqualTo(facts.items());
            assertThat(report.export().inferences()).isEqualTo(facts.inferences());
            // What Footprint does not read is listed; the second copy of the description is left out.
            assertThat(report.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactly("Takeout/Standortverlauf (Zeitachse)/Settings.json");
            assertThat(report.filesWith(FileStatus.SKIPPED)).extracting(FileReport::path)
                    .containsExactly(GoogleFacts.PART_2 + ": Takeout/Archiv_Übersicht.html");

            CompanyQueries queries = new CompanyQueries(db);
            CompanySummary google = queries.company(Service.GOOGLE);
            Map<Category, Long> categories = google.categories().stream()
                    .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
            assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(Category.SEARCHES, (long) facts.searches() + facts.mapsSearches() + facts.youTubeSearches()),
                    Map.entry(Category.BROWSING, (long) facts.searchResultVisits() + facts.chromeVisits()),
                    Map.entry(Category.ACTIVITY, (long) facts.mapsOther() + facts.discoverFeeds()),
                    Map.entry(Category.AD_INTERACTIONS, (long) facts.adClicks()),
                    Map.entry(Category.WATCHING, (long) facts.youTubeWatches()),
                    Map.entry(Category.FOLLOWS, (long) facts.youTubeSubscriptions()),
                    Map.entry(Category.LOCATIONS, (long) facts.placeVisits() + facts.activitySegments() + facts.rawLocations()),
                    Map.entry(Category.APPS, (long) facts.appInstalls()),
                    Map.entry(Category.PURCHASES, (long) facts.appPurchases()),
                    Map.entry(Category.LIBRARY, (long) facts.libraryApps()),
                    Map.entry(Category.PROFILE, (long) facts.profileFacts()),
                    Map.entry(Category.CONTACTS, (long) facts.contacts())));

            Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(google);
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.TOPIC, InferenceKind.INFERRED_LOCATION);
            assertThat(stated.get(InferenceKind.TOPIC)).hasSize(facts.discoverTopics())
                    .anySatisfy(t -> assertThat(t.value()).isEqualTo("Schwangerschaft"));
            assertThat(stated.get(InferenceKind.TOPIC).stream()
                    .mapToInt(t -> Integer.parseInt(t.attributes().get("listed"))).sum())
                    .isEqualTo(facts.discoverTopicMentions());
            List<StatedInferenceRow> places = stated.get(InferenceKind.INFERRED_LOCATION);
            assertThat(places).extracting(StatedInferenceRow::value).containsExactlyInAnyOrder(
                    "Home near 51.3318, 12.3331", "Area of past activity near 51.3397, 12.3731",
                    "Home: Zschochersche Straße 27, 04229 Leipzig, Deutschland",
                    "Work: Am Auwald 10, 04177 Leipzig, Deutschland");
            assertThat(places.stream().mapToInt(StatedInferenceRow::occurrences).sum()).isEqualTo(
                    facts.activityPlaceInferences() + facts.homeLabelledMonths() + facts.workLabelledMonths());
            assertThat(places).filteredOn(p -> p.value().startsWith("Home: ")).singleElement()
                    .satisfies(p -> assertThat(p.occurrences()).isEqualTo(facts.homeLabelledMonths()));
            assertThat(google.statedInferences()).isEqualTo(stated.values().stream().mapToLong(List::size).sum());
            assertThat(google.lastItem()).isBefore(Instant.parse("2024-03-12T09:14:00Z"));
        }
    }

    @Test
    void thePartsGivenInTheOtherOrderAreTheSameExport() throws IOException {
        try (Database db = Database.open(dir.resolve("reversed.db"))) {
            ImportReport report = importParts(db, List.of(partTwo, partOne));

            assertThat(report.filesWithProblems()).isEmpty();
            assertThat(report.export().items()).isEqualTo(facts.items());
            assertThat(report.export().inferences()).isEqualTo(facts.inferences());
            assertThat(report.export().language()).isEqualTo("de");
        }
    }
}
