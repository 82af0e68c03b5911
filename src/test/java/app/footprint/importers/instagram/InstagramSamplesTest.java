package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.FileParser;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.common.MetaAdvertisers;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over every shared Instagram sample: the PriOSS export of 2023 (the layout before 2024) and
 * the what-if test export of 2025 (the 2024+ layout, hand-edited placeholder values). Every count below was
 * first checked independently against the files with Python's json module.
 */
class InstagramSamplesTest {
    private static final String PRIOSS = "instagram/prioss-2023/";
    private static final String WHATIF = "instagram/whatif-2025/";
    private static final String INTERESTS = "information_about_you/ads_interests.json";
    private static final String TOPICS_2023 = "your_topics/your_topics.json";
    private static final String TOPICS = "preferences/your_topics/recommended_topics.json";
    private static final String BASED_IN = "personal_information/information_about_you/profile_based_in.json";
    private static final String LOCATIONS = "personal_information/information_about_you/locations_of_interest.json";
    private static final String ADVERTISERS =
            "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json";
    private static final String CATEGORIES =
            "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json";
    private static final String OFF_META =
            "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json";
    private static final List<String> WHATIF_FILES = List.of(TOPICS, BASED_IN, LOCATIONS, ADVERTISERS, CATEGORIES,
            OFF_META);

    private final InstagramImporter importer = new InstagramImporter();

    private ParserRun run(String sample, String path) throws IOException {
        Path file = Fixtures.file(sample + path);
        FileParser parser = importer.parserFor(path).orElseThrow(() -> new AssertionError("no parser for " + path));
        return ParserRun.ofFile(parser, path, file);
    }

    @Test
    void adInterests2023() throws IOException {
        ParserRun run = run(PRIOSS, INTERESTS);

        List<String> interests = run.sink.values(InferenceKind.AD_INTEREST);
        assertThat(interests).hasSize(12).doesNotHaveDuplicates()
                .startsWith("Staycation", "Walt Disney").endsWith("The Honest Company")
                .contains("Latin music (genre)");
        assertThat(run.sink.inferences).allSatisfy(i -> assertThat(i.attributes()).isEmpty());
        assertThat(run.facts.language()).isEqualTo("en");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void topics2023() throws IOException {
        ParserRun run = run(PRIOSS, TOPICS_2023);

        assertThat(run.sink.values(InferenceKind.TOPIC)).hasSize(37).doesNotHaveDuplicates()
                .startsWith("Blouses", "Cannes Film Festival").endsWith("Clothing & Accessories")
                .contains("TV & Movies Celebrities");
        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void recommendedTopics2025KeepTheirRepeats() throws IOException {
        ParserRun run = run(WHATIF, TOPICS);

        assertThat(run.sink.values(InferenceKind.TOPIC)).containsExactly("BSC", "BCS", "BSC");
    }

    @Test
    void profileBasedIn() throws IOException {
        ParserRun run = run(WHATIF, BASED_IN);

        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(i.value()).isEqualTo("BSC");
            assertThat(i.attributes()).containsExactly(Map.entry("source", "profile based in"));
        });
    }

    @Test
    void locationsOfInterestLeaveTheUsageExplanationOut() throws IOException {
        ParserRun run = run(WHATIF, LOCATIONS);

        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION))
                .containsExactly("BSc", "BSC", "BSC", "BSC", "BSC", "BSC");
        assertThat(run.sink.inferences).allSatisfy(i ->
                assertThat(i.attributes()).containsExactly(Map.entry("source", "locations of interest")));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void advertisersWithTheirFlags() throws IOException {
        ParserRun run = run(WHATIF, ADVERTISERS);

        List<StatedInference> advertisers = run.sink.inferences(InferenceKind.ADVERTISER);
        assertThat(advertisers).extracting(StatedInference::value).containsExactly("bla", "test", "BSc");
        assertThat(advertisers.get(2).attributes()).containsExactly(
                Map.entry("has_data_file_custom_audience", "false"),
                Map.entry("has_remarketing_custom_audience", "true"),
                Map.entry("has_in_person_store_visit", "false"));
        assertThat(advertisers.stream().filter(a -> "true".equals(a.attributes().get(MetaAdvertisers.DATA_FILE))))
                .hasSize(2);
    }

    @Test
    void otherCategories() throws IOException {
        ParserRun run = run(WHATIF, CATEGORIES);

        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY))
                .containsExactly("Work at BSC", "Work at BSC", "Work at BSC");
    }

    @Test
    void offMetaActivityWithImpossibleTimes() throws IOException {
        ParserRun run = run(WHATIF, OFF_META);

        List<Item> events = run.sink.items(Category.OFF_SITE_ACTIVITY);
        assertThat(events).hasSize(3).allSatisfy(e -> {
            assertThat(e.title()).isEqualTo("Vinted - Buy and sell clothes");
            assertThat(e.at()).as("the placeholder times lie in the 1970s").isNull();
            assertThat(e.attributes()).containsEntry("type", "Test");
        });
        assertThat(run.file.problemCount()).isEqualTo(3);
        assertThat(run.sink.inferences(InferenceKind.OFF_SITE_ACTIVITY)).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("Vinted - Buy and sell clothes");
            assertThat(i.attributes()).containsExactly(Map.entry("events", "3"), Map.entry("types", "Test 3"));
        });
    }

    @Test
    void theWhatIfSampleImportsThroughTheRunner(@TempDir Path dir) throws IOException {
        ZipBuilder zip = new ZipBuilder();
        for (String path : WHATIF_FILES) {
            zip.add(path, Files.readAllBytes(Fixtures.file(WHATIF + path)));
        }
        Path archive = zip.writeTo(dir.resolve("sample.zip"));

        Export export = importOne(dir, archive, "2024+", 0.95);

        assertThat(export.items()).isEqualTo(3);
        assertThat(export.inferences()).isEqualTo(3 + 1 + 6 + 3 + 3 + 1);
    }

    @Test
    void thePriossSampleImportsThroughTheRunner(@TempDir Path dir) throws IOException {
        ZipBuilder zip = new ZipBuilder();
        for (String path : List.of(INTERESTS, TOPICS_2023)) {
            zip.add("insta_sampledata/" + path, Files.readAllBytes(Fixtures.file(PRIOSS + path)));
        }
        Path archive = zip.writeTo(dir.resolve("sample.zip"));

        Export export = importOne(dir, archive, "before 2024", 0.65);

        assertThat(export.items()).isZero();
        assertThat(export.inferences()).isEqualTo(12 + 37);
        assertThat(export.language()).isEqualTo("en");
    }

    private Export importOne(Path dir, Path archive, String layout, double confidence) throws IOException {
        ImportRunner runner = new ImportRunner(List.of(importer), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("footprint.db")); ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.exports()).singleElement().satisfies(p -> {
                assertThat(p.recognition().layout()).isEqualTo(layout);
                assertThat(p.recognition().confidence()).isEqualTo(confidence, within(1e-9));
            });
            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.files()).allSatisfy(f -> assertThat(f.status()).isIn(FileStatus.IMPORTED, FileStatus.PARTIAL));
            assertThat(new ItemQueries(db).count(List.of(outcome.export()), Category.OFF_SITE_ACTIVITY))
                    .isEqualTo(outcome.export().items());
            return outcome.export();
        }
    }
}
