package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.facebook.FacebookImporter;
import app.footprint.importers.spotify.SpotifyImporter;
import app.footprint.model.Category;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ExportQueries;
import app.footprint.store.ItemQueries;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the real import runner, with the other importers installed beside this one, over synthetic Instagram
 * exports of both layouts in English, Italian and German, whole and in two parts, into a real database.
 */
class InstagramImporterTest {
    private static final int FILES_READ = 21;
    private static final long ITEMS = SyntheticExport.ITEMS.values().stream().mapToLong(Long::longValue).sum();
    private static final int INFERENCES = SyntheticExport.INFERENCES.values().stream().mapToInt(Integer::intValue).sum();

    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(
            List.of(new FacebookImporter(), new SpotifyImporter(), new InstagramImporter()), ArchiveLimits.defaults());

    @Test
    void theEnglish2024LayoutWithEveryKindOfFile() throws IOException {
        Path zip = SyntheticExport.since2024(SyntheticExport.ENGLISH).zip("").writeTo(dir.resolve("export.zip"));

        try (Database db = Database.open(dir.resolve("en.db"))) {
            ImportReport outcome = importAll(db, List.of(zip));

            Export export = outcome.export();
            assertThat(export.layout()).isEqualTo("2024+");
            assertThat(export.language()).isEqualTo("en");
            assertExactCounts(db, export);
            Map<String, FileStatus> statuses = new ExportQueries(db).files(export.id()).stream()
                    .collect(Collectors.toMap(FileReport::path, FileReport::status));
            assertThat(statuses).hasSize(FILES_READ + 2)
                    .containsEntry("media/posts/202401/17900000000000001.jpg", FileStatus.NOT_RECOGNISED)
                    .containsEntry("preferences/media_settings/consents.json", FileStatus.NOT_RECOGNISED)
                    .containsEntry("logged_information/recent_searches/word_or_phrase_searches.json", FileStatus.FAILED);
            assertThat(statuses.values().stream().filter(s -> s == FileStatus.IMPORTED)).hasSize(FILES_READ - 1);
            assertThat(outcome.filesWith(FileStatus.FAILED)).singleElement().satisfies(f -> assertThat(f.problems())
                    .singleElement().asString().contains("the 1 records read before it are kept"));
            // Mojibake repaired, messages marked as local times of an unknown zone.
            assertThat(rows(db, "SELECT title FROM item WHERE category = 'PROFILE'")).contains("Name: Jana Köhler");
            assertThat(rows(db, "SELECT zone_assumed FROM item WHERE category = 'MESSAGES'")).containsOnly("1");
            assertThat(rows(db, "SELECT zone_assumed FROM item WHERE category = 'COMMENTS'")).containsOnly("0");
        }
    }

    @Test
    void theItalianLayoutBefore2024UnderAWrapperFolder() throws IOException {
        Path zip = SyntheticExport.before2024(SyntheticExport.ITALIAN).zip("instagram-janakoehler-20230501/")
                .writeTo(dir.resolve("instagram.zip"));

        try (Database db = Database.open(dir.resolve("it.db"))) {
            ImportReport outcome = importAll(db, List.of(zip));

            assertThat(outcome.export().layout()).isEqualTo("before 2024");
            assertThat(outcome.export().language()).isEqualTo("it");
            assertExactCounts(db, outcome.export());
            assertThat(outcome.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path).containsExactlyInAnyOrder(
                    "instagram-janakoehler-20230501/media/posts/202301/17900000000000001.jpg",
                    "instagram-janakoehler-20230501/your_topics/your_reels_sentiments.json.bak");
            assertThat(rows(db, "SELECT value FROM stated_inference WHERE kind = 'INFERRED_LOCATION'"))
                    .contains("Leipzig", "Lisboa");
        }
    }

    @Test
    void theGerman2024LayoutInTwoPartsSplitByTopFolderImportsAsOneExport() throws IOException {
        SyntheticExport export = SyntheticExport.since2024(SyntheticExport.GERMAN);
        Set<String> first = Set.of("your_instagram_activity", "connections", "media");
        Path one = export.part(first::contains).writeTo(dir.resolve("instagram-janakoehler-2024-03-12-part_1.zip"));
        Path two = export.part(top -> !first.contains(top)).writeTo(dir.resolve("instagram-janakoehler-2024-03-12-part_2.zip"));

        try (Database db = Database.open(dir.resolve("de.db"))) {
            ImportReport outcome = importAll(db, List.of(two, one));

            assertThat(outcome.source()).contains("part_1").contains("part_2");
            assertThat(outcome.export().layout()).isEqualTo("2024+");
            assertThat(outcome.export().language()).isEqualTo("de");
            assertExactCounts(db, outcome.export());
            assertThat(outcome.files()).hasSize(FILES_READ + 2);
            assertThat(outcome.filesWith(FileStatus.SKIPPED)).as("no path in both parts").isEmpty();
        }
    }

    @Test
    void isFoundThroughTheServiceRegistry() {
        assertThat(ImportRunner.withInstalledImporters().importers())
                .anySatisfy(i -> assertThat(i).isInstanceOf(InstagramImporter.class));
    }

    private ImportReport importAll(Database db, List<Path> parts) throws IOException {
        try (ImportPlan plan = runner.plan(parts)) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).singleElement().satisfies(p -> {
                assertThat(p.service()).isEqualTo(Service.INSTAGRAM);
                assertThat(p.recognition().confidence()).isEqualTo(0.95);
            });
            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            return outcome;
        }
    }

    private static void assertExactCounts(Database db, Export export) {
        assertThat(export.items()).isEqualTo(ITEMS);
        assertThat(export.inferences()).isEqualTo(INFERENCES);
        ItemQueries items = new ItemQueries(db);
        Map<Category, Long> byCategory = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            long count = items.count(List.of(export), category);
            if (count > 0) {
                byCategory.put(category, count);
            }
        }
        assertThat(byCategory).containsExactlyInAnyOrderEntriesOf(SyntheticExport.ITEMS.entrySet().stream()
                .collect(Collectors.toMap(e -> Category.valueOf(e.getKey()), Map.Entry::getValue)));

        CompanyQueries companies = new CompanyQueries(db);
        CompanySummary instagram = companies.company(Service.INSTAGRAM);
        Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(instagram);
        assertThat(stated.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().mapToInt(StatedInferenceRow::occurrences).sum())))
                .containsExactlyInAnyOrderEntriesOf(SyntheticExport.INFERENCES.entrySet().stream()
                        .collect(Collectors.toMap(e -> InferenceKind.valueOf(e.getKey()), Map.Entry::getValue)));
        assertThat(stated.get(InferenceKind.TOPIC)).extracting(StatedInferenceRow::value)
                .containsExactlyInAnyOrder("Pregnancy", "Running");
        assertThat(stated.get(InferenceKind.ADVERTISER)).filteredOn(r -> r.value().equals("Wiegenwelt Babymarkt"))
                .singleElement().satisfies(r -> assertThat(r.attributes())
                        .containsEntry("has_in_person_store_visit", "true"));
    }

    private static List<String> rows(Database db, String sql) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }
}
