package app.footprint.importers.tiktok;

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
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner over synthetic TikTok exports of each generation into a real database. */
class TikTokImporterTest {
    @TempDir
    Path dir;

    private static final String EXPORT_2022 = """
            {"Activity": {
               "Video Browsing History": {"VideoList": [
                 {"Date": "2022-03-01 10:00:00 UTC", "VideoLink": "https://www.tiktokv.com/share/video/1/"},
                 {"Date": "2022-03-01 10:01:00 UTC", "VideoLink": "https://www.tiktokv.com/share/video/2/"},
                 {"Date": "2022-03-01 10:02:00 UTC", "VideoLink": "https://www.tiktokv.com/share/video/3/"}]},
               "Search History": {"SearchList": [{"Date": "2022-03-02 08:00:00 UTC", "SearchTerm": "running"},
                 {"Date": "2022-03-02 08:01:00 UTC", "SearchTerm": "lisbon"}]},
               "Like List": {"ItemFavoriteList": [{"Date": "2022-03-03 08:00:00 UTC", "VideoLink": "https://v/1"},
                 {"Date": "2022-03-03 08:01:00 UTC", "VideoLink": "https://v/2"}]},
               "Following List": {"Following": [{"Date": "2022-01-05 12:00:00 UTC", "UserName": "runclub"}]},
               "Login History": {"LoginHistoryList": [{"Date": "2022-01-01 07:00:00 UTC", "IP": "192.0.2.7",
                 "DeviceModel": "Pixel 6", "DeviceSystem": "Android 12", "NetworkType": "Wi-Fi", "Carrier": "None"}]}},
             "Ads and data": {
               "Ad Interests": {"AdInterestCategories": "Travel | Fitness"},
               "Ads Based On Data Received From Partners": {"DataPartnerList": ["Acxiom", "LiveRamp"],
                 "AdvertiserList": ["Zalando"]},
               "Usage Data From Third-Party Apps And Websites": {"UsageDataList": [
                 {"TimeStamp": "2022-02-01 10:00:00 UTC", "Source": "Zalando", "Event": "Purchase"},
                 {"TimeStamp": "2022-02-03 10:00:00 UTC", "Source": "Zalando", "Event": "View content"}]}},
             "App Settings": {"Settings": {"SettingsMap": {"App Language": "English", "Interests": "Sport"}}},
             "Profile": {"Profile Information": {"ProfileMap": {"userName": "runner", "birthDate": "01-Oct-1995",
               "telephoneNumber": "None"}}},
             "Direct Messages": {"Chat History": {"ChatHistory": {"Chat History with runclub:": [
               {"Date": "2022-03-05 18:00:00 UTC", "From": "runclub", "Content": "Sunday 9am?"},
               {"Date": "2022-03-05 18:02:00 UTC", "From": "runner", "Content": "Yes"}]}}}}""";

