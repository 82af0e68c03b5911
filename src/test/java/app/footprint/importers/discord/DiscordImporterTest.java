package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real runner over synthetic Discord packages of both generations into a real database. No real package
 * is public; the shapes follow FORMATS.md section 14 and the public parsers it names.
 */
class DiscordImporterTest {
    @TempDir
    Path dir;

    private static final String GENDER = "{\"user_id\":\"7\",\"predicted_gender\":\"female\",\"probability\":0.9,"
            + "\"prob_male\":0.08,\"prob_female\":0.9,\"prob_non_binary_gender_expansive\":0.02,"
            + "\"model_version\":\"2023-03-08T00:00:00.000000Z\",\"day_pt\":\"2023-03-15 00:00:00 UTC\"}\n";
    private static final String AGE = "{\"user_id\":\"7\",\"predicted_age\":\"35+\",\"probability\":0.5,"
            + "\"prob_13_17\":0.1,\"prob_18_24\":0.1,\"prob_25_34\":0.3,\"prob_35_over\":0.5,"
            + "\"model_version\":\"2023-03-01T00:00:00.000000Z\",\"day_pt\":\"2023-03-08 00:00:00 UTC\"}\n";

    private static String event(String type, String time) {
        return "{\"event_type\":\"" + type + "\",\"event_id\":\"x\",\"city\":\"Leipzig\",\"country_code\":\"DE\","
                + "\"timestamp\":\"\\\"" + time + "\\\"\"}\n";
    }

    private static String user(String locale) {
        return "{\"id\": \"7\", \"username\": \"someone\", \"discriminator\": \"1234\", \"email\": \"someone@example.org\", "
                + "\"verified\": true, \"phone\": null, \"ip\": \"192.0.2.1\", \"settings\": {\"locale\": \"" + locale + "\"}, "
                + "\"connections\": [{\"type\": \"github\", \"id\": \"1\", \"name\": \"someone\", \"verified\": true}], "
                + "\"relationships\": [{\"id\": \"8\", \"type\": 1, \"user\": {\"id\": \"8\", \"username\": \"friend\", "
                + "\"discriminator\": \"0\"}}, {\"id\": \"9\", \"type\": 2, \"user\": {\"id\": \"9\", \"username\": \"troll\", "
                + "\"discriminator\": \"0\"}}], "
                + "\"payments\": [{\"id\": \"1\", \"created_at\": \"2021-01-01T10:00:00.000000+00:00\", \"currency\": \"usd\", "
                + "\"amount\": 999, \"status\": 1, \"description\": \"Nitro Monthly\"}], \"guild_settings\": []}";
    }

    /** Before 2024: lower-case folders, CSV messages, channel folders with and without their "c". */
    private Path packageBefore2024() throws Exception {
        return new ZipBuilder()
                .add("README.txt", "Welcome to your Discord Data Package!")
                .add("account/user.json", user("en-US"))
                .add("account/avatar.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .add("activity/analytics/events-2021-00000-of-00001.json",
                        event("app_opened", "2021-03-01T10:00:00.000Z") + event("send_message", "2021-03-01T10:01:00.000Z")
                                + GENDER + AGE)
                .add("activity/reporting/events-2021-00000-of-00001.json", event("app_opened", "2021-03-01T10:00:00.000Z"))
                .add("activity/tns/events-2021-00000-of-00001.json", "")
                .add("messages/index.json", "{\"845021187654321098\": \"Direct Message with friend#0001\", "
                        + "\"364055685807210506\": \"general\", \"845021187654321100\": null}")
                .add("messages/c845021187654321098/channel.json", "{\"id\": \"845021187654321098\", \"type\": 1}")
                .add("messages/c845021187654321098/messages.csv", """
                        ID,Timestamp,Contents,Attachments
                        845021187654321200,2021-05-01 10:00:00.123000+00:00,hello,
                        845021187654321201,2021-05-01 10:01:00+00:00,"two
                        lines",
                        """)
                .add("messages/364055685807210506/channel.json", "{\"type\": 0, \"id\": \"364055685807210506\"}")
                .add("messages/364055685807210506/messages.csv", "ID,Timestamp,Contents,Attachments\n"
                        + "364114385700126721,2017-10-01 18:20:34.469000+00:00,old message,\n")
                .add("servers/index.json", "{\"780000000000000001\": \"A Server\", \"780000000000000002\": \"Another\"}")
                .add("servers/780000000000000001/guild.json", "{\"id\": \"780000000000000001\", \"name\": \"A Server\"}")
                .add("servers/780000000000000001/audit-log.json", "[{\"id\": \"364114385700126721\", \"action_type\": 10}]")
                .add("programs/hypesquad/application.json", "{}")
                .writeTo(dir.resolve("package.zip"));
    }

