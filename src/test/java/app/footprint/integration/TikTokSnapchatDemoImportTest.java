package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.SnapchatFacts;
import app.footprint.demo.TikTokFacts;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jana's TikTok and Snapchat archives imported through the installed importers and the real store: every
 * count must match what the persona says it wrote.
 */
class TikTokSnapchatDemoImportTest {
    @TempDir
    static Path dir;
    static Path tiktokZip;
    static Path snapchatZip;

    @BeforeAll
    static void writeDemo() throws IOException {
        List<Path> archives = DemoPersona.standard().writeTo(dir.resolve("demo"));
        tiktokZip = archives.stream().filter(p -> p.getFileName().toString().startsWith("TikTok_Data_")).findFirst()
                .orElseThrow();
        snapchatZip = archives.stream().filter(p -> p.getFileName().toString().startsWith("mydata~")).findFirst()
                .orElseThrow();
    }

    private static ImportReport importOne(Database db, Path archive) {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<Category, Long> categories(CompanySummary company) {
        return company.categories().stream().collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
    }

    private static Map<InferenceKind, Integer> entries(Map<InferenceKind, List<StatedInferenceRow>> stated) {
        return stated.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().mapToInt(StatedInferenceRow::occurrences).sum()));
    }

    @Test
    void tiktokHoldsExactlyWhatThePersonaWrote() {
        TikTokFacts t = DemoPersona.standard().facts().of(TikTokFacts.class);
        try (Database db = Database.open(dir.resolve("tiktok.db"))) {
            ImportReport outcome = importOne(db, tiktokZip);

            Export export = outcome.export();
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(export.service()).isEqualTo(Service.TIKTOK);
            assertThat(export.layout()).isEqualTo("user_data_tiktok.json (2024+)");
            assertThat(export.language()).isEqualTo("de");
            CompanyQueries queries = new CompanyQueries(db);
            CompanySummary tiktok = queries.company(Service.TIKTOK);
            assertThat(categories(tiktok)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(Category.WATCHING, (long) t.videosWatched()),
                    Map.entry(Category.SEARCHES, (long) t.searches()),
                    Map.entry(Category.LIKES, (long) t.likes()),
                    Map.entry(Category.LIBRARY, (long) t.favoriteVideos() + t.favoriteSounds()),
                    Map.entry(Category.FOLLOWS, (long) t.following()),
                    Map.entry(Category.FRIENDS, (long) t.followers() + t.blocked()),
                    Map.entry(Category.LOGINS, (long) t.logins()),
                    Map.entry(Category.ACTIVITY, (long) t.shares() + t.hashtagsUsed() + t.activityCounters()),
                    Map.entry(Category.DEVICES, (long) t.devices()),
                    Map.entry(Category.COMMENTS, (long) t.comments()),
                    Map.entry(Category.MESSAGES, (long) t.messages()),
                    Map.entry(Category.POSTS, (long) t.posts()),
                    Map.entry(Category.PROFILE, (long) t.profileFacts() + t.autofillFacts() + t.settings()),
                    Map.entry(Category.AD_SETTINGS, (long) t.adSettings()),
                    Map.entry(Category.OFF_SITE_ACTIVITY, (long) t.offTikTokEvents()),
                    Map.entry(Category.PURCHASES, (long) t.orders()),
                    Map.entry(Category.BROWSING, (long) t.productViews()),
                    Map.entry(Category.LOCATIONS, (long) t.locationRecords())));
            Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(tiktok);
            assertThat(entries(stated)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.AD_INTEREST, t.adInterests(),
                    InferenceKind.TASTE, t.chosenInterests(),
                    InferenceKind.OFF_SITE_ACTIVITY, t.offTikTokSources(),
                    InferenceKind.DEMOGRAPHIC, t.inferredGenders(),
                    InferenceKind.INFERRED_LOCATION, t.inferredRegions()));
            assertThat(stated.get(InferenceKind.OFF_SITE_ACTIVITY).stream()
                    .mapToLong(r -> Long.parseLong(r.attributes().get("events"))).sum()).isEqualTo(t.offTikTokEvents());
            assertThat(stated.get(InferenceKind.AD_INTEREST)).extracting(StatedInferenceRow::value)
                    .contains("Pregnancy", "Baby & Maternity", "Running");
        }
    }

    @Test
    void snapchatHoldsExactlyWhatThePersonaWrote() {
        SnapchatFacts s = DemoPersona.standard().facts().of(SnapchatFacts.class);
        try (Database db = Database.open(dir.resolve("snapchat.db"))) {
            ImportReport outcome = importOne(db, snapchatZip);

            Export export = outcome.export();
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(export.service()).isEqualTo(Service.SNAPCHAT);
            assertThat(export.layout()).isEqualTo("json files");
            assertThat(export.language()).isEqualTo("de");
            assertThat(outcome.files()).filteredOn(f -> f.path().equals("index.html")).singleElement()
                    .satisfies(f -> assertThat(f.status()).isEqualTo(app.footprint.model.FileStatus.NOT_RECOGNISED));
            CompanyQueries queries = new CompanyQueries(db);
            CompanySummary snapchat = queries.company(Service.SNAPCHAT);
            assertThat(categories(snapchat)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    Map.entry(Category.PROFILE, (long) s.profileFacts()),
                    Map.entry(Category.ACTIVITY, (long) s.engagementEvents() + s.timeSpentParts()),
                    Map.entry(Category.AD_INTERACTIONS, (long) s.adsInteracted()),
                    Map.entry(Category.WATCHING, (long) s.discoverChannels()),
                    Map.entry(Category.OFF_SITE_ACTIVITY, (long) s.webInteractions()),
                    Map.entry(Category.DEVICES, (long) s.devices()),
                    Map.entry(Category.LOGINS, (long) s.logins()),
                    Map.entry(Category.LOCATIONS, (long) s.positions() + s.latestLocations() + s.areasVisited()),
                    Map.entry(Category.FRIENDS, (long) s.friends() + s.friendRequests() + s.deletedFriends()),
                    Map.entry(Category.MESSAGES, (long) s.chatMessages() + s.snaps()),
                    Map.entry(Category.SEARCHES, (long) s.searches()),
                    Map.entry(Category.LIBRARY, (long) s.memories()),
                    Map.entry(Category.POSTS, (long) s.stories())));
            Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(snapchat);
            assertThat(entries(stated)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.DEMOGRAPHIC, s.demographics(),
                    InferenceKind.AD_INTEREST, s.interestCategories(),
                    InferenceKind.TOPIC, s.contentCategories(),
                    InferenceKind.INFERRED_LOCATION, s.frequentLocations() + s.homeAndWork()));
            assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).extracting(StatedInferenceRow::value)
                    .contains("Leipzig, Sachsen, DE", "Home: 51.331, 12.335", "Work: 51.3305, 12.387");
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .containsExactlyInAnyOrder("AGE_35_PLUS", "FEMALE");
        }
    }
}
