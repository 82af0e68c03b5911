package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.InstagramFacts;
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
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jana's Instagram download, its two parts given together, imported through every installed importer and
 * the real store: one export, and every count what the persona says it wrote.
 */
class InstagramDemoImportTest {
    private static final String PART_1 = "instagram-janakoehler-2024-03-12-part_1.zip";
    private static final String PART_2 = "instagram-janakoehler-2024-03-12-part_2.zip";

    @TempDir
    static Path dir;
    static List<Path> archives;
    static InstagramFacts facts;

    @BeforeAll
    static void writeDemo() throws IOException {
        DemoPersona persona = DemoPersona.standard();
        archives = persona.writeTo(dir.resolve("demo"));
        facts = persona.facts().of(InstagramFacts.class);
    }

    private static List<Path> parts() {
        return archives.stream().filter(p -> p.getFileName().toString().startsWith("instagram-")).toList();
    }

    private static List<ImportReport> importInto(Database db, List<Path> paths) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(paths)) {
            assertThat(plan.unrecognised()).isEmpty();
            return plan.exports().stream().map(e -> runner.run(e, db, ImportProgress.NONE, () -> false)).toList();
        }
    }

    @Test
    void eachPartAloneIsRecognisedAsInstagramAndNotAsFacebook() throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        for (Path part : parts()) {
            try (ImportPlan plan = runner.plan(List.of(part))) {
                assertThat(plan.exports()).as(part.toString()).singleElement().satisfies(p -> {
                    assertThat(p.service()).isEqualTo(Service.INSTAGRAM);
                    assertThat(p.recognition().layout()).isEqualTo("2024+");
                });
            }
        }
    }

    @Test
    void theTwoPartsImportAsOneExportHoldingExactlyWhatThePersonaWrote() throws IOException {
        assertThat(parts()).extracting(p -> p.getFileName().toString()).containsExactly(PART_1, PART_2);
        try (Database db = Database.open(dir.resolve("instagram.db"))) {
            ImportReport outcome = importInto(db, parts()).get(0);

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.service()).isEqualTo(Service.INSTAGRAM);
            assertThat(outcome.source()).contains(PART_1).contains(PART_2);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().layout()).isEqualTo("2024+");
            assertThat(outcome.export().language()).isEqualTo("en");
            assertThat(outcome.files()).hasSize(facts.firstPartFiles() + facts.secondPartFiles());
            assertThat(outcome.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactly("preferences/settings/comments_allowed_from.json");
            assertInstagram(db);
        }
    }

    private static void assertInstagram(Database db) {
        CompanyQueries queries = new CompanyQueries(db);
        CompanySummary instagram = queries.company(Service.INSTAGRAM);
        Map<Category, Long> categories = instagram.categories().stream()
                .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
        assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(Category.MESSAGES, (long) facts.messages()),
                Map.entry(Category.FRIENDS, (long) facts.followers()),
                Map.entry(Category.FOLLOWS, (long) facts.following()),
                Map.entry(Category.LIKES, (long) facts.likes()),
                Map.entry(Category.COMMENTS, (long) facts.comments()),
                Map.entry(Category.SEARCHES, (long) facts.searches()),
                Map.entry(Category.PROFILE, (long) facts.profileFacts()),
                Map.entry(Category.AD_VIEWS, (long) facts.adsViewed()),
                Map.entry(Category.AD_INTERACTIONS, (long) facts.adsClicked()),
                Map.entry(Category.WATCHING, (long) facts.videosWatched()),
                Map.entry(Category.OFF_SITE_ACTIVITY, (long) facts.offMetaEvents())));
        assertThat(instagram.items()).isEqualTo(categories.values().stream().mapToLong(Long::longValue).sum());

        Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(instagram);
        assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.TOPIC, InferenceKind.AUDIENCE_CATEGORY,
                InferenceKind.ADVERTISER, InferenceKind.INFERRED_LOCATION, InferenceKind.OFF_SITE_ACTIVITY);
        assertThat(occurrences(stated.get(InferenceKind.TOPIC))).isEqualTo(facts.topics());
        assertThat(stated.get(InferenceKind.TOPIC)).extracting(StatedInferenceRow::value).contains("Pregnancy", "Babies");
        assertThat(occurrences(stated.get(InferenceKind.AUDIENCE_CATEGORY))).isEqualTo(facts.audienceCategories());
        List<StatedInferenceRow> advertisers = stated.get(InferenceKind.ADVERTISER);
        assertThat(advertisers).hasSize(facts.advertisers());
        assertThat(count(advertisers, r -> "true".equals(r.attributes().get("has_data_file_custom_audience"))))
                .isEqualTo(facts.advertisersWithDataFile());
        assertThat(count(advertisers, r -> "true".equals(r.attributes().get("has_remarketing_custom_audience"))))
                .isEqualTo(facts.advertisersWithRemarketing());
        assertThat(count(advertisers, r -> "true".equals(r.attributes().get("has_in_person_store_visit"))))
                .isEqualTo(facts.advertisersWithStoreVisit());
        List<StatedInferenceRow> places = stated.get(InferenceKind.INFERRED_LOCATION);
        assertThat(occurrences(places)).isEqualTo(facts.inferredLocations());
        // "Leipzig" is both where the profile is based and a location of interest: one row, both sources
        assertThat(count(places, r -> r.attributes().get("source").contains("locations of interest")))
                .isEqualTo(facts.locationsOfInterest());
        assertThat(places).filteredOn(r -> r.value().equals("Leipzig")).singleElement().satisfies(r -> assertThat(
                r.attributes()).containsEntry("source", "profile based in, locations of interest"));
        assertThat(places).extracting(StatedInferenceRow::value).contains("Leipzig", "51.33, 12.34")
                .noneMatch(v -> v.startsWith("Locations of interest are used"));
        assertThat(stated.get(InferenceKind.OFF_SITE_ACTIVITY)).hasSize(facts.offMetaCompanies());
        assertThat(stated.get(InferenceKind.OFF_SITE_ACTIVITY).stream()
                .mapToLong(r -> Long.parseLong(r.attributes().get("events"))).sum()).isEqualTo(facts.offMetaEvents());
    }

    private static int occurrences(List<StatedInferenceRow> rows) {
        return rows.stream().mapToInt(StatedInferenceRow::occurrences).sum();
    }

    private static long count(List<StatedInferenceRow> rows, Predicate<StatedInferenceRow> test) {
        return rows.stream().filter(test).count();
    }
}
