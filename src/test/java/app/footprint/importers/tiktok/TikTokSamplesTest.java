package app.footprint.importers.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CompanySummary;
import app.footprint.model.Item;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the real, anonymised TikTok export of November 2024 (what-if sample). Every count was
 * first counted independently with Python's json module. The sample still holds a researcher's e-mail
 * address and username: the tests check that they are read, never what they are.
 */
class TikTokSamplesTest {
    private static final String SAMPLE = "tiktok/whatif-2024/user_data_tiktok.json";

    @TempDir
    Path dir;

    private static ParserRun run() throws Exception {
        return ParserRun.ofFile(new UserDataParser(), "user_data_tiktok.json", Fixtures.file(SAMPLE));
    }

    static Map<Category, Long> counts(List<Item> items) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        items.forEach(i -> counts.merge(i.category(), 1L, Long::sum));
        return counts;
    }

    @Test
    void everySectionOfTheSampleIsReadWithExactCounts() throws Exception {
        ParserRun run = run();

        assertThat(counts(run.sink.items)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry(Category.WATCHING, 3L),
                Map.entry(Category.SEARCHES, 13L),
                Map.entry(Category.LIKES, 20L),
                Map.entry(Category.LIBRARY, 4L),        // favourite videos
                Map.entry(Category.FRIENDS, 1L),        // the one follower
                Map.entry(Category.FOLLOWS, 6L),
                Map.entry(Category.ACTIVITY, 14L),      // 6 hashtags, 5 shares, 3 activity counters
                Map.entry(Category.LOGINS, 5L),
                Map.entry(Category.DEVICES, 7L),
                Map.entry(Category.COMMENTS, 2L),
                Map.entry(Category.POSTS, 4L),          // 1 video, 2 recently deleted, 1 place review
                Map.entry(Category.PROFILE, 28L),       // 5 profile facts, 20 app settings, 3 LIVE settings
                Map.entry(Category.APPS, 1L),           // the linked Facebook account
                Map.entry(Category.AD_SETTINGS, 1L)));  // personalised ads
        assertThat(run.sink.items).hasSize(109);
        // AdInterestCategories and the chosen interests are empty texts, the location "N/A", no inferred gender
        assertThat(run.sink.inferences).isEmpty();
        assertThat(run.file.problemCount()).isZero();
        assertThat(run.facts.language()).isEqualTo("en");
    }

    @Test
    void valuesArriveAsWritten() throws Exception {
        ParserRun run = run();

        List<Item> searches = run.sink.items(Category.SEARCHES);
        assertThat(searches.get(0).title()).isEqualTo("nature");
        assertThat(searches.get(0).at()).isEqualTo(Instant.parse("2024-11-24T08:54:02Z"));
        assertThat(searches).allMatch(Item::zoneAssumed);
        assertThat(run.sink.items(Category.COMMENTS).get(0).title()).isEqualTo("so cute 🥺");
        assertThat(run.sink.items(Category.LOGINS)).allSatisfy(l -> assertThat(l.attributes()).containsEntry("IP", "1.2.3.4"));
        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title)
                .anyMatch(t -> t.startsWith("Username: ")).anyMatch(t -> t.startsWith("E-mail: "))
                .contains("Birth date: 01-Oct-1995", "Likes received: 59", "Setting: App Language: English")
                .noneMatch(t -> t.contains("N/A") || t.endsWith(": None") || t.endsWith(": "));
        assertThat(run.sink.items(Category.POSTS)).filteredOn(p -> "recently deleted".equals(p.attributes().get("what")))
                .hasSize(2).allSatisfy(p -> assertThat(p.attributes()).containsKey("DateDeleted"));
    }

    @Test
    void theSampleImportsThroughTheRunnerAsA2024Export() throws Exception {
        Path folder = Fixtures.file(SAMPLE).getParent();
        ImportRunner runner = new ImportRunner(List.of(new TikTokImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("footprint.db")); ImportPlan plan = runner.plan(List.of(folder))) {
            assertThat(plan.exports()).singleElement().satisfies(e -> {
                assertThat(e.recognition().confidence()).isEqualTo(0.95);
                assertThat(e.recognition().layout()).isEqualTo("user_data_tiktok.json (2024+)");
            });

            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().items()).isEqualTo(109);
            assertThat(outcome.export().inferences()).isZero();
            assertThat(outcome.export().language()).isEqualTo("en");
            assertThat(new ItemQueries(db).count(List.of(outcome.export()), Category.LIKES)).isEqualTo(20);
            CompanySummary tiktok = new CompanyQueries(db).company(Service.TIKTOK);
            assertThat(tiktok.items()).isEqualTo(109);
            assertThat(tiktok.firstItem()).isEqualTo(Instant.parse("2024-11-20T15:18:33Z"));
            assertThat(tiktok.lastItem()).isEqualTo(Instant.parse("2024-12-13T07:06:58Z"));
        }
    }
}
