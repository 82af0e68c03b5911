package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
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

/** The real runner over synthetic X archives of each layout into a real database, with exact counts. */
class TwitterImporterTest {
    @TempDir
    Path dir;

    // ---- records, written the way X writes them ----

    private static String js(String global, String... records) {
        return "window.YTD." + global + " = [ " + String.join(",\n", records) + " ]";
    }

    private static String post(String id, String created, String text) {
        return """
                { "tweet" : { "id_str" : "%s", "created_at" : "%s", "full_text" : "%s", "lang" : "de",
                  "favorite_count" : "0", "retweet_count" : "0", "entities" : { "hashtags" : [ ], "user_mentions" : [ ], "urls" : [ ] } } }"""
                .formatted(id, created, text);
    }

    private static String manifestFile(String postType, String postFiles) {
        return """
                window.__THAR_CONFIG = {
                  "userInfo" : { "accountId" : "1234567890", "userName" : "janakoehler", "displayName" : "Jana Köhler" },
                  "archiveInfo" : { "sizeBytes" : "20480", "generationDate" : "2024-03-12T08:41:22.000Z",
                    "isPartialArchive" : false, "maxPartSizeBytes" : "53687091200" },
                  "readmeInfo" : { "fileName" : "data/README.txt", "directory" : "data/", "name" : "README.txt" },
                  "dataTypes" : {
                    "%s" : { "files" : [ %s ] },
                    "like" : { "files" : [ { "fileName" : "data/like.js", "globalName" : "YTD.like.part0", "count" : "3" } ] }
                  }
                }""".formatted(postType, postFiles);
    }

    private static String impression(String time, String... criteria) {
        return """
                { "deviceInfo" : { "osType" : "Android" }, "displayLocation" : "TimelineHome",
                  "promotedTweetInfo" : { "tweetId" : "900", "tweetText" : "Kinderwagen für die Stadt", "urls" : [ ], "mediaUrls" : [ ] },
                  "advertiserInfo" : { "advertiserName" : "Wiegenwelt Babymarkt", "screenName" : "@wiegenwelt" },
                  "matchedTargetingCriteria" : [ %s ], "impressionTime" : "%s" }"""
                .formatted(String.join(", ", criteria), time);
    }

    private static String criterion(String type, String value) {
        return "{ \"targetingType\" : \"" + type + "\", \"targetingValue\" : \"" + value + "\" }";
    }

    private static final String STROLLER = criterion("Keywords", "baby stroller");
    private static final String AGE = criterion("Age", "25 to 34");
    private static final String LEIPZIG = criterion("Locations", "Leipzig");

    private static final String PERSONALIZATION = js("personalization.part0", """
            { "p13nData" : {
              "demographics" : { "languages" : [ { "language" : "German", "isDisabled" : false },
                  { "language" : "English", "isDisabled" : false } ], "genderInfo" : { "gender" : "female" } },
              "interests" : {
                "interests" : [ { "name" : "Running", "isDisabled" : false }, { "name" : "Pregnancy", "isDisabled" : false },
                  { "name" : "Running", "isDisabled" : false }, { "name" : "Craft beer", "isDisabled" : true } ],
                "partnerInterests" : [ ],
                "audienceAndAdvertisers" : { "lookalikeAdvertisers" : [ "@wiegenwelt" ],
                  "advertisers" : [ "@wiegenwelt", "@babybloom_app" ], "doNotReachAdvertisers" : [ ],
                  "catalogAudienceAdvertisers" : [ ], "numAudiences" : "12" },
                "shows" : [ "Babylon Berlin" ] },
              "locationHistory" : [ "Leipzig, Germany" ],
              "inferredAgeInfo" : { "age" : [ "25-34" ], "birthDate" : "" } } }""");

