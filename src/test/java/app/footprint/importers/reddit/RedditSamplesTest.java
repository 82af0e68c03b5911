package app.footprint.importers.reddit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.store.Database;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import app.footprint.testing.ZipBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the two files of a real 2024 Reddit export (lyststen): its sensitive ad preferences,
 * and its {@code checkfile.csv}, the list of every file with its SHA-256. Seventeen of those files were
 * only a header line: their bytes are rebuilt here, the SHA-256 proves them identical to the originals,
 * and the rebuilt export goes through the real runner.
 */
class RedditSamplesTest {
    private static final String SAMPLE = "reddit/lyststen-2024/";
    /** The files of that export that held only a header; their SHA-256 in checkfile.csv proves these bytes. */
    private static final Map<String, String> HEADER_ONLY = new LinkedHashMap<>();

    static {
        HEADER_ONLY.put("approved_submitter_subreddits.csv", "subreddit");
        HEADER_ONLY.put("chat_history.csv", "message_id,created_at,updated_at,username,message,thread_parent_message_id,"
                + "channel_url,subreddit,channel_name,conversation_type");
        HEADER_ONLY.put("drafts.csv", "id,title,body,kind,created,modified,spoiler,nsfw,original_content,"
                + "content_category,flair_id,flair_text,send_replies,subreddit,is_public_link");
        HEADER_ONLY.put("friends.csv", "username,note");
        HEADER_ONLY.put("gold_received.csv", "content_link,gold_received,gilder_username,date");
        HEADER_ONLY.put("hidden_posts.csv", "id,permalink");
        HEADER_ONLY.put("linked_phone_number.csv", "phone_number");
        HEADER_ONLY.put("multireddits.csv", "id,display_name,date,description,privacy,subreddits,image_url,is_owner,"
                + "favorited,followers");
        HEADER_ONLY.put("persona.csv", "persona_inquiry_id");
        HEADER_ONLY.put("poll_votes.csv", "post_id,user_selection,text,image_url,is_prediction,stake_amount");
        HEADER_ONLY.put("post_headers.csv", "id,permalink,date,ip,subreddit,gildings,url");
        HEADER_ONLY.put("posts.csv", "id,permalink,date,ip,subreddit,gildings,title,url,body");
        HEADER_ONLY.put("saved_comments.csv", "id,permalink");
        HEADER_ONLY.put("saved_posts.csv", "id,permalink");
        HEADER_ONLY.put("scheduled_posts.csv", "scheduled_post_id,subreddit,title,body,url,submission_time,recurrence");
        HEADER_ONLY.put("stripe.csv", "stripe_account_id");
    }

    @TempDir
    Path dir;

    /** The checkfile's rows: file name to SHA-256. */
    private static Map<String, String> checkfile() throws Exception {
        List<String> lines = Files.readAllLines(Fixtures.file(SAMPLE + "checkfile.csv"), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("filename,sha256");
        Map<String, String> files = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.strip().split(",");
            files.put(cells[0], cells[1]);
        }
        return files;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void sensitiveAdsPreferencesHoldFiveTopicsAllShown() throws Exception {
        ParserRun run = ParserRun.ofFile(new RedditImporter().parserFor("sensitive_ads_preferences.csv").orElseThrow(),
                "sensitive_ads_preferences.csv", Fixtures.file(SAMPLE + "sensitive_ads_preferences.csv"));

        assertThat(run.sink.inferences).extracting(StatedInference::value).containsExactly(
                "Alcohol", "Dating", "Gambling", "Pregnancy and parenting", "Weight loss");
        assertThat(run.sink.inferences).allMatch(i -> i.kind() == InferenceKind.AD_PREFERENCE
                && "yes".equals(i.attributes().get("ads shown")));
        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void everyFileOfThe2024ExportIsReadOrKnownAndLeftOutOnPurpose() throws Exception {
        Map<String, String> listed = checkfile();

        assertThat(listed).hasSize(34);
        assertThat(listed.keySet()).allSatisfy(name -> assertThat(RedditFile.of(name)).as(name).isPresent());
        Set<String> leftOut = listed.keySet().stream().filter(n -> new RedditImporter().parserFor(n).isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(leftOut).containsExactly("comment_headers.csv", "message_headers.csv", "post_headers.csv");
        assertThat(RedditFile.of("checkfile.csv")).contains(RedditFile.CHECKFILE);
    }

    @Test
    void theRebuiltExportMatchesItsChecksumsAndImportsWithoutProblems() throws Exception {
        Map<String, String> listed = checkfile();
        byte[] sensitive = Files.readAllBytes(Fixtures.file(SAMPLE + "sensitive_ads_preferences.csv"));
        assertThat(sha256(sensitive)).isEqualTo(listed.get("sensitive_ads_preferences.csv"));
        ZipBuilder zip = new ZipBuilder().add("sensitive_ads_preferences.csv", sensitive);
        for (Map.Entry<String, String> file : HEADER_ONLY.entrySet()) {
            byte[] bytes = (file.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8);
            assertThat(sha256(bytes)).as(file.getKey()).isEqualTo(listed.get(file.getKey()));
            zip.add(file.getKey(), bytes);
        }
        zip.add("checkfile.csv", Files.readAllBytes(Fixtures.file(SAMPLE + "checkfile.csv")));
        Path archive = zip.writeTo(dir.resolve("export_someone_20240101.zip"));

        ImportRunner runner = new ImportRunner(List.of(new RedditImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("fp.db")); ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.exports()).singleElement().satisfies(e -> {
                assertThat(e.recognition().confidence()).isCloseTo(0.95, within(1e-9));
                assertThat(e.recognition().layout()).isEqualTo("flat CSV files with checkfile.csv");
            });
            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().items()).isZero();
            assertThat(outcome.export().inferences()).isEqualTo(5);
            assertThat(outcome.files().stream().filter(f -> f.status() == FileStatus.NOT_RECOGNISED).map(FileReport::path))
                    .containsExactlyInAnyOrder("checkfile.csv", "post_headers.csv");
            assertThat(outcome.files().stream().filter(f -> f.status() == FileStatus.IMPORTED)).hasSize(16);
        }
    }
}
