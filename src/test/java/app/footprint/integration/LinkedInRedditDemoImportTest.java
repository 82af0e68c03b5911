package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.LinkedInFacts;
import app.footprint.demo.RedditFacts;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jana's LinkedIn and Reddit archives imported through the installed importers and the real store: every
 * count must match what the persona says it wrote.
 */
class LinkedInRedditDemoImportTest {
    @TempDir
    static Path dir;
    static List<Path> archives;

    @BeforeAll
    static void writeDemo() throws IOException {
        archives = DemoPersona.standard().writeTo(dir.resolve("demo"));
    }

    private static Path archive(String prefix) {
        return archives.stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow();
    }

    private static ImportReport importOne(Database db, Path archive) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    private static Map<Category, Long> categories(CompanySummary company) {
        return company.categories().stream().collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
    }

    private static Map<InferenceKind, List<StatedInferenceRow>> stated(Database db, Service service) {
        CompanyQueries companies = new CompanyQueries(db);
        return companies.statedInferences(companies.company(service));
    }

    private static int occurrences(List<StatedInferenceRow> rows) {
        return rows.stream().mapToInt(StatedInferenceRow::occurrences).sum();
    }

    @Test
    void linkedInHoldsExactlyWhatThePersonaWrote() throws IOException {
        LinkedInFacts li = DemoPersona.standard().facts().of(LinkedInFacts.class);
        try (Database db = Database.open(dir.resolve("linkedin.db"))) {
            ImportReport outcome = importOne(db, archive("Complete_LinkedInDataExport"));

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.service()).isEqualTo(Service.LINKEDIN);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().kind()).isEqualTo("complete archive");
            assertThat(outcome.export().language()).isEqualTo(li.language());
            assertThat(outcome.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactly("Jobs/Job Seeker Preferences.csv");
            CompanySummary linkedIn = new CompanyQueries(db).company(Service.LINKEDIN);
            assertThat(categories(linkedIn)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, (long) li.profileItems(),
                    Category.FRIENDS, (long) li.connections() + li.invitations(),
                    Category.MESSAGES, (long) li.messages(),
                    Category.SEARCHES, (long) li.searches(),
                    Category.AD_INTERACTIONS, (long) li.adsClicked()));
            assertThat(outcome.export().inferences()).isEqualTo(li.inferences() + li.targetingEntries());

            Map<InferenceKind, List<StatedInferenceRow>> stated = stated(db, Service.LINKEDIN);
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).hasSize(li.demographicInferences() + li.targetingDemographics());
            assertThat(stated.get(InferenceKind.OTHER)).hasSize(li.inferences() - li.demographicInferences());
            assertThat(stated.get(InferenceKind.AD_INTEREST)).hasSize(li.targetingInterests());
            assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).hasSize(li.targetingLocations());
            assertThat(stated.get(InferenceKind.AUDIENCE_CATEGORY)).hasSize(li.targetingCategories());
            assertThat(stated.values().stream().mapToInt(LinkedInRedditDemoImportTest::occurrences).sum())
                    .isEqualTo(li.inferences() + li.targetingEntries());
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .contains("Inferred gender: FEMALE", "Gender: Female", "Age: 25 to 34");
            assertThat(stated.get(InferenceKind.AD_INTEREST)).extracting(StatedInferenceRow::value).contains("Parenting");
            assertThat(linkedIn.statedInferences()).isEqualTo(stated.values().stream().mapToLong(List::size).sum());
        }
    }

    @Test
    void redditHoldsExactlyWhatThePersonaWrote() throws IOException {
        RedditFacts rd = DemoPersona.standard().facts().of(RedditFacts.class);
        try (Database db = Database.open(dir.resolve("reddit.db"))) {
            ImportReport outcome = importOne(db, archive("export_"));

            assertThat(outcome.service()).isEqualTo(Service.REDDIT);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().layout()).isEqualTo("flat CSV files with checkfile.csv");
            assertThat(outcome.export().language()).isEqualTo(rd.language());
            assertThat(outcome.export().exportedAt()).isEqualTo(Instant.parse("2024-03-12T08:41:00Z"));
            assertThat(outcome.filesWith(FileStatus.NOT_RECOGNISED)).extracting(FileReport::path)
                    .containsExactlyInAnyOrder("checkfile.csv", "comment_headers.csv", "post_headers.csv",
                            "message_headers.csv");
            assertThat(outcome.filesWith(FileStatus.IMPORTED)).hasSize(rd.files() - 3);
            CompanySummary reddit = new CompanyQueries(db).company(Service.REDDIT);
            assertThat(categories(reddit)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.FOLLOWS, (long) rd.subscriptions(),
                    Category.POSTS, (long) rd.posts(),
                    Category.COMMENTS, (long) rd.comments(),
                    Category.LIKES, (long) rd.votes(),
                    Category.LIBRARY, (long) rd.savedPosts() + rd.savedComments(),
                    Category.ACTIVITY, (long) rd.hiddenPosts(),
                    Category.MESSAGES, (long) rd.messages(),
                    Category.LOGINS, (long) rd.ipLogEntries(),
                    Category.PROFILE, (long) rd.profileFacts(),
                    Category.AD_SETTINGS, (long) rd.adSettings()));

            Map<InferenceKind, List<StatedInferenceRow>> stated = stated(db, Service.REDDIT);
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.AD_PREFERENCE, InferenceKind.DEMOGRAPHIC);
            assertThat(stated.get(InferenceKind.AD_PREFERENCE)).hasSize(rd.sensitiveAdTopics());
            assertThat(stated.get(InferenceKind.AD_PREFERENCE).stream()
                    .filter(r -> "yes".equals(r.attributes().get("ads shown")))).hasSize(rd.sensitiveAdTopicsShown());
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .containsExactly("Gender: female");
        }
    }
}