    /** The 2022+ layout: tweets.js split in three, plus most kinds of file, plus files Footprint leaves alone. */
    private Path archive2022() throws Exception {
        String part0 = "{ \"fileName\" : \"data/tweets.js\", \"globalName\" : \"YTD.tweets.part0\", \"count\" : \"2\" }";
        String part1 = "{ \"fileName\" : \"data/tweets-part1.js\", \"globalName\" : \"YTD.tweets.part1\", \"count\" : \"2\" }";
        String part2 = "{ \"fileName\" : \"data/tweets-part2.js\", \"globalName\" : \"YTD.tweets.part2\", \"count\" : \"1\" }";
        return new ZipBuilder()
                .add("Your archive.html", "<!DOCTYPE html><html><head><title>Your archive</title></head></html>")
                .add("assets/js/main.9f2c1e4b.js", "(()=>{window.app=[1]})();")
                .add("data/README.txt", "Twitter archive: what each file holds")
                .add("data/manifest.js", manifestFile("tweets", String.join(", ", part0, part1, part2)))
                .add("data/account.js", js("account.part0", """
                        { "account" : { "email" : "jana.koehler@example.org", "createdVia" : "web", "username" : "janakoehler",
                          "accountId" : "1234567890", "createdAt" : "2013-02-10T19:22:31.000Z", "accountDisplayName" : "Jana Köhler" } }"""))
                .add("data/profile.js", js("profile.part0", """
                        { "profile" : { "description" : { "bio" : "Pflegerin, Läuferin", "website" : "", "location" : "Leipzig" },
                          "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg" } }"""))
                .add("data/tweets.js", js("tweets.part0", post("1", "Sat Aug 19 10:57:40 +0000 2023", "Sonntagslauf 10 km"),
                        post("2", "Sun Aug 20 10:57:40 +0000 2023", "Kaffee ☕")))
                .add("data/tweets-part1.js", js("tweets.part1", post("3", "Mon Jan 02 08:00:00 +0000 2017", "Nachtdienst vorbei"),
                        post("4", "Tue Jan 03 08:00:00 +0000 2017", "RT @laufgruppe_le: Samstag 9 Uhr!")))
                .add("data/tweets-part2.js", js("tweets.part2", post("5", "Wed Jan 04 08:00:00 +0000 2014", "Erster Tag")))
                .add("data/deleted-tweets.js", js("deleted_tweets.part0", """
                        { "tweet" : { "id_str" : "6", "created_at" : "Mon Jan 01 10:00:00 +0000 2024", "full_text" : "Ups",
                          "deleted_at" : "Mon Jan 01 10:05:00 +0000 2024" } }"""))
                .add("data/tweet-headers.js", js("tweet_headers.part0",
                        "{ \"tweet\" : { \"tweet_id\" : \"1\", \"user_id\" : \"1234567890\", \"created_at\" : \"x\" } }"))
                .add("data/like.js", js("like.part0", "{ \"like\" : { \"tweetId\" : \"7\", \"fullText\" : \"a\" } }",
                        "{ \"like\" : { \"tweetId\" : \"8\", \"fullText\" : \"b\" } }",
                        "{ \"like\" : { \"tweetId\" : \"9\", \"fullText\" : \"c\" } }"))
                .add("data/follower.js", js("follower.part0", "{ \"follower\" : { \"accountId\" : \"11\" } }",
                        "{ \"follower\" : { \"accountId\" : \"12\" } }"))
                .add("data/following.js", js("following.part0", "{ \"following\" : { \"accountId\" : \"21\" } }",
                        "{ \"following\" : { \"accountId\" : \"22\" } }", "{ \"following\" : { \"accountId\" : \"23\" } }"))
                .add("data/direct-messages.js", js("direct_messages.part0", """
                        { "dmConversation" : { "conversationId" : "1234567890-222", "messages" : [
                          { "messageCreate" : { "recipientId" : "222", "text" : "Bin gleich da", "senderId" : "1234567890",
                            "createdAt" : "2023-07-21T08:00:00.000Z" } },
                          { "messageCreate" : { "recipientId" : "1234567890", "text" : "Super", "senderId" : "222",
                            "createdAt" : "2023-07-21T08:01:00.000Z" } },
                          { "messageCreate" : { "recipientId" : "222", "text" : "❤️", "senderId" : "1234567890",
                            "createdAt" : "2023-07-21T08:02:00.000Z" } } ] } }"""))
                .add("data/direct-messages-group.js", js("direct_messages_group.part0", """
                        { "dmConversation" : { "conversationId" : "1650000000000000000", "messages" : [
                          { "joinConversation" : { "initiatingUserId" : "444", "createdAt" : "2022-04-01T10:00:00.000Z" } },
                          { "messageCreate" : { "text" : "Samstag?", "senderId" : "444", "createdAt" : "2022-04-01T10:05:00.000Z" } },
                          { "messageCreate" : { "text" : "Bin dabei", "senderId" : "1234567890", "createdAt" : "2022-04-01T10:06:00.000Z" } } ] } }"""))
                .add("data/ip-audit.js", js("ip_audit.part0",
                        "{ \"ipAudit\" : { \"accountId\" : \"1\", \"createdAt\" : \"2024-03-11T18:02:11.000Z\", \"loginIp\" : \"198.51.100.23\" } }",
                        "{ \"ipAudit\" : { \"accountId\" : \"1\", \"createdAt\" : \"2024-03-10T18:02:11.000Z\", \"loginIp\" : \"198.51.100.23\" } }"))
                .add("data/personalization.js", PERSONALIZATION)
                .add("data/ad-impressions.js", js("ad_impressions.part0",
                        "{ \"ad\" : { \"adsUserData\" : { \"adImpressions\" : { \"impressions\" : [ "
                                + impression("2023-10-02 18:00:00", STROLLER, LEIPZIG) + ", "
                                + impression("2023-10-03 18:00:00", STROLLER, AGE, LEIPZIG) + ", "
                                + impression("2023-10-04 18:00:00", LEIPZIG) + " ] } } } }"))
                .add("data/ad-engagements.js", js("ad_engagements.part0",
                        "{ \"ad\" : { \"adsUserData\" : { \"adEngagements\" : { \"engagements\" : [ { \"impressionAttributes\" : "
                                + impression("2023-10-02 18:00:00", STROLLER)
                                + ", \"engagementAttributes\" : [ { \"engagementTime\" : \"2023-10-02 18:00:09\","
                                + " \"engagementType\" : \"Detail click\" } ] } ] } } } }"))
                .add("data/ad-online-conversions-attributed.js", js("ad_online_conversions_attributed.part0", """
                        { "ad" : { "adsUserData" : { "attributedOnlineConversions" : { "conversions" : [
                          { "attributedConversionType" : "PostEngagement", "eventType" : "PURCHASE",
                            "advertiserInfo" : { "advertiserName" : "Wiegenwelt Babymarkt", "screenName" : "@wiegenwelt" },
                            "conversionValue" : "349.0", "conversionTime" : "2023-11-20 19:40:00" } ] } } } }"""))
                .add("data/something-new.js", js("something_new.part0", "{ \"x\" : 1 }"))
                .add("data/tweets_media/1-a.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                .writeTo(dir.resolve("twitter-2024-03-12-1f3e.zip"));
    }

    @Test
    void the2022LayoutWithSplitPostsGivesExactCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, archive2022());

