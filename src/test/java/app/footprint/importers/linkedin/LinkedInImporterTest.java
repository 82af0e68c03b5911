package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
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

/** The real runner over synthetic LinkedIn archives of each generation into a real database. */
class LinkedInImporterTest {
    private static final String PREAMBLE = "Notes:\n\"When exporting your connection data, you may notice that some of "
            + "the email addresses are missing.\"\n\n";
    private static final String TARGETING_HEADER = "Member Age,Company Names,Company Names,Member Gender,Member Interests,"
            + "Interface Locales,interfaceLocale,Profile Locations,Member Skills\n";

    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(List.of(new LinkedInImporter()), ArchiveLimits.defaults());

    private List<ImportReport> importAll(Database db, Path... zips) throws Exception {
        try (ImportPlan plan = runner.plan(List.of(zips))) {
            assertThat(plan.unrecognised()).isEmpty();
            return plan.exports().stream().map(e -> runner.run(e, db, ImportProgress.NONE, () -> false)).toList();
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

    private static Map<InferenceKind, Integer> stated(Database db) {
        CompanyQueries companies = new CompanyQueries(db);
        Map<InferenceKind, List<StatedInferenceRow>> rows = companies.statedInferences(companies.company(Service.LINKEDIN));
        return rows.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size()));
    }

    private static FileReport report(ImportReport outcome, String path) {
        return outcome.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }

