package app.footprint.importers.snapchat;

import static org.assertj.core.api.Assertions.assertThat;

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
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.ZipBuilder;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner over synthetic Snapchat exports of two generations into a real database. */
class SnapchatImporterTest {
    @TempDir
    Path dir;

    /** 2023+: chats keyed by conversation, "Home, School & Work", "Location History". */
    private static ZipBuilder newer(String language) {
        String root = "mydata~1710230482/";
        return new ZipBuilder()
                .add(root + "index.html", "<html></html>")
                .add(root + "json/user_profile.json", """
                        {"App Profile": {"Country": "DE", "In-app Language": "%s"},
                         "Demographics": {"Cohort Age": "AGE_25_TO_34", "Derived Ad Demographic": "FEMALE"},
                         "Interest Categories": ["Parenting & Family", "Runners", "Last 12 Months Buyers - Babymarkt"],
                         "Content Categories": ["Health", "Music"],
                         "Engagement": [{"Event": "Snap Sends", "Occurrences": 1042}],
                         "Breakdown of Time Spent on App": ["Camera: 23.06%%"],
                         "Ads You Interacted With": [], "Subscriptions": [], "Geographic Information": [],
                         "Interactions": {"Web Interactions": [], "App Interactions": []},
                         "Off-Platform Sharing": [], "Mobile Ad Id": "00000000-0000-0000-0000-000000000000"}"""
                        .formatted(language))
                .add(root + "json/location_history.json", """
                        {"Frequent Locations": [{"City": "Leipzig", "Country": "DE", "Region": "Sachsen"}],
                         "Latest Location": [{"City": "Leipzig", "Country": "DE", "Region": "Sachsen"}],
                         "Home, School & Work": {"Home": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters",
                                                 "Work": "51.3305 ± 15.0 meters, 12.3870 ± 15.0 meters"},
                         "Location History": [
                           {"Time": "2024-03-01 07:10:00 UTC", "Latitude, Longitude": "51.3327, 12.3379"},
                           {"Time": "2024-03-01 07:40:00 UTC", "Latitude, Longitude": "51.3305, 12.3870"}]}""")
                .add(root + "json/account.json", """
                        {"Basic Information": {"Username": "jana.k", "Name": "Jana Köhler",
                           "Creation Date": "2016-05-03 18:22:10 UTC"},
                         "Login History": [{"IP": "192.0.2.11", "Country": "DE", "Created": "2024-03-01 07:00:00 UTC",
                           "Status": "success", "Device": "samsung SM-G991B"}]}""")
                .add(root + "json/friends.json", """
                        {"Friends": [{"Username": "tom.berger", "Display Name": "Tom", "Creation Timestamp": "2016-05-04 10:00:00 UTC"},
                                     {"Username": "lena.k", "Display Name": "Lena", "Creation Timestamp": "2016-05-05 10:00:00 UTC"}],
                         "Blocked Users": []}""")
                .add(root + "json/chat_history.json", """
                        {"tom.berger": [{"From": "tom.berger", "Media Type": "TEXT", "Created": "2024-01-02 20:00:00 UTC",
                           "Content": "Kino?", "IsSender": false}]}""")
                .add(root + "json/snap_history.json", """
                        {"lena.k": [{"From": "lena.k", "Media Type": "IMAGE", "Created": "2024-02-01 12:00:00 UTC"},
                                    {"From": "jana.k", "Media Type": "VIDEO", "Created": "2024-02-01 12:05:00 UTC"}]}""")
                .add(root + "json/search_history.json", """
                        [{"Date": "2024-01-03 10:00:00 UTC", "Search Term": "babyzeit"}]""")
                .add(root + "json/bitmoji.json", "{}")
                .add(root + "memories/2024-01-15_abc-main.jpg", "jpeg");
    }