            Export export = report.export();
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(export.service()).isEqualTo(Service.X);
            assertThat(export.kind()).isEqualTo("archive");
            assertThat(export.layout()).isEqualTo("2022+ (data/tweets.js)");
            assertThat(export.exportedAt()).as("from the manifest").isEqualTo(Instant.parse("2024-03-12T08:41:22Z"));
            assertThat(export.language()).isNull();
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(Category.PROFILE, 1L + 4 + 3),
                    Map.entry(Category.POSTS, 5L + 1),
                    Map.entry(Category.LIKES, 3L),
                    Map.entry(Category.FRIENDS, 2L),
                    Map.entry(Category.FOLLOWS, 3L),
                    Map.entry(Category.MESSAGES, 3L + 2),
                    Map.entry(Category.LOGINS, 2L),
                    Map.entry(Category.AD_SETTINGS, 1L),
                    Map.entry(Category.AD_VIEWS, 3L),
                    Map.entry(Category.AD_INTERACTIONS, 1L),
                    Map.entry(Category.OFF_SITE_ACTIVITY, 1L)));
            assertThat(export.items()).isEqualTo(35);

            Map<InferenceKind, List<StatedInferenceRow>> stated = stated(db);
            assertThat(occurrences(stated)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.DEMOGRAPHIC, List.of(1, 1, 1, 1),
                    InferenceKind.AD_INTEREST, List.of(2, 1),
                    InferenceKind.ADVERTISER, List.of(2, 1),
                    InferenceKind.TOPIC, List.of(1),
                    InferenceKind.INFERRED_LOCATION, List.of(1),
                    InferenceKind.OTHER, List.of(1),
                    InferenceKind.TARGETING, List.of(2, 1, 1),
                    InferenceKind.OFF_SITE_ACTIVITY, List.of(1)));
            assertThat(export.inferences()).isEqualTo(4 + 3 + 3 + 1 + 1 + 1 + 4 + 1);
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .containsExactly("Language: German", "Language: English", "Gender: female", "Age: 25-34");
            assertThat(stated.get(InferenceKind.TARGETING))
                    .extracting(StatedInferenceRow::value, r -> r.attributes().get("ads_shown"),
                            r -> r.attributes().get("ads_engaged_with"))
                    .containsExactly(tuple("Keywords: baby stroller", "2", "1"), tuple("Locations: Leipzig", "3", null),
                            tuple("Age: 25 to 34", "1", null));
            assertThat(stated.get(InferenceKind.ADVERTISER).get(0).attributes().get("audience"))
                    .isEqualTo("tailored audience: your details or activity, look-alike audience: people like their customers");

            assertThat(report.filesWithProblems()).isEmpty();
            for (String part : List.of("data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js")) {
                assertThat(file(report, part).status()).as(part).isEqualTo(FileStatus.IMPORTED);
            }
            assertThat(file(report, "data/tweets.js").records()).isEqualTo(2);
            assertThat(file(report, "data/tweets-part1.js").records()).isEqualTo(2);
            assertThat(file(report, "data/tweets-part2.js").records()).isEqualTo(1);
            assertThat(report.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactlyInAnyOrder("Your archive.html", "assets/js/main.9f2c1e4b.js", "data/README.txt",
                            "data/tweet-headers.js", "data/something-new.js", "data/tweets_media/1-a.jpg");
        }
    }

    @Test
    void the2020LayoutWithTweetJsBelowAWrapperAndAManifestThatListsAnOddName() throws Exception {
        String wrapper = "twitter-2021-09-08-4f2a9c/";
        String listed = "{ \"fileName\" : \"data/tweet.js\", \"globalName\" : \"YTD.tweet.part0\", \"count\" : \"2\" },"
                + " { \"fileName\" : \"data/tweet-extra.js\", \"globalName\" : \"YTD.tweet.part1\", \"count\" : \"1\" }";
        Path zip = new ZipBuilder()
                .add(wrapper + "Your archive.html", "<html></html>")
                .add(wrapper + "data/manifest.js", manifestFile("tweet", listed))
                .add(wrapper + "data/tweet.js", js("tweet.part0", post("1", "Thu Nov 14 03:37:58 +0000 2019", "Hallo"),
                        post("2", "Fri Nov 15 03:37:58 +0000 2019", "Welt")))
                .add(wrapper + "data/tweet-extra.js", js("tweet.part1", post("3", "Fri Nov 15 03:37:58 +0000 2019", "?")))
                .add(wrapper + "data/like.js", js("like.part0", "{ \"like\" : { \"tweetId\" : \"7\" } }"))
                .add(wrapper + "data/direct-messages.js", js("direct_messages.part0",
                        "{ \"dmConversation\" : { \"conversationId\" : \"1-2\", \"messages\" : [ { \"messageCreate\" : "
                                + "{ \"text\" : \"Hi\", \"senderId\" : \"1\", \"recipientId\" : \"2\", \"createdAt\" : \"2020-01-20T21:42:09.068Z\" } } ] } }"))
                .add(wrapper + "data/personalization.js", PERSONALIZATION)
                .writeTo(dir.resolve("twitter-2021.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, zip);

            Export export = report.export();
            assertThat(export.layout()).isEqualTo("2020–2022 (data/tweet.js)");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 1L, Category.POSTS, 2L, Category.LIKES, 1L, Category.MESSAGES, 1L,
                    Category.AD_SETTINGS, 1L));
            assertThat(export.inferences()).isEqualTo(4 + 3 + 3 + 1 + 1 + 1);
            FileReport manifest = file(report, wrapper + "data/manifest.js");
            assertThat(manifest.status()).isEqualTo(FileStatus.PARTIAL);
            assertThat(manifest.problems()).singleElement().asString()
                    .contains("data/tweet-extra.js").contains("\"tweet\"");
            assertThat(file(report, wrapper + "data/tweet-extra.js").status()).isEqualTo(FileStatus.NOT_RECOGNISED);
        }
    }

    @Test
    void the2019LayoutWithFilesAtTheTopAndPostsWithoutTheirKey() throws Exception {
        Path zip = new ZipBuilder()
                .at(Instant.parse("2019-05-01T12:00:00Z"))
                .add("README.txt", "This archive consists of machine-readable JSON files")
                .add("account.js", js("account.part0", "{ \"account\" : { \"username\" : \"jana_k90\", \"createdAt\" : \"2013-02-10T19:22:31.000Z\" } }"))
                .add("tweet.js", js("tweet.part0",
                        "{ \"id_str\" : \"1\", \"created_at\" : \"Thu Nov 14 03:37:58 +0000 2018\", \"full_text\" : \"Hallo\" }",
                        "{ \"id_str\" : \"2\", \"created_at\" : \"Thu Nov 15 03:37:58 +0000 2018\", \"full_text\" : \"RT @x: y\" }"))
                .add("direct-message.js", js("direct_message.part0",
                        "{ \"dmConversation\" : { \"conversationId\" : \"1-2\", \"messages\" : [ { \"messageCreate\" : "
                                + "{ \"text\" : \"Hi\", \"senderId\" : \"1\", \"recipientId\" : \"2\", \"createdAt\" : \"2018-01-20T21:42:09.068Z\" } } ] } }"))
                .add("ip-audit.js", js("ip_audit.part0",
                        "{ \"ipAudit\" : { \"createdAt\" : \"2019-04-11T18:02:11.000Z\", \"loginIp\" : \"198.51.100.23\" } }"))
                .add("ad-impressions.js", js("ad_impressions.part0",
                        "{ \"ad\" : { \"adsUserData\" : { \"adImpressions\" : { \"impressions\" : [ "
                                + impression("2019-03-02 18:00:00") + " ] } } } }"))
                .add("personalization.js", PERSONALIZATION)
                .add("tweet_media/1-a.jpg", new byte[] {1, 2, 3})
                .writeTo(dir.resolve("twitter-2019-05-01.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, zip);

            Export export = report.export();
            assertThat(export.layout()).isEqualTo("2019 (files at the top)");
            assertThat(export.exportedAt()).as("no manifest: the archive's newest entry").isEqualTo(Instant.parse("2019-05-01T12:00:00Z"));
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 2L, Category.POSTS, 2L, Category.MESSAGES, 1L, Category.LOGINS, 1L,
                    Category.AD_VIEWS, 1L, Category.AD_SETTINGS, 1L));
            assertThat(stated(db).get(InferenceKind.TARGETING)).as("an ad without criteria").isNull();
            assertThat(report.filesWithProblems()).isEmpty();
        }
    }

    @Test
    void aBrokenPartKeepsWhatWasReadAndTheOtherPartsImport() throws Exception {
        Path zip = new ZipBuilder()
                .add("data/manifest.js", manifestFile("tweets",
                        "{ \"fileName\" : \"data/tweets.js\" }, { \"fileName\" : \"data/tweets-part1.js\" }"))
                .add("data/tweets.js", js("tweets.part0", post("1", "Sat Aug 19 10:57:40 +0000 2023", "a"),
                        post("2", "Sat Aug 19 10:58:40 +0000 2023", "b")))
                .add("data/tweets-part1.js", "window.YTD.tweets.part1 = [ " + post("3", "Sat Aug 19 10:59:40 +0000 2023", "c")
                        + ", { \"tweet\" : { \"id_str\" : \"4\", \"full_te")
                .add("data/like.js", "<html>not data</html>")
                .writeTo(dir.resolve("broken.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, zip);

            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(file(report, "data/tweets.js").status()).isEqualTo(FileStatus.IMPORTED);
            FileReport broken = file(report, "data/tweets-part1.js");
            assertThat(broken.status()).isEqualTo(FileStatus.FAILED);
            assertThat(broken.records()).isEqualTo(1);
            assertThat(file(report, "data/like.js").status()).isEqualTo(FileStatus.FAILED);
            assertThat(file(report, "data/like.js").problems()).singleElement().asString().contains("HTML");
            assertThat(countsByCategory(db, report.export())).containsEntry(Category.POSTS, 3L);
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof TwitterImporter);
    }

    // ---- helpers ----

    private static ImportReport importOne(Database db, Path archive) throws Exception {
        ImportRunner runner = new ImportRunner(List.of(new TwitterImporter()), ArchiveLimits.defaults());
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    private static Map<Category, Long> countsByCategory(Database db, Export export) {
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

    private static Map<InferenceKind, List<StatedInferenceRow>> stated(Database db) {
        CompanyQueries queries = new CompanyQueries(db);
        CompanySummary x = queries.company(Service.X);
        return queries.statedInferences(x);
    }

    /** Per kind, how often each distinct value occurs, in the order the export lists them. */
    private static Map<InferenceKind, List<Integer>> occurrences(Map<InferenceKind, List<StatedInferenceRow>> stated) {
        return stated.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().map(StatedInferenceRow::occurrences).toList()));
    }

    private static FileReport file(ImportReport report, String path) {
        return report.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }
}