    /** A Basic archive of 2020: no preamble, no URLs, nine message columns. */
    private Path basic2020() throws Exception {
        return new ZipBuilder().at(Instant.parse("2020-11-02T10:00:00Z"))
                .add("Profile.csv", "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,"
                        + "Geo Location,Twitter Handles,Websites,Instant Messengers\nJana,Köhler,,,,Nurse,,Hospitals,,,,,\n")
                .add("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                        + "Klinikum,Nurse,,Leipzig,Oct 2012,\n")
                .add("Education.csv", "School Name,Start Date,End Date,Notes,Degree Name,Activities\nSchule,2009,2012,,,\n")
                .add("Skills.csv", "Name\nIntensivpflege\nWundmanagement\n")
                .add("Connections.csv", "First Name,Last Name,Email Address,Company,Position,Connected On\n"
                        + "Max,Müller,,ACME,Nurse,12 Mar 2019\nAnna,Schmidt,,Klinikum,Doctor,01 Feb 2020\n")
                .add("Invitations.csv", "From,To,Sent At,Message,Direction\nAda L,Jana Köhler,\"10/30/20, 9:15 AM\",,INCOMING\n")
                .add("messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,DATE,SUBJECT,CONTENT,FOLDER\n"
                        + "c1,,Max Müller,https://x/max,Jana Köhler,2020-10-01 12:00:00 UTC,,Hallo!,INBOX\n"
                        + "c1,,Jana Köhler,https://x/jana,Max Müller,2020-10-01 12:05:00 UTC,,Hi Max,INBOX\n")
                .add("Email Addresses.csv", "Email Address,Confirmed,Primary,Updated On\njana@example.org,Yes,Yes,\n")
                .add("Registration.csv", "Registered At,Registration Ip,Subscription Types\n\"9/14/12, 8:17 PM\",198.51.100.23,Basic\n")
                .writeTo(dir.resolve("Basic_LinkedInDataExport_11-02-2020.zip"));
    }

    /** A Complete archive of 2024: preamble and URLs, inferences, targeting, searches, ads, a placeholder file. */
    private ZipBuilder complete2024(String locale, String language, String description) {
        return new ZipBuilder().at(Instant.parse("2024-03-13T09:00:00Z"))
                .add("Profile.csv", "First Name,Last Name,Headline\nJana,Köhler,Krankenpflegerin\n")
                .add("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                        + "Klinikum,Nurse,,Leipzig,Oct 2012,\nKlinikum Chemnitz,Trainee,,Chemnitz,Sep 2009,Aug 2012\n")
                .add("Connections.csv", PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                        + "Max,Müller,https://x/max,,ACME,Nurse,12 Mar 2019\nAnna,Schmidt,https://x/anna,,Klinikum,Doctor,01 Feb 2020\n"
                        + ",,,,,,07 Jun 2023\nLéa,Dubois,https://x/lea,,Université Paris Cité,Chercheuse,03 Jan 2024")
                .add("Invitations.csv", "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                        + "Ada L,Jana Köhler,\"1/30/24, 9:15 AM\",,INCOMING,https://x/ada,https://x/jana\n"
                        + "Jana Köhler,Bob K,\"2/1/24, 6:00 PM\",,OUTGOING,https://x/jana,https://x/bob\n")
                .add("messages.csv", "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,"
                        + "DATE,SUBJECT,CONTENT,FOLDER\n"
                        + "c1,,Max Müller,https://x/max,Jana Köhler,https://x/jana,2020-10-01 12:00:00 UTC,,Hallo!,INBOX\n"
                        + "c1,,Jana Köhler,https://x/jana,Max Müller,https://x/max,2020-10-01 12:05:00 UTC,,Hi Max,INBOX\n"
                        + "c2,,Recruiter,https://x/r,Jana Köhler,https://x/jana,2024-01-05 08:00:00 UTC,Job,\"Hallo,\nneue Stelle?\",INBOX\n")
                .add("SearchQueries.csv", "Time,Search Query\n2024/02/01 15:02:55 UTC,Intensivpflege\n"
                        + "2024/02/02 15:02:55 UTC,Elternzeit Pflege\n2024/02/03 15:02:55 UTC,Teilzeit\n")
                .add("Ads Clicked.csv", "Ad clicked Date,Ad Title/Id\n2023-10-11,Elterngeld planen\n")
                .add("Inferences_about_you.csv", "Category,Type of inference,Description,Inference\n"
                        + "Career inferences,People leader," + description + ",No\n"
                        + "Inferred personal characteristics,Inferred gender," + description + ",FEMALE")
                .add("Ad_Targeting.csv", TARGETING_HEADER + "25 to 34,Klinikum,,Female,Healthcare; Running; Parenting,"
                        + language + "," + locale + ",\"Leipzig; Saxony; Leipzig\",Intensivpflege; Klinikum\n")
                .add("LearningCoachMessages.csv", "No conversations found")
                .add("Jobs/Job Seeker Preferences.csv", "Locations\nLeipzig\n");
    }

    @Test
    void aBasicArchiveFrom2020() throws Exception {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            ImportReport outcome = importAll(db, basic2020()).get(0);

            Export export = outcome.export();
            assertThat(export.kind()).isEqualTo("basic archive");
            assertThat(export.layout()).isEqualTo("plain file names");
            assertThat(export.language()).isNull();
            assertThat(export.exportedAt()).isEqualTo(Instant.parse("2020-11-02T10:00:00Z"));
            assertThat(counts(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 4L + 1 + 1 + 2 + 1 + 1,
                    Category.FRIENDS, 3L,
                    Category.MESSAGES, 2L));
            assertThat(export.items()).isEqualTo(15);
            assertThat(export.inferences()).isZero();
            assertThat(outcome.filesWithProblems()).isEmpty();
        }
    }

    @Test
    void aCompleteArchiveFrom2024WithItsInferences() throws Exception {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            Path zip = complete2024("de_DE", "German", "\"Basierend auf Ihrem Profil, Ihrer Branche und anderen Faktoren.\"")
                    .writeTo(dir.resolve("Complete_LinkedInDataExport_03-13-2024.zip"));
            ImportReport outcome = importAll(db, zip).get(0);

            Export export = outcome.export();
            assertThat(export.kind()).isEqualTo("complete archive");
            assertThat(export.layout()).isEqualTo("plain file names");
            assertThat(export.language()).isEqualTo("de");
            assertThat(counts(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 3L + 2,
                    Category.FRIENDS, 4L + 2,
                    Category.MESSAGES, 3L,
                    Category.SEARCHES, 3L,
                    Category.AD_INTERACTIONS, 1L));
            // 2 inferences; targeting 1 + 1 + 1 + 3 + 1 + 1 + 3 + 2 values
            assertThat(export.inferences()).isEqualTo(2 + 13);
            assertThat(stated(db)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    InferenceKind.OTHER, 1,
                    InferenceKind.DEMOGRAPHIC, 1 + 4,
                    InferenceKind.AD_INTEREST, 3,
                    InferenceKind.INFERRED_LOCATION, 2,
                    InferenceKind.AUDIENCE_CATEGORY, 2));
            assertThat(report(outcome, "LearningCoachMessages.csv").status()).isEqualTo(FileStatus.IMPORTED);
            assertThat(report(outcome, "Jobs/Job Seeker Preferences.csv").status()).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(outcome.filesWithProblems()).isEmpty();
        }
    }

    @Test
    void the2026ArchiveWithNumberedFilesAndFullyQuotedMessages() throws Exception {
        Path zip = new ZipBuilder().at(Instant.parse("2026-01-15T09:00:00Z"))
                .add("Connections.csv", PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                        + "Max,Müller,https://x/max,,ACME,Nurse,08 Jan 2026")
                .add("messages.csv", "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\","
                        + "\"RECIPIENT PROFILE URLS\",\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\"\n"
                        + "\"c1\",\"\",\"Max Müller\",\"https://x/max\",\"Jana K\",\"https://x/jana\",\"2026-01-02 10:00:00 UTC\","
                        + "\"\",\"Frohes\nneues Jahr!\",\"INBOX\",\"\"\n")
                .add("Comments_734529.csv", "Date,Link,Message\n2026-01-03 08:00:00,https://x/post,Gratuliere!\n")
                .add("Reactions_734529.csv", "Date,Type,Link\n2026-01-04 08:00:00,LIKE,https://x/post\n"
                        + "2026-01-05 08:00:00,PRAISE,https://x/post2\n")
                .add("Inferences_about_you.csv", "Category,Type of inference,Description,Inference\n"
                        + "Job search inferences,Interested in a new job,Based on searches.,false\n")
                .writeTo(dir.resolve("Complete_LinkedInDataExport_01-15-2026.zip"));
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            ImportReport outcome = importAll(db, zip).get(0);

            assertThat(outcome.export().kind()).isEqualTo("complete archive");
            assertThat(outcome.export().layout()).isEqualTo("numbered file names");
            assertThat(counts(db, outcome.export())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.FRIENDS, 1L, Category.MESSAGES, 1L, Category.COMMENTS, 1L, Category.LIKES, 2L));
            assertThat(stated(db)).containsExactlyInAnyOrderEntriesOf(Map.of(InferenceKind.OTHER, 1));
            assertThat(outcome.filesWithProblems()).isEmpty();
        }
    }

    @Test
    void theInterfaceLocaleTellsTheLanguageAndLocalisedValuesArriveIntact() throws Exception {
        Map<String, String> descriptions = Map.of(
                "de_DE", "\"Basierend auf Ihrer Erfahrung, Ihrer Branche und anderen Faktoren.\"",
                "fr_FR", "\"Selon votre expérience, votre secteur et d’autres facteurs.\"",
                "it_IT", "\"In base alla tua esperienza, al settore e ad altri fattori.\"");
        Map<String, String> languages = Map.of("de_DE", "Deutsch", "fr_FR", "Français", "it_IT", "Italiano");
        for (String locale : List.of("de_DE", "fr_FR", "it_IT")) {
            try (Database db = Database.open(dir.resolve(locale + ".db"))) {
                Path zip = complete2024(locale, languages.get(locale), descriptions.get(locale))
                        .writeTo(dir.resolve(locale + ".zip"));
                ImportReport outcome = importAll(db, zip).get(0);

                assertThat(outcome.export().language()).as(locale).isEqualTo(locale.substring(0, 2));
                CompanyQueries companies = new CompanyQueries(db);
                List<StatedInferenceRow> demographic = companies.statedInferences(companies.company(Service.LINKEDIN))
                        .get(InferenceKind.DEMOGRAPHIC);
                assertThat(demographic).extracting(StatedInferenceRow::value).as(locale)
                        .contains("Interface language: " + languages.get(locale), "Interface locale: " + locale);
                assertThat(demographic.get(0).attributes().get("LinkedIn's explanation")).as(locale)
                        .isEqualTo(descriptions.get(locale).replace("\"", ""));
                assertThat(outcome.filesWithProblems()).as(locale).isEmpty();
            }
        }
    }

    @Test
    void basicAndCompleteOfOneRequestAreTwoKindsAndTheCompleteCopyOfEachFileCounts() throws Exception {
        Path basic = new ZipBuilder().at(Instant.parse("2024-03-12T09:00:00Z"))
                .add("Connections.csv", PREAMBLE + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                        + "Max,Müller,https://x/max,,ACME,Nurse,12 Mar 2019\n")
                .add("Profile.csv", "First Name,Last Name,Headline\nJana,Köhler,Krankenpflegerin\n")
                .add("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n"
                        + "Klinikum,Nurse,,Leipzig,Oct 2012,\n")
                .writeTo(dir.resolve("Basic_LinkedInDataExport_03-12-2024.zip"));
        Path complete = complete2024("de_DE", "German", "Basis.").writeTo(dir.resolve("Complete_LinkedInDataExport_03-12-2024.zip"));
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            // The complete one first: which arrives first must not matter.
            List<ImportReport> outcomes = importAll(db, complete, basic);

            assertThat(outcomes).extracting(o -> o.export().kind()).containsExactly("complete archive", "basic archive");
            CompanySummary linkedIn = new CompanyQueries(db).company(Service.LINKEDIN);
            assertThat(linkedIn.currentExports()).hasSize(2);
            assertThat(linkedIn.snapshots()).as("one request, one snapshot of each archive").isEqualTo(1);
            Map<Category, Long> byCategory = linkedIn.categories().stream()
                    .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
            assertThat(byCategory).containsEntry(Category.FRIENDS, 6L).containsEntry(Category.PROFILE, 5L)
                    .containsEntry(Category.MESSAGES, 3L);
            assertThat(linkedIn.items()).isEqualTo(6 + 5 + 3 + 3 + 1);
            assertThat(new ItemQueries(db).count(linkedIn.currentExports(), Category.FRIENDS)).isEqualTo(6);
            assertThat(linkedIn.statedInferences()).isEqualTo(2 + 11);
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof LinkedInImporter);
    }
}
