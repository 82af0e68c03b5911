package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.testing.Fixtures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Reddit export: its layout, its checksums, and its counts read back without the importer. */
class RedditDemoTest {
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    @TempDir
    static Path folder;
    static DemoArchives zip;
    static RedditFacts facts;
    static byte[] bytes;

    @BeforeAll
    static void writeOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        facts = RedditExportWriter.write(out);
        bytes = out.toByteArray();
        zip = DemoArchives.read(Files.write(folder.resolve(RedditExportWriter.FILE_NAME), bytes));
    }

    private static List<CSVRecord> rows(String path) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(zip.entry(path).text())).getRecords();
    }

    @Test
    void aFlatZipOfCsvFilesWithTheChecklistLast() {
        List<String> paths = zip.paths();
        assertThat(paths).hasSize(36).allMatch(p -> p.endsWith(".csv") && !p.contains("/"));
        assertThat(paths.get(0)).isEqualTo("account_gender.csv");
        assertThat(paths.get(35)).isEqualTo("checkfile.csv");
        assertThat(paths).contains("sensitive_ads_preferences.csv", "post_votes.csv", "comment_votes.csv", "comments.csv",
                "posts.csv", "ip_logs.csv", "subscribed_subreddits.csv", "birthdate.csv", "statistics.csv");
        assertThat(DemoPersona.standard().facts().of(RedditFacts.class)).isEqualTo(facts);
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(RedditExportWriter.write(again)).isEqualTo(facts);
        assertThat(again.toByteArray()).isEqualTo(bytes);
        for (DemoArchives.Entry e : zip.entries()) {
            assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
        }
    }

    @Test
    void theChecklistNamesEveryOtherFileWithItsSha256() throws Exception {
        String checkfile = zip.entry("checkfile.csv").text();
        assertThat(checkfile).startsWith("filename,sha256\r\n").doesNotEndWith("\r\n");
        List<CSVRecord> listed = rows("checkfile.csv");
        assertThat(listed).hasSize(facts.files()).hasSize(35);
        for (CSVRecord file : listed) {
            byte[] content = zip.entry(file.get("filename")).bytes();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .as(file.get("filename")).isEqualTo(file.get("sha256"));
        }
        for (DemoArchives.Entry e : zip.entries()) {
            assertThat(e.text()).as(e.path()).contains("\r\n").doesNotContain("\r\r");
            assertThat(e.text().replace("\r\n", "")).as(e.path() + " ends lines with CR LF only").doesNotContain("\n");
        }
    }

    @Test
    void herEmptyFilesAreByteForByteThoseOfARealExport() throws Exception {
        // The real 2024 export's checkfile lists the SHA-256 of the same files, empty but for their header.
        List<String> lines = Files.readAllLines(Fixtures.file("reddit/lyststen-2024/checkfile.csv"));
        List<String> empty = List.of("approved_submitter_subreddits.csv", "drafts.csv", "friends.csv", "gold_received.csv",
                "linked_phone_number.csv", "multireddits.csv", "persona.csv", "poll_votes.csv", "scheduled_posts.csv",
                "stripe.csv");
        for (String name : empty) {
            String real = lines.stream().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow().strip()
                    .substring(name.length() + 1);
            byte[] ours = zip.entry(name).bytes();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ours))).as(name).isEqualTo(real);
        }
    }

    @Test
    void theCountsMatchTheFiles() throws IOException {
        assertThat(rows("subscribed_subreddits.csv")).hasSize(facts.subscriptions()).hasSize(22);
        assertThat(rows("posts.csv")).hasSize(facts.posts());
        assertThat(rows("post_headers.csv")).hasSize(facts.posts());
        assertThat(rows("comments.csv")).hasSize(facts.comments()).hasSize(150);
        assertThat(rows("comment_headers.csv")).hasSize(facts.comments());
        assertThat(rows("post_votes.csv")).hasSize(facts.postVotes());
        assertThat(rows("comment_votes.csv")).hasSize(facts.commentVotes());
        assertThat(rows("saved_posts.csv")).hasSize(facts.savedPosts());
        assertThat(rows("saved_comments.csv")).hasSize(facts.savedComments());
        assertThat(rows("hidden_posts.csv")).hasSize(facts.hiddenPosts());
        assertThat(rows("messages.csv")).hasSize(facts.privateMessages());
        assertThat(rows("chat_history.csv")).hasSize(facts.chatMessages());
        assertThat(rows("ip_logs.csv")).hasSize(facts.ipLogEntries()).hasSize(96);
        assertThat(rows("sensitive_ads_preferences.csv")).hasSize(facts.sensitiveAdTopics());
        assertThat(rows("sensitive_ads_preferences.csv").stream().filter(r -> r.get("preference").equals("True")))
                .hasSize(facts.sensitiveAdTopicsShown());
        assertThat(rows("statistics.csv").stream().filter(r -> r.get("statistic").equals("export time"))
                .map(r -> r.get("value"))).containsExactly("2024-03-12 08:41:00 UTC");
        assertThat(rows("user_preferences.csv").stream().filter(r -> r.get("preference").equals("lang"))
                .map(r -> r.get("value"))).containsExactly(facts.language());
    }

    @Test
    void herPregnancyShowsInTheCommunitiesSheJoinsAndWritesIn() throws IOException {
        Instant known = Instant.parse("2023-07-19T22:00:00Z");
        List<String> pregnancy = RedditContent.EXPECTING.stream().map(RedditContent.Community::name).toList();
        int aboutPregnancy = 0;
        for (CSVRecord comment : rows("comments.csv")) {
            if (pregnancy.contains(comment.get("subreddit"))) {
                assertThat(Instant.from(TIME.parse(comment.get("date")))).isAfter(known);
                aboutPregnancy++;
            }
        }
        assertThat(aboutPregnancy).isEqualTo(facts.commentsAboutPregnancy()).isPositive();
        assertThat(rows("subscribed_subreddits.csv").stream().map(r -> r.get("subreddit")))
                .contains("running", "nursing", "Leipzig", "BabyBumps", "pregnant");
        assertThat(rows("subscribed_subreddits.csv").stream().filter(r -> pregnancy.contains(r.get("subreddit"))))
                .hasSize(facts.pregnancySubscriptions());
        assertThat(rows("sensitive_ads_preferences.csv").stream().filter(r -> r.get("type").equals("show_alcohol"))
                .map(r -> r.get("preference"))).containsExactly("False");
        for (CSVRecord ip : rows("ip_logs.csv")) {
            if (!ip.get("date").equals("registration ip")) {
                assertThat(Instant.from(TIME.parse(ip.get("date")))).isBetween(Instant.parse("2023-12-01T00:00:00Z"),
                        Instant.parse("2024-03-12T00:00:00Z"));
            }
        }
    }
}
