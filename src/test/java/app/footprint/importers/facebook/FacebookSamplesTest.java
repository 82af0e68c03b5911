package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the real, pseudonymised German export of December 2023 (PriOSS sample). Every count
 * below was checked independently against the files with Python's json module.
 */
class FacebookSamplesTest {
    private static final String SAMPLE = "facebook/prioss-de-2023-12/";
    private static final String INTERESTS = "logged_information/other_logged_information/ads_interests.json";
    private static final String ADVERTISERS = "ads_information/advertisers_using_your_activity_or_information.json";
    private static final String CATEGORIES = "ads_information/other_categories_used_to_reach_you.json";
    private static final String TOPICS = "logged_information/your_topics/your_topics.json";
    private static final String OFF_META = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json";
    private static final String PRIMARY_LOCATION = "logged_information/location/primary_location.json";
    private static final String AD_PREFERENCES = "ads_information/ad_preferences.json";
    private static final List<String> ALL = List.of(INTERESTS, ADVERTISERS, CATEGORIES, TOPICS, OFF_META,
            PRIMARY_LOCATION, AD_PREFERENCES);

    private final FacebookImporter importer = new FacebookImporter();

    /** Parses one sample file with the parser the importer chooses for its in-archive path. */
    private ParserRun run(String path) throws IOException {
        Path file = Fixtures.file(SAMPLE + path);
        FileParser parser = importer.parserFor(path).orElseThrow(() -> new AssertionError("no parser for " + path));
        return ParserRun.ofFile(parser, path, file);
    }

    @Test
    void adInterests() throws IOException {
        ParserRun run = run(INTERESTS);

        List<String> interests = run.sink.values(InferenceKind.AD_INTEREST);
        assertThat(interests).hasSize(249);
        assertThat(new HashSet<>(interests)).hasSize(245);
        assertThat(interests).contains("Chris Brown (Sänger)", "Ärmel", "Küche")
                .first().isEqualTo("50 Cent");
        assertThat(interests.stream().filter(i -> i.equals("Calvin Klein")).count()).isEqualTo(2);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void advertisers() throws IOException {
        ParserRun run = run(ADVERTISERS);

        List<StatedInference> advertisers = run.sink.inferences(InferenceKind.ADVERTISER);
        assertThat(advertisers).hasSize(133);
        assertThat(count(advertisers, MetaAdvertisers.DATA_FILE)).isEqualTo(122);
        assertThat(count(advertisers, MetaAdvertisers.REMARKETING)).isEqualTo(12);
        assertThat(count(advertisers, MetaAdvertisers.STORE_VISIT)).isZero();
        assertThat(advertisers).extracting(StatedInference::value)
                .contains("Shpock - kaufe und verkaufe in deiner Nähe", "Authentic Tây Hồ")
                .first().isEqualTo("Zalando");
        assertThat(advertisers.get(0).attributes()).containsExactly(
                Map.entry("has_data_file_custom_audience", "true"),
                Map.entry("has_remarketing_custom_audience", "true"),
                Map.entry("has_in_person_store_visit", "false"));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void categories() throws IOException {
        ParserRun run = run(CATEGORIES);

        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY)).hasSize(15)
                .contains("Freunde von Männern, die in 0 bis 7 Tagen Geburtstag haben", "Freunde von Fußball-Fans",
                        "Kürzlich erkannte Geräte", "Konsolenspieler");
    }

    @Test
    void topics() throws IOException {
        ParserRun run = run(TOPICS);

        assertThat(run.sink.values(InferenceKind.TOPIC)).hasSize(33).doesNotHaveDuplicates()
                .startsWith("Cats (domestic animal)").endsWith("Video Games");
    }