    /** Since 2024, inside a wrapper folder: capitalised folders, JSON messages, Activities. */
    private Path package2024() throws Exception {
        String root = "discord-data/";
        return new ZipBuilder()
                .add(root + "README.txt", "Welcome to your Discord Data Package!")
                .add(root + "Account/user.json", user("pt-BR"))
                .add(root + "Activity/analytics/events-2024-00000-of-00002.json",
                        event("app_opened", "2024-01-01T10:00:00.000Z") + GENDER)
                .add(root + "Activity/analytics/events-2024-00001-of-00002.json",
                        event("join_voice_channel", "2024-01-02T20:00:00.000Z") + "not json\n")
                .add(root + "Activities/preferences.json", "{}")
                .add(root + "Messages/index.json", "{\"1131861875613503000\": \"general in A Server\"}")
                .add(root + "Messages/c1131861875613503000/channel.json", "{\"id\": \"1131861875613503000\", \"type\": 0, "
                        + "\"name\": \"general\", \"guild\": {\"id\": \"780000000000000001\", \"name\": \"A Server\"}}")
                .add(root + "Messages/c1131861875613503000/messages.json", """
                        [
                        {"ID": 1131861875613503489, "Timestamp": "2023-07-21 08:15:00", "Contents": "Olá 👋", "Attachments": ""},
                        {"ID": 1131861875613503488, "Timestamp": "2023-07-21 08:14:00", "Contents": "", "Attachments": "https://cdn.discordapp.com/attachments/1/2/a.png"}
                        ]""")
                .add(root + "Servers/index.json", "{\"780000000000000001\": \"A Server\"}")
                .add(root + "Programs/partner/application.json", "{}")
                .writeTo(dir.resolve("package (2).zip"));
    }