    private static final String EXPORT_2024 = """
            {"Your Activity": {
               "Watch History": {"VideoList": [{"Date": "2024-01-10 21:00:00", "Link": "https://v/10"},
                 {"Date": "2024-01-10 21:00:40", "Link": "https://v/11"}]},
               "Searches": {"SearchList": [{"Date": "2024-01-11 08:00:00", "SearchTerm": "hebamme leipzig"}]},
               "Like List": {"App": 1, "ItemFavoriteList": [{"date": "2024-01-10 21:00:30", "link": "https://v/10"}]},
               "Follower": {"App": 1, "IsFastLane": false, "FansList": [{"Date": "2023-05-01 10:00:00", "UserName": "tom"}]},
               "Most Recent Location Data": {"LocationData": {"Date": "2024-03-10 18:00:00", "GpsData": "N/A",
                 "LastRegion": "DE"}}},
             "Ads and data": {
               "Ad Interests": {"AdInterestCategories": "Pregnancy,Baby products"},
               "Off TikTok Activity": {"OffTikTokActivityDataList": [
                 {"TimeStamp": "2023-08-01 10:00:00", "Source": "BabyBloom", "Event": "Launch app"},
                 {"TimeStamp": "2023-10-01 11:00:00", "Source": "wiegenwelt.de", "Event": "Purchase"}]}},
             "App Settings": {"Settings": {"SettingsMap": {"App Language": "Deutsch", "Personalized Ads": "Enabled"}}},
             "Profile": {"Profile Info": {"ProfileMap": {"userName": "jana", "inferredGender": "Female"}}},
             "Post": {"Posts": {"VideoList": [{"Date": "2023-04-23 12:00:00", "Link": "https://v/20",
               "Title": "Halbmarathon!", "Likes": "31"}]}},
             "Brand New Group": {"Brand New Section": {"List": [{"Secret": "not shown"}]}}}""";

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
        return companies.statedInferences(companies.company(Service.TIKTOK)).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().stream().mapToInt(StatedInferenceRow::occurrences).sum()));
    }

    private ImportReport importOne(Database db, Path archive) throws Exception {
        ImportRunner runner = new ImportRunner(List.of(new TikTokImporter()), ArchiveLimits.defaults());
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    private static FileReport report(ImportReport outcome, String path) {
        return outcome.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }

    @Test
    void the2022JsonExport() throws Exception {
        Path zip = new ZipBuilder().add("user_data.json", EXPORT_2022).writeTo(dir.resolve("tiktok.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport outcome = importOne(db, zip);

            Export export = outcome.export();
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(export.service()).isEqualTo(Service.TIKTOK);
            assertThat(export.layout()).isEqualTo("user_data.json (before 2024)");
            assertThat(export.language()).isEqualTo("en");
            assertThat(categories(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.WATCHING, 3L, Category.SEARCHES, 2L, Category.LIKES, 2L, Category.FOLLOWS, 1L,
                    Category.LOGINS, 1L, Category.OFF_SITE_ACTIVITY, 2L, Category.PROFILE, 3L, Category.MESSAGES, 2L));
            assertThat(inferences(db)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.AD_INTEREST, 2, InferenceKind.ADVERTISER, 3, InferenceKind.OFF_SITE_ACTIVITY, 1,
                    InferenceKind.TASTE, 1));
            assertThat(export.items()).isEqualTo(16);
            assertThat(export.inferences()).isEqualTo(7);
        }
    }

    @Test
    void the2024JsonExportInAWrapperFolder() throws Exception {
        String path = "TikTok_Data_1710230482/user_data_tiktok.json";
        Path zip = new ZipBuilder().add(path, EXPORT_2024).writeTo(dir.resolve("tiktok.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport outcome = importOne(db, zip);

            Export export = outcome.export();
            assertThat(export.layout()).isEqualTo("user_data_tiktok.json (2024+)");
            assertThat(export.language()).isEqualTo("de");
            assertThat(categories(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.WATCHING, 2L, Category.SEARCHES, 1L, Category.LIKES, 1L, Category.FRIENDS, 1L,
                    Category.OFF_SITE_ACTIVITY, 2L, Category.PROFILE, 2L, Category.AD_SETTINGS, 1L, Category.POSTS, 1L));
            assertThat(inferences(db)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.AD_INTEREST, 2, InferenceKind.OFF_SITE_ACTIVITY, 2, InferenceKind.DEMOGRAPHIC, 1,
                    InferenceKind.INFERRED_LOCATION, 1));
            // the unknown section is named, with its size, never its content
            FileReport file = report(outcome, path);
            assertThat(file.status()).isEqualTo(FileStatus.PARTIAL);
            assertThat(file.problems()).containsExactly("sections Footprint does not read yet: "
                    + "\"Brand New Group\" › \"Brand New Section\" (1 value)");
        }
    }

    @Test
    void theTextExportWithItsDateFromTheFolderName() throws Exception {
        String root = "TikTok_Data_1735588272/Tiktok/";
        Path zip = new ZipBuilder()
                .add(root + "Activity/Browsing History.txt", """
                        Date: 2024-11-20 15:21:12
                        Link: https://www.tiktokv.com/share/video/1/

                        Date: 2024-11-20 15:22:00
                        Link: https://www.tiktokv.com/share/video/2/
                        """)
                .add(root + "Activity/Like List.txt", "Date: 2024-11-20 15:21:30\nLink: https://v/1\n")
                .add(root + "Activity/Following.txt", "Date: 2024-01-05 12:00:00\nUsername: hebammenwissen\n")
                .add(root + "Ads and data/Ad Interests.txt", "Ad Interest Categories: Parenting|Pregnancy\n")
                .add(root + "App Settings/Settings.txt", "App Language: Nederlands\nInterests: Sport\n")
                .add(root + "Profile/Profile Info.txt", "Username: jana\nBirthdate: 21-Aug-1990\n")
                .add(root + "TikTok Shopping/Vouchers.txt", "")
                .add(root + "Activity/Unknown Thing.txt", "Date: 2024-01-01\n")
                .writeTo(dir.resolve("tiktok-text.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport outcome = importOne(db, zip);

            Export export = outcome.export();
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(export.layout()).isEqualTo("text files (2024–25)");
            assertThat(export.language()).isEqualTo("nl");
            assertThat(export.exportedAt()).isEqualTo(Instant.ofEpochSecond(1735588272));
            assertThat(categories(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.WATCHING, 2L, Category.LIKES, 1L, Category.FOLLOWS, 1L, Category.PROFILE, 3L));
            assertThat(inferences(db)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.AD_INTEREST, 2, InferenceKind.TASTE, 1));
            assertThat(report(outcome, root + "Activity/Unknown Thing.txt").status()).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(report(outcome, root + "TikTok Shopping/Vouchers.txt").status()).isEqualTo(FileStatus.IMPORTED);
        }
    }

    @Test
    void aFileWrittenTwiceImportsOnceAndIsReported() throws Exception {
        String once = "{\"Your Activity\": {\"Searches\": {\"SearchList\": [{\"Date\": \"2024-01-01 10:00:00\", "
                + "\"SearchTerm\": \"a\"}, {\"Date\": \"2024-01-01 10:01:00\", \"SearchTerm\": \"b\"}]}}}";
        Path zip = new ZipBuilder().add("user_data_tiktok.json", once + once).writeTo(dir.resolve("tiktok.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport outcome = importOne(db, zip);

            assertThat(outcome.export().items()).isEqualTo(2);
            FileReport file = report(outcome, "user_data_tiktok.json");
            assertThat(file.status()).isEqualTo(FileStatus.PARTIAL);
            assertThat(file.problems()).containsExactly("the file holds more after its content (TikTok sometimes "
                    + "writes everything twice); only the first copy was read");
        }
    }

    @Test
    void theHtmlExportSaysToAskForJson() throws Exception {
        Path zip = new ZipBuilder().add("user_data_tiktok.json", "{\"Your Activity\": {}}")
                .add("user_data_tiktok.html", "<html></html>").writeTo(dir.resolve("tiktok.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport outcome = importOne(db, zip);

            FileReport html = report(outcome, "user_data_tiktok.html");
            assertThat(html.status()).isEqualTo(FileStatus.FAILED);
            assertThat(html.problems()).containsExactly(TikTokFiles.HTML_MESSAGE);
            assertThat(report(outcome, "user_data_tiktok.json").status()).as("empty, not broken")
                    .isEqualTo(FileStatus.IMPORTED);
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof TikTokImporter);
    }
}