    @Test
    void offMetaActivity() throws IOException {
        ParserRun run = run(OFF_META);

        List<Item> events = run.sink.items(Category.OFF_SITE_ACTIVITY);
        assertThat(events).hasSize(24);
        assertThat(events.stream().filter(e -> e.at() == null).count()).as("impossible timestamps").isEqualTo(2);
        assertThat(run.file.problemCount()).isEqualTo(2);

        List<StatedInference> companies = run.sink.inferences(InferenceKind.OFF_SITE_ACTIVITY);
        assertThat(companies).extracting(StatedInference::value).containsExactly("EA - Electronic Arts",
                "ticketpay.de", "About You GmbH", "Primal State Business Manager", "Airbnb");
        assertThat(companies.get(0).attributes()).containsExactly(
                Map.entry("events", "19"),
                Map.entry("types", "PURCHASE 19"),
                Map.entry("first", "2022-04-29T15:41:00Z"),
                Map.entry("last", "2023-10-25T22:21:00Z"));
        assertThat(companies.get(2).attributes()).containsEntry("events", "2").containsEntry("types", "PAGE_VIEW 2");
    }

    @Test
    void primaryLocation() throws IOException {
        ParserRun run = run(PRIMARY_LOCATION);

        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(i.value()).isEqualTo("Unna, Nordrhein-Westfalen");
            assertThat(i.attributes()).containsEntry("zipcode", "59073").containsEntry("source", "primary location");
        });
    }

    @Test
    void adPreferences() throws IOException {
        ParserRun run = run(AD_PREFERENCES);

        List<Item> settings = run.sink.items(Category.AD_SETTINGS);
        assertThat(settings).hasSize(25);
        assertThat(settings.stream().filter(s -> "true".equals(s.attributes().get("value"))).count()).isEqualTo(4);
        assertThat(settings.stream().filter(s -> "false".equals(s.attributes().get("value"))).count()).isEqualTo(9);
        assertThat(settings.stream().filter(s -> s.detail() == null).count()).as("the empty lists and groups")
                .isEqualTo(12);
        assertThat(settings.get(0).title())
                .isEqualTo("Hat deaktiviert, dass ihm/ihr Anzeigen außerhalb von Meta angezeigt werden");
        assertThat(settings).extracting(Item::title).contains("Hinzugefügte Interessen", "Werbethemen-Präferenzen des Nutzers");
        assertThat(run.facts.language()).isEqualTo("de");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void theWholeSampleImportsThroughTheRunner(@TempDir Path dir) throws IOException {
        ZipBuilder zip = new ZipBuilder();
        for (String path : ALL) {
            zip.add("facebook_data_marcia_2023_12_20/" + path, Files.readAllBytes(Fixtures.file(SAMPLE + path)));
        }
        Path archive = zip.writeTo(dir.resolve("sample.zip"));
        ImportRunner runner = new ImportRunner(List.of(importer), ArchiveLimits.defaults());

        try (Database db = Database.open(dir.resolve("footprint.db")); ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.exports()).singleElement().satisfies(p -> {
                assertThat(p.recognition().layout()).isEqualTo("before 2024");
                assertThat(p.recognition().confidence()).isGreaterThanOrEqualTo(0.9);
            });
            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            Export export = outcome.export();
            assertThat(export.language()).isEqualTo("de");
            assertThat(export.items()).isEqualTo(25 + 24);
            assertThat(export.inferences()).isEqualTo(249 + 133 + 15 + 33 + 5 + 1);
            assertThat(new ItemQueries(db).count(List.of(export), Category.OFF_SITE_ACTIVITY)).isEqualTo(24);
            assertThat(outcome.filesWith(FileStatus.IMPORTED)).hasSize(6);
            assertThat(outcome.filesWith(FileStatus.PARTIAL)).singleElement()
                    .satisfies(f -> assertThat(f.path()).endsWith(OFF_META));
        }
    }

    private static long count(List<StatedInference> advertisers, String flag) {
        return advertisers.stream().filter(a -> "true".equals(a.attributes().get(flag))).count();
    }
}
