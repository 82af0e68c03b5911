package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoFacts;
import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.requests.SnapshotDiff;
import app.footprint.store.Database;
import app.footprint.store.SnapshotQueries;
import app.footprint.store.SnapshotQueries.CategoryChange;
import app.footprint.store.SnapshotQueries.Comparison;
import app.footprint.store.SnapshotQueries.InferenceChange;
import app.footprint.testing.CommandRun;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo persona's Facebook export, then a "later" export of it in which Facebook deleted the searches,
 * all message threads but one and most ad interests, and added a conversation and two interests: the
 * comparison of the two snapshots through the real importers and store says exactly that.
 */
class SnapshotDiffTest {
    private static final String SEARCHES = "logged_information/search/your_search_history.json";
    private static final String INTERESTS = "logged_information/other_logged_information/ads_interests.json";
    private static final String NEW_THREAD = "your_facebook_activity/messages/inbox/beekeepers_4711471147114711/message_1.json";
    private static final List<String> NEW_INTERESTS = List.of("Beekeeping", "Sailing");
    private static final int KEPT_INTERESTS = 3;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static Path db;
    static DemoFacts.Facebook facts;
    static Export older;
    static Export newer;
    /** The one message file the later export keeps, and how many messages the first import read from it. */
    static String keptThread;
    static long keptMessages;
    static int oldestKeptYear;

    @BeforeAll
    static void importTwoSnapshots() throws IOException {
        DemoPersona persona = DemoPersona.standard();
        Path first = persona.writeTo(dir.resolve("demo")).get(0);
        facts = persona.facts().facebook();
        Path later = writeLaterExport(first, dir.resolve("facebook-later.zip"));
        db = dir.resolve("snapshots.db");
        try (Database database = Database.open(db)) {
            ImportReport before = importOne(database, first);
            keptMessages = before.files().stream().filter(f -> f.path().equals(keptThread))
                    .mapToLong(FileReport::records).sum();
            older = before.export();
            newer = importOne(database, later).export();
        }
    }

