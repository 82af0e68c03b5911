package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.TwitterFacts;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
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
 * Jana's X archive imported through the installed importers and the real store: every count must match
 * what the persona says it wrote.
 */
class TwitterDemoImportTest {
    @TempDir
    static Path dir;
    static Path archive;
    static TwitterFacts x;

    @BeforeAll
    static void writeDemo() throws IOException {
        List<Path> written = DemoPersona.standard().writeTo(dir.resolve("demo"));
        archive = written.stream().filter(p -> p.getFileName().toString().startsWith("twitter-"))
                .findFirst().orElseThrow();
        x = DemoPersona.standard().facts().of(TwitterFacts.class);
    }

    @Test
    void xHoldsExactlyWhatThePersonaWrote() throws IOException {
        try (Database db = Database.open(dir.resolve("x.db"))) {
            ImportReport report = importArchive(db);
            Export export = report.export();
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(report.service()).isEqualTo(Service.X);
            assertThat(report.filesWithProblems()).isEmpty();
            assertThat(export.layout()).isEqualTo("2022+ (data/tweets.js)");
            assertThat(export.exportedAt()).isEqualTo(Instant.parse("2024-03-12T08:12:05.337Z"));

            CompanyQueries queries = new CompanyQueries(db);
            CompanySummary company = queries.company(Service.X);
            Map<Category, Long> categories = company.categories().stream()
                    .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
            assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                    // the manifest's account is one more profile item
                    Map.entry(Category.PROFILE, (long) x.profileFacts() + 1),
                    Map.entry(Category.POSTS, (long) x.posts() + x.deletedPosts()),
                    Map.entry(Category.LIKES, (long) x.likes()),
                    Map.entry(Category.FRIENDS, (long) x.followers() + x.blocked() + x.muted()),
                    Map.entry(Category.FOLLOWS, (long) x.following()),
                    Map.entry(Category.MESSAGES, (long) x.directMessages() + x.groupMessages()),
                    // account-creation-ip.js adds the address the account was made from
                    Map.entry(Category.LOGINS, (long) x.logins() + 1),
                    Map.entry(Category.DEVICES, (long) x.devices()),
                    Map.entry(Category.APPS, (long) x.connectedApps()),
                    Map.entry(Category.CONTACTS, (long) x.contacts()),
                    Map.entry(Category.SEARCHES, (long) x.savedSearches()),
                    Map.entry(Category.LIBRARY, (long) x.lists()),
                    Map.entry(Category.AD_SETTINGS, (long) x.interestsSwitchedOff() + x.languagesSwitchedOff()),
                    Map.entry(Category.AD_VIEWS, (long) x.adImpressions()),
                    Map.entry(Category.AD_INTERACTIONS, (long) x.adEngagements()),
                    Map.entry(Category.OFF_SITE_ACTIVITY, (long) x.conversions())));

            Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(company);
            assertThat(stated.keySet()).containsExactlyInAnyOrder(InferenceKind.AD_INTEREST, InferenceKind.DEMOGRAPHIC,
                    InferenceKind.ADVERTISER, InferenceKind.TOPIC, InferenceKind.INFERRED_LOCATION, InferenceKind.OTHER,
                    InferenceKind.TARGETING, InferenceKind.OFF_SITE_ACTIVITY);
            assertThat(stated.get(InferenceKind.AD_INTEREST)).hasSize(x.distinctInterests());
            assertThat(occurrences(stated.get(InferenceKind.AD_INTEREST))).isEqualTo(x.interestEntries());
            // the languages, the gender and the age range
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).hasSize(x.languages() + 2);
            assertThat(stated.get(InferenceKind.ADVERTISER)).hasSize(x.distinctAdvertisers());
            assertThat(occurrences(stated.get(InferenceKind.ADVERTISER))).isEqualTo(x.advertiserEntries());
            assertThat(stated.get(InferenceKind.TOPIC)).hasSize(x.shows());
            assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).hasSize(x.places());
            assertThat(stated.get(InferenceKind.OTHER)).singleElement()
                    .satisfies(r -> assertThat(r.attributes()).containsEntry("audiences", Integer.toString(x.audiences())));
            List<StatedInferenceRow> targeting = stated.get(InferenceKind.TARGETING);
            assertThat(targeting).hasSize(x.targetingCriteria());
            assertThat(occurrences(targeting)).isEqualTo(x.targetingShown() + x.targetingEngaged());
            assertThat(targeting.stream().mapToLong(r -> Long.parseLong(r.attributes().getOrDefault("ads_shown", "0")))
                    .sum()).as("every criterion of every ad shown").isGreaterThanOrEqualTo(x.adImpressions());
            assertThat(targeting).extracting(StatedInferenceRow::value)
                    .contains("Keywords: baby stroller", "Age: 25-34", "Locations: Leipzig");
            assertThat(stated.get(InferenceKind.OFF_SITE_ACTIVITY)).hasSize(x.conversionCompanies());
            assertThat(occurrences(stated.get(InferenceKind.OFF_SITE_ACTIVITY))).isEqualTo(x.conversionCompanyEntries());
            assertThat(export.inferences()).isEqualTo(x.interestEntries() + x.languages() + 2 + x.advertiserEntries()
                    + x.shows() + x.places() + 1 + x.targetingShown() + x.targetingEngaged()
                    + x.conversionCompanyEntries());
            assertThat(company.statedInferences()).isEqualTo(stated.values().stream().mapToLong(List::size).sum());
        }
    }

    @Test
    void theFilesFootprintLeavesAloneAreListedNotDropped() throws IOException {
        try (Database db = Database.open(dir.resolve("unread.db"))) {
            ImportReport report = importArchive(db);
            List<String> unread = report.filesWith(FileStatus.NOT_RECOGNISED).stream().map(FileReport::path).toList();
            assertThat(unread).filteredOn(p -> p.endsWith(".jpg")).hasSize(4);
            assertThat(unread).filteredOn(p -> !p.endsWith(".jpg")).containsExactlyInAnyOrder("Your archive.html",
                    "assets/js/main.1c9f2a7b.js", "data/README.txt", "data/tweet-headers.js",
                    "data/deleted-tweet-headers.js", "data/direct-message-headers.js",
                    "data/direct-message-group-headers.js", "data/account-suspension.js", "data/community-note.js",
                    "data/spaces-metadata.js");
            for (String part : List.of("data/tweets.js", "data/tweets-part1.js", "data/tweets-part2.js")) {
                assertThat(report.files()).filteredOn(f -> f.path().equals(part)).singleElement()
                        .satisfies(f -> assertThat(f.status()).isEqualTo(FileStatus.IMPORTED));
            }
        }
    }

    private static ImportReport importArchive(Database db) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).singleElement().satisfies(e -> assertThat(e.service()).isEqualTo(Service.X));
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    private static int occurrences(List<StatedInferenceRow> rows) {
        return rows.stream().mapToInt(StatedInferenceRow::occurrences).sum();
    }
}