    private static Map<Category, Long> categories(Database db, Export export) {
        ItemQueries items = new ItemQueries(db);
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            long n = items.count(List.of(export), category);
            if (n > 0) {
                counts.put(category, n);
            }
        }
        return counts;
    }

    private static Map<InferenceKind, Integer> inferences(Database db) {
        CompanyQueries companies = new CompanyQueries(db);
        return companies.statedInferences(companies.company(Service.SNAPCHAT)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().mapToInt(StatedInferenceRow::occurrences).sum()));
    }

    private ImportReport importOne(Database db, Path archive) throws Exception {
        ImportRunner runner = new ImportRunner(List.of(new SnapchatImporter()), ArchiveLimits.defaults());
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    @Test
    void theNewerJsonExportInThreeLanguages() throws Exception {
        for (String language : List.of("de", "fr-FR", "en_GB")) {
            Path zip = newer(language).writeTo(dir.resolve("mydata-" + language + ".zip"));
            try (Database db = Database.open(dir.resolve("footprint-" + language + ".db"))) {
                ImportReport outcome = importOne(db, zip);

                Export export = outcome.export();
                assertThat(outcome.filesWithProblems()).isEmpty();
                assertThat(export.service()).isEqualTo(Service.SNAPCHAT);
                assertThat(export.layout()).isEqualTo("json files");
                assertThat(export.language()).isEqualTo(language.substring(0, 2));
                assertThat(categories(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                        Category.PROFILE, 5L, Category.ACTIVITY, 2L, Category.DEVICES, 1L, Category.LOCATIONS, 3L,
                        Category.LOGINS, 1L, Category.FRIENDS, 2L, Category.MESSAGES, 3L, Category.SEARCHES, 1L));
                assertThat(inferences(db)).containsExactlyInAnyOrderEntriesOf(Map.of(
                        InferenceKind.DEMOGRAPHIC, 2, InferenceKind.AD_INTEREST, 3, InferenceKind.TOPIC, 2,
                        InferenceKind.INFERRED_LOCATION, 3));
                assertThat(export.items()).isEqualTo(18);
                assertThat(export.inferences()).isEqualTo(10);
                List<FileReport> unread = outcome.filesWith(FileStatus.NOT_RECOGNISED);
                assertThat(unread).extracting(FileReport::path).containsExactlyInAnyOrder(
                        "mydata~1710230482/index.html", "mydata~1710230482/json/bitmoji.json",
                        "mydata~1710230482/memories/2024-01-15_abc-main.jpg");
            }
        }
    }

    @Test
    void theOlderJsonExport() throws Exception {
        Path zip = new ZipBuilder()
                .add("json/user_profile.json", """
                        {"App Profile": {"Country": "DE", "In-app Language": "English"},
                         "Demographics": {"Cohort Age": "AGE_21_TO_24", "Derived Ad Demographic": "FEMALE"},
                         "Interest Categories": ["Fitness Enthusiasts"]}""")
                .add("json/location_history.json", """
                        {"Home & Work": {"Home": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters"},
                         "Locations You Have Visited": [{"Time": "2020-03-01 07:10:00 UTC",
                           "Latitude, Longitude": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters"}]}""")
                .add("json/chat_history.json", """
                        {"Received Saved Chat History": [{"From": "tom.berger", "Media Type": "TEXT",
                           "Created": "2020-07-22 19:28:21 UTC", "Text": "Hello"}],
                         "Sent Saved Chat History": [{"To": "tom.berger", "Media Type": "TEXT",
                           "Created": "2020-07-22 19:29:00 UTC", "Text": "Hi!"}]}""")
                .add("json/snap_history.json", """
                        {"Received Snap History": [{"From": "lena.k", "Media Type": "IMAGE", "Created": "2020-07-20 10:00:00 UTC"}],
                         "Sent Snap History": []}""")
                .writeTo(dir.resolve("mydata.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport outcome = importOne(db, zip);

            Export export = outcome.export();
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(export.language()).isEqualTo("en");
            assertThat(categories(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 2L, Category.LOCATIONS, 1L, Category.MESSAGES, 3L));
            assertThat(inferences(db)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.DEMOGRAPHIC, 2, InferenceKind.AD_INTEREST, 1, InferenceKind.INFERRED_LOCATION, 1));
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof SnapchatImporter);
    }
}