    private static ImportReport importOne(Database database, Path archive) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            ImportReport report = runner.run(plan.exports().get(0), database, ImportProgress.NONE, () -> false);
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(report.filesWithProblems()).isEmpty();
            return report;
        }
    }

    /** The same archive a year later: entries dropped, rewritten and added, every entry dated later. */
    private static Path writeLaterExport(Path zip, Path target) throws IOException {
        Instant later = Instant.parse("2025-06-01T10:00:00Z");
        try (ZipFile in = new ZipFile(zip.toFile());
             OutputStream file = Files.newOutputStream(target); ZipOutputStream out = new ZipOutputStream(file)) {
            List<String> threads = new ArrayList<>();
            in.stream().map(ZipEntry::getName).filter(n -> n.matches(".*/messages/.*/message_\\d+\\.json")).forEach(threads::add);
            Collections.sort(threads);
            keptThread = threads.get(0);
            for (ZipEntry entry : Collections.list(in.entries())) {
                String name = entry.getName();
                if (name.equals(SEARCHES) || (threads.contains(name) && !name.equals(keptThread))) {
                    continue;
                }
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (name.equals(INTERESTS)) {
                    bytes = fewerInterests(bytes);
                }
                if (name.equals(keptThread)) {
                    oldestKeptYear = oldestYear(bytes);
                }
                put(out, name, bytes, later);
            }
            put(out, NEW_THREAD, newThread(), later);
        }
        return target;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        out.putNextEntry(entry);
        out.write(bytes);
        out.closeEntry();
    }

    /** The first three distinct interests of the earlier export, plus two it did not list. */
    private static byte[] fewerInterests(byte[] original) throws IOException {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        JSON.readTree(original).path("topics_v2").forEach(n -> distinct.add(n.asText()));
        List<String> kept = new ArrayList<>(distinct).subList(0, KEPT_INTERESTS);
        assertThat(kept).doesNotContainAnyElementsOf(NEW_INTERESTS);
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeArrayFieldStart("topics_v2");
            for (String v : kept) {
                g.writeString(v);
            }
            for (String v : NEW_INTERESTS) {
                g.writeString(v);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int oldestYear(byte[] thread) throws IOException {
        long oldest = Long.MAX_VALUE;
        for (JsonNode m : JSON.readTree(thread).path("messages")) {
            oldest = Math.min(oldest, m.path("timestamp_ms").asLong());
        }
        return Instant.ofEpochMilli(oldest).atZone(ZoneOffset.UTC).getYear();
    }

    private static byte[] newThread() {
        return ("{\"participants\":[{\"name\":\"Imker Verein\"},{\"name\":\"Jana K\\u00c3\\u00b6hler\"}],"
                + "\"messages\":["
                + "{\"sender_name\":\"Imker Verein\",\"timestamp_ms\":1746000000000,\"content\":\"Welcome to the club\"},"
                + "{\"sender_name\":\"Imker Verein\",\"timestamp_ms\":1745000000000,\"content\":\"Hello\"}],"
                + "\"title\":\"Beekeepers\",\"is_still_participant\":true,\"thread_path\":\"inbox/beekeepers_4711471147114711\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static Comparison compare() {
        try (Database database = Database.open(db)) {
            return new SnapshotQueries(database).compare(older, newer);
        }
    }

    private static Map<Category, List<Long>> counts(Comparison comparison) {
        Map<Category, List<Long>> out = new EnumMap<>(Category.class);
        for (CategoryChange c : comparison.categories()) {
            out.put(c.category(), List.of(c.gone(), c.kept(), c.added()));
        }
        return out;
    }

    @Test
    void everyKindOfDataIsCountedGoneKeptAndNew() {
        Comparison comparison = compare();

        assertThat(keptMessages).isPositive().isLessThan(facts.messages());
        assertThat(counts(comparison)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Category.MESSAGES, List.of(facts.messages() - keptMessages, keptMessages, 2L),
                Category.SEARCHES, List.of((long) facts.searches(), 0L, 0L),
                Category.FRIENDS, List.of(0L, (long) facts.friends() + facts.friendRequests(), 0L),
                Category.POSTS, List.of(0L, (long) facts.posts(), 0L),
                Category.LOGINS, List.of(0L, (long) facts.loginRecords(), 0L),
                Category.OFF_SITE_ACTIVITY, List.of(0L, (long) facts.offMetaEvents(), 0L),
                Category.AD_INTERACTIONS, List.of(0L, (long) facts.adInteractions(), 0L),
                Category.AD_SETTINGS, List.of(0L, (long) facts.adSettings(), 0L),
                Category.PROFILE, List.of(0L, (long) facts.profileFacts() + 3, 0L)));

        CategoryChange messages = comparison.category(Category.MESSAGES).orElseThrow();
        assertThat(messages.oldestKept().atZone(ZoneOffset.UTC).getYear()).isEqualTo(oldestKeptYear);
        assertThat(messages.keptSample()).hasSize((int) Math.min(keptMessages, SnapshotQueries.SAMPLE))
                .allSatisfy(s -> assertThat(s.file()).isEqualTo(keptThread));
        assertThat(messages.keptSample().get(0).at()).isEqualTo(messages.oldestKept());
        assertThat(messages.goneSample()).hasSize(SnapshotQueries.SAMPLE)
                .allSatisfy(s -> assertThat(s.file()).isNotEqualTo(keptThread).endsWith(".json"));
        CategoryChange searches = comparison.category(Category.SEARCHES).orElseThrow();
        assertThat(searches.oldestKept()).isNull();
        assertThat(searches.keptSample()).isEmpty();
        assertThat(searches.goneSample()).hasSize(Math.min(facts.searches(), SnapshotQueries.SAMPLE))
                .allSatisfy(s -> assertThat(s.file()).isEqualTo(SEARCHES));
        assertThat(comparison.olderLocations()).isEqualTo(new SnapshotQueries.LocationSpan(0, null, null));
        assertThat(comparison.newerLocations()).isEqualTo(new SnapshotQueries.LocationSpan(0, null, null));
    }

    @Test
    void statedInferencesAreComparedByKindAndValue() {
        Comparison comparison = compare();

        InferenceChange interests = comparison.inference(InferenceKind.AD_INTEREST).orElseThrow();
        assertThat(List.of(interests.gone(), interests.kept(), interests.added()))
                .containsExactly((long) facts.distinctAdInterests() - KEPT_INTERESTS, (long) KEPT_INTERESTS, 2L);
        assertThat(interests.addedValues()).containsExactly("Beekeeping", "Sailing");
        assertThat(interests.keptValues()).hasSize(KEPT_INTERESTS);
        assertThat(interests.goneValues()).hasSize((int) Math.min(interests.gone(), SnapshotQueries.SAMPLE))
                .doesNotContainAnyElementsOf(interests.keptValues());
        assertThat(comparison.inferences()).filteredOn(c -> c.kind() != InferenceKind.AD_INTEREST)
                .isNotEmpty().allSatisfy(c -> {
                    assertThat(c.gone()).as("%s gone", c.kind()).isZero();
                    assertThat(c.added()).as("%s new", c.kind()).isZero();
                    assertThat(c.kept()).as("%s kept", c.kind()).isPositive();
                });
    }

    @Test
    void theVerdictFollowsTheChosenKindsOfData() {
        try (Database database = Database.open(db)) {
            SnapshotQueries queries = new SnapshotQueries(database);
            assertThat(queries.latestPair(Service.FACEBOOK).orElseThrow()).extracting(Export::id)
                    .containsExactly(older.id(), newer.id());

            SnapshotDiff searches = SnapshotDiff.of(queries, older, newer, Set.of(Category.SEARCHES));
            assertThat(searches.verdict()).isEqualTo(SnapshotDiff.Verdict.DELETED);
            assertThat(searches.remaining()).isEmpty();
            assertThat(searches.summary()).isEqualTo(String.format(java.util.Locale.ROOT,
                    "Searches: Facebook deleted all %,d.", facts.searches()));

            SnapshotDiff both = SnapshotDiff.of(queries, older, newer, Set.of(Category.SEARCHES, Category.MESSAGES));
            assertThat(both.verdict()).isEqualTo(SnapshotDiff.Verdict.DATA_STILL_PRESENT);
            assertThat(both.remaining()).extracting(CategoryChange::category).containsExactly(Category.MESSAGES);
            assertThat(both.summary()).isEqualTo(String.format(java.util.Locale.ROOT,
                    "Messages: Facebook deleted %,d of %,d; %,d remain, the oldest from %d. "
                            + "Searches: Facebook deleted all %,d.", facts.messages() - keptMessages,
                    facts.messages(), keptMessages, oldestKeptYear, facts.searches()));

            SnapshotDiff locations = SnapshotDiff.of(queries, older, newer, Set.of(Category.LOCATIONS));
            assertThat(locations.verdict()).isEqualTo(SnapshotDiff.Verdict.NOTHING_TO_COMPARE);
            assertThat(SnapshotDiff.of(queries, older, newer).verdict()).isEqualTo(SnapshotDiff.Verdict.DATA_STILL_PRESENT);
        }
    }



    @Test
    void theDiffCommandPrintsTheComparisonAsJson() throws IOException {
        CommandRun run = CommandRun.of("diff", "--db", db.toString(), "--service", "facebook", "--json");

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        JsonNode json = JSON.readTree(run.out());
        assertThat(json.path("service").asText()).isEqualTo("facebook");
        assertThat(json.path("from").asLong()).isEqualTo(older.id());
        assertThat(json.path("to").asLong()).isEqualTo(newer.id());
        assertThat(json.path("verdict").asText()).isEqualTo("DATA_STILL_PRESENT");
        JsonNode messages = json.path("categories").path("messages");
        assertThat(List.of(messages.path("gone").asLong(), messages.path("kept").asLong(), messages.path("new").asLong()))
                .containsExactly(facts.messages() - keptMessages, keptMessages, 2L);
        assertThat(messages.path("keptSample")).hasSize((int) Math.min(keptMessages, SnapshotQueries.SAMPLE));
        assertThat(messages.path("goneSample")).hasSize(SnapshotQueries.SAMPLE);
        assertThat(messages.path("goneSample").get(0).path("file").asText()).startsWith("your_facebook_activity/messages/");
        JsonNode searches = json.path("categories").path("searches");
        assertThat(List.of(searches.path("gone").asLong(), searches.path("kept").asLong(), searches.path("new").asLong()))
                .containsExactly((long) facts.searches(), 0L, 0L);
        assertThat(json.path("categories")).hasSize(9);
        JsonNode interests = json.path("statedInferences").path("ad_interest");
        assertThat(interests.path("new").asLong()).isEqualTo(2);
        assertThat(interests.path("kept").asLong()).isEqualTo(KEPT_INTERESTS);
        assertThat(interests.path("newValues").toString()).isEqualTo("[\"Beekeeping\",\"Sailing\"]");
        assertThat(json.path("locations").path("from").path("points").asLong()).isZero();

        CommandRun deleted = CommandRun.of("diff", "--db", db.toString(), "--service", "facebook", "--from", Long.toString(older.id()),
                "--category", "searches", "--json");
        assertThat(deleted.exit()).isZero();
        assertThat(JSON.readTree(deleted.out()).path("verdict").asText()).isEqualTo("DELETED");
        assertThat(JSON.readTree(deleted.out()).path("to").asLong()).isEqualTo(newer.id());
    }

    @Test
    void fewerThanTwoSnapshotsExitTwoAndSayWhy() {
        CommandRun run = CommandRun.of("diff", "--db", dir.resolve("empty.db").toString(), "--service", "facebook");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("Facebook has fewer than two snapshots of one kind of export to compare "
                + "(0 imported). Import a newer export first." + System.lineSeparator());

        CommandRun onlyOne = CommandRun.of("diff", "--db", db.toString(), "--service", "facebook", "--to", Long.toString(older.id()));
        assertThat(onlyOne.exit()).isEqualTo(2);
        assertThat(onlyOne.err()).isEqualTo("Export #" + older.id() + " (Facebook, account data) has no older "
                + "snapshot to compare it with." + System.lineSeparator());

        CommandRun unknown = CommandRun.of("diff", "--db", db.toString(), "--service", "myspace");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("Unknown service: myspace");
    }
}