    private static ImportReport importOne(Database db, Path archive) throws Exception {
        // Every installed importer bids: a "messages/" folder must not make another service claim the package.
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(List.of(archive))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).singleElement().satisfies(e -> assertThat(e.service()).isEqualTo(Service.DISCORD));
            return runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
        }
    }

    @Test
    void aPackageBefore2024ImportsEveryKindOfDataWithExactCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, packageBefore2024());

            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            Export export = report.export();
            assertThat(export.kind()).isEqualTo("data package");
            assertThat(export.layout()).isEqualTo("before 2024");
            assertThat(export.language()).isEqualTo("en-US");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    // id, user name, tag, e-mail, verified, language
                    Category.PROFILE, 6L,
                    Category.LOGINS, 1L,
                    Category.APPS, 1L,
                    Category.FRIENDS, 2L,
                    Category.PAYMENTS, 1L,
                    // three conversations, three messages
                    Category.MESSAGES, 6L,
                    Category.FOLLOWS, 2L,
                    // three events in analytics and reporting, one audit-log entry
                    Category.ACTIVITY, 4L));
            assertThat(export.inferences()).isEqualTo(2);
            assertThat(export.problems()).isZero();

            assertThat(statusOf(report, "README.txt")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "account/avatar.png")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "messages/c845021187654321098/channel.json")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "servers/780000000000000001/guild.json")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "programs/hypesquad/application.json")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(report(report, "activity/tns/events-2021-00000-of-00001.json").status()).isEqualTo(FileStatus.IMPORTED);
            assertThat(report(report, "messages/364055685807210506/messages.csv").records()).isEqualTo(1);
            assertThat(report(report, "activity/analytics/events-2021-00000-of-00001.json").records()).isEqualTo(4);

            CompanyQueries companies = new CompanyQueries(db);
            CompanySummary discord = companies.company(Service.DISCORD);
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(discord);
            assertThat(stated.keySet()).containsExactly(InferenceKind.DEMOGRAPHIC);
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .containsExactlyInAnyOrder("Predicted gender: female", "Predicted age: 35+");
            assertThat(discord.lastItem()).isEqualTo(Instant.parse("2021-05-01T10:01:00Z"));
        }
    }

    @Test
    void aPackageOf2024InAWrapperFolderImportsWithExactCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, package2024());

            Export export = report.export();
            assertThat(export.layout()).isEqualTo("2024+");
            assertThat(export.language()).isEqualTo("pt-BR");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, 6L,
                    Category.LOGINS, 1L,
                    Category.APPS, 1L,
                    Category.FRIENDS, 2L,
                    Category.PAYMENTS, 1L,
                    Category.MESSAGES, 3L,
                    Category.FOLLOWS, 1L,
                    Category.ACTIVITY, 2L));
            assertThat(export.inferences()).isEqualTo(1);
            // The line that is not JSON is reported; its file keeps the event before it.
            FileReport second = report(report, "discord-data/Activity/analytics/events-2024-00001-of-00002.json");
            assertThat(second.status()).isEqualTo(FileStatus.PARTIAL);
            assertThat(second.records()).isEqualTo(1);
            assertThat(export.problems()).isEqualTo(1);
            assertThat(statusOf(report, "discord-data/Activities/preferences.json")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(statusOf(report, "discord-data/Programs/partner/application.json"))
                    .isEqualTo(FileStatus.NOT_RECOGNISED);
        }
    }

    @Test
    void aPartialPackageOfActivityAloneAndABrokenMessagesFile() throws Exception {
        Path partial = new ZipBuilder()
                .add("README.txt", "Welcome")
                .add("Activity/analytics/events-2024-00000-of-00001.json", event("app_opened", "2024-01-01T10:00:00.000Z") + AGE)
                .add("Messages/c1131861875613503000/messages.json", "[{\"ID\": 1131861875613503489, \"Contents\": \"ok\"}, {")
                .writeTo(dir.resolve("package.zip"));
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ImportReport report = importOne(db, partial);

            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(report.export().language()).as("no account file, no language").isNull();
            assertThat(countsByCategory(db, report.export())).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.ACTIVITY, 1L, Category.MESSAGES, 1L));
            assertThat(report.export().inferences()).isEqualTo(1);
            FileReport broken = report(report, "Messages/c1131861875613503000/messages.json");
            assertThat(broken.status()).isEqualTo(FileStatus.FAILED);
            assertThat(broken.records()).as("the message before the damage is kept").isEqualTo(1);
        }
    }

    @Test
    void threeLanguagesOfTheAppAreTheExportsLanguage() throws Exception {
        for (String locale : List.of("de", "en-GB", "es-ES")) {
            Path archive = new ZipBuilder().add("account/user.json", user(locale))
                    .writeTo(dir.resolve("package-" + locale + ".zip"));
            try (Database db = Database.open(dir.resolve(locale + ".db"))) {
                ImportReport report = importOne(db, archive);
                assertThat(report.export().language()).isEqualTo(locale);
                assertThat(report.export().items()).isEqualTo(6 + 1 + 1 + 2 + 1);
            }
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof DiscordImporter);
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

    private static FileStatus statusOf(ImportReport report, String path) {
        return report(report, path).status();
    }

    private static FileReport report(ImportReport report, String path) {
        return report.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }
}
