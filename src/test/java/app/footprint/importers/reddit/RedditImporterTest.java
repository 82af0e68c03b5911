package app.footprint.importers.reddit;

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

/** The real runner over synthetic Reddit exports of each layout into a real database. */
class RedditImporterTest {
    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(List.of(new RedditImporter()), ArchiveLimits.defaults());

    private ImportReport importOne(Database db, Path zip) throws Exception {
        try (ImportPlan plan = runner.plan(List.of(zip))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    private static Map<Category, Long> counts(Database db, Export export) {
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

    private static FileStatus status(ImportReport outcome, String path) {
        return outcome.files().stream().filter(f -> f.path().equals(path)).map(FileReport::status).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }

    private static String crlf(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }

    @Test
    void the2024ExportWithCheckfile() throws Exception {
        Path zip = new ZipBuilder()
                .add("account_gender.csv", crlf("account_gender", "female"))
                .add("sensitive_ads_preferences.csv", crlf("type,preference", "show_alcohol,False", "show_dating,True",
                        "show_gambling,True", "show_pregnancy_and_parenting,True", "show_weight_loss,True"))
                .add("approved_submitter_subreddits.csv", crlf("subreddit"))
                .add("comment_headers.csv", crlf("id,permalink,date,ip,subreddit,gildings,link,parent",
                        "c1,/r/running/comments/p1/x/c1/,2023-01-02 10:00:00 UTC,,running,0,/r/running/comments/p1/x/,t3_p1"))
                .add("comments.csv", crlf("id,permalink,date,ip,subreddit,gildings,link,parent,body,media",
                        "c1,/r/running/comments/p1/x/c1/,2023-01-02 10:00:00 UTC,,running,0,/r/running/comments/p1/x/,t3_p1,"
                                + "\"Slow runs.\r\nReally.\",",
                        "c2,/r/BabyBumps/comments/p2/y/c2/,2023-09-02 10:00:00 UTC,,BabyBumps,0,/r/BabyBumps/comments/p2/y/,t3_p2,"
                                + "Same here,"))
                .add("comment_votes.csv", crlf("id,permalink,direction", "v1,/r/running/comments/p1/x/v1/,up"))
                .add("post_votes.csv", crlf("id,permalink,direction", "p1,/r/running/comments/p1/x/,up",
                        "p2,/r/BabyBumps/comments/p2/y/,up", "p3,/r/de/comments/p3/z/,down"))
                .add("posts.csv", crlf("id,permalink,date,ip,subreddit,gildings,title,url,body",
                        "p9,/r/BabyBumps/comments/p9/n/,2023-11-02 10:00:00 UTC,,BabyBumps,0,Nesting!,,Crib is up."))
                .add("post_headers.csv", crlf("id,permalink,date,ip,subreddit,gildings,url",
                        "p9,/r/BabyBumps/comments/p9/n/,2023-11-02 10:00:00 UTC,,BabyBumps,0,"))
                .add("messages.csv", crlf("id,permalink,thread_id,date,ip,from,to,subject,body",
                        "m1,/message/messages/m1,,2021-03-18 19:00:00 UTC,,someone,jana,Hi,Hello"))
                .add("message_headers.csv", crlf("id,permalink,thread_id,date,ip,from,to",
                        "m1,/message/messages/m1,,2021-03-18 19:00:00 UTC,,someone,jana"))
                .add("chat_history.csv", crlf("message_id,created_at,updated_at,username,message,thread_parent_message_id,"
                        + "channel_url,subreddit,channel_name,conversation_type"))
                .add("saved_posts.csv", crlf("id,permalink", "s1,/r/NewParents/comments/s1/list/"))
                .add("saved_comments.csv", crlf("id,permalink"))
                .add("hidden_posts.csv", crlf("id,permalink", "h1,/r/de/comments/h1/x/"))
                .add("subscribed_subreddits.csv", crlf("subreddit", "running", "BabyBumps", "Leipzig"))
                .add("ip_logs.csv", crlf("date,ip", "registration ip,198.51.100.57", "2024-03-01 10:00:00 UTC,198.51.100.8"))
                .add("statistics.csv", crlf("statistic,value", "account name,jana", "export time,2024-03-12 08:41:22 UTC",
                        "registration date,2016-04-02 19:14:05 UTC"))
                .add("user_preferences.csv", crlf("preference,value", "lang,en", "third_party_data_personalized_ads,False"))
                .add("persona.csv", crlf("persona_inquiry_id"))
                .add("checkfile.csv", "filename,sha256\r\naccount_gender.csv,0dd2")
                .writeTo(dir.resolve("export_jana_20240312.zip"));
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            ImportReport outcome = importOne(db, zip);

            Export export = outcome.export();
            assertThat(export.kind()).isEqualTo("account data");
            assertThat(export.layout()).isEqualTo("flat CSV files with checkfile.csv");
            assertThat(export.language()).isEqualTo("en");
            assertThat(export.exportedAt()).isEqualTo(Instant.parse("2024-03-12T08:41:22Z"));
            assertThat(counts(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 1L + 2 + 1,
                    Category.AD_SETTINGS, 1L,
                    Category.COMMENTS, 2L,
                    Category.LIKES, 4L,
                    Category.POSTS, 1L,
                    Category.MESSAGES, 1L,
                    Category.LIBRARY, 1L,
                    Category.ACTIVITY, 1L,
                    Category.FOLLOWS, 3L,
                    Category.LOGINS, 2L));
            assertThat(export.items()).isEqualTo(20);
            assertThat(export.inferences()).isEqualTo(6);
            CompanyQueries companies = new CompanyQueries(db);
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(companies.company(Service.REDDIT));
            assertThat(stated.get(InferenceKind.AD_PREFERENCE)).extracting(StatedInferenceRow::value).containsExactly(
                    "Alcohol", "Dating", "Gambling", "Pregnancy and parenting", "Weight loss");
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .containsExactly("Gender: female");
            for (String ignored : List.of("checkfile.csv", "comment_headers.csv", "post_headers.csv", "message_headers.csv")) {
                assertThat(status(outcome, ignored)).as(ignored).isEqualTo(FileStatus.NOT_RECOGNISED);
            }
            assertThat(status(outcome, "chat_history.csv")).isEqualTo(FileStatus.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
        }
    }

    @Test
    void anOlderExportWithoutCheckfileAndWithMessagesArchive() throws Exception {
        Path zip = new ZipBuilder().at(Instant.parse("2021-06-01T12:00:00Z"))
                .add("export_jana/comments.csv", crlf("id,permalink,date,ip,subreddit,gildings,link,parent,body,media",
                        "c1,/r/running/comments/p1/x/c1/,2021-01-02 10:00:00 UTC,,running,0,/r/running/comments/p1/x/,t3_p1,Hi,"))
                .add("export_jana/post_votes.csv", crlf("id,permalink,direction", "p1,/r/running/comments/p1/x/,up"))
                .add("export_jana/subscribed_subreddits.csv", crlf("subreddit", "running"))
                .add("export_jana/messages_archive.csv", crlf("id,permalink,thread_id,date,ip,from,to,subject,body",
                        "m1,/message/messages/m1,,2020-03-18 19:00:00 UTC,,someone,jana,Hi,Hello",
                        "m2,/message/messages/m2,m1,2020-03-18 19:30:00 UTC,,jana,someone,re: Hi,Hey"))
                .add("export_jana/messages_archive_headers.csv", crlf("id,permalink,thread_id,date,ip,from,to"))
                .add("export_jana/ip_logs.csv", crlf("date,ip", "2021-05-30 10:00:00 UTC,198.51.100.8"))
                .writeTo(dir.resolve("reddit.zip"));
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            ImportReport outcome = importOne(db, zip);

            assertThat(outcome.export().layout()).isEqualTo("flat CSV files without checkfile.csv");
            assertThat(outcome.export().exportedAt()).as("no statistics file: the zip's time")
                    .isEqualTo(Instant.parse("2021-06-01T12:00:00Z"));
            assertThat(counts(db, outcome.export())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.COMMENTS, 1L, Category.LIKES, 1L, Category.FOLLOWS, 1L, Category.MESSAGES, 2L,
                    Category.LOGINS, 1L));
            assertThat(outcome.export().inferences()).isZero();
            assertThat(outcome.filesWithProblems()).isEmpty();
        }
    }

    @Test
    void anExportWithVotesSplitIntoPartsCountsEveryPart() throws Exception {
        Path zip = new ZipBuilder()
                .add("checkfile.csv", "filename,sha256\r\n")
                .add("post_votes_1.csv", crlf("id,permalink,direction", "p1,/r/a/comments/p1/x/,up", "p2,/r/a/comments/p2/x/,up"))
                .add("post_votes_2.csv", crlf("id,permalink,direction", "p3,/r/b/comments/p3/x/,down"))
                .add("subscribed_subreddits.csv", crlf("subreddit", "a", "b"))
                .writeTo(dir.resolve("reddit-split.zip"));
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            ImportReport outcome = importOne(db, zip);

            assertThat(outcome.export().layout()).isEqualTo("flat CSV files, large tables split into parts");
            assertThat(counts(db, outcome.export())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.LIKES, 3L, Category.FOLLOWS, 2L));
            assertThat(outcome.files().stream().filter(f -> f.status() == FileStatus.IMPORTED)
                    .collect(Collectors.toMap(FileReport::path, FileReport::records)))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("post_votes_1.csv", 2L, "post_votes_2.csv", 1L,
                            "subscribed_subreddits.csv", 2L));
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof RedditImporter);
    }
}
