package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.demo.DiscordFacts;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Discord package, imported through the installed importers into a real database: every count as written. */
class DiscordDemoImportTest {
    @TempDir
    static Path dir;
    static Path archive;
    static DiscordFacts facts;

    @BeforeAll
    static void writeDemo() throws IOException {
        List<Path> written = DemoPersona.standard().writeTo(dir.resolve("demo"));
        archive = written.stream().filter(p -> p.getFileName().toString().equals("package.zip")).findFirst().orElseThrow();
        facts = DemoPersona.standard().facts().of(DiscordFacts.class);
    }

    @Test
    void discordHoldsExactlyWhatThePersonaWrote() throws Exception {
        try (Database db = Database.open(dir.resolve("discord.db"))) {
            ImportRunner runner = ImportRunner.withInstalledImporters();
            ImportReport report;
            try (ImportPlan plan = runner.plan(List.of(archive))) {
                assertThat(plan.unrecognised()).isEmpty();
                assertThat(plan.exports()).singleElement().satisfies(e -> {
                    assertThat(e.service()).isEqualTo(Service.DISCORD);
                    assertThat(e.recognition().confidence()).isEqualTo(1.0);
                });
                report = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            }
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(report.filesWithProblems()).isEmpty();
            assertThat(report.export().kind()).isEqualTo("data package");
            assertThat(report.export().layout()).isEqualTo("2024+");
            assertThat(report.export().language()).isEqualTo("de");
            assertThat(report.export().exportedAt()).as("from the entries' time, as Discord states none")
                    .isEqualTo(Instant.parse("2024-03-12T09:41:22Z"));

            CompanyQueries queries = new CompanyQueries(db);
            CompanySummary discord = queries.company(Service.DISCORD);
            Map<Category, Long> categories = discord.categories().stream()
                    .collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
            assertThat(categories).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.PROFILE, (long) facts.profileFacts(),
                    Category.LOGINS, (long) facts.lastIpAddresses(),
                    Category.FRIENDS, (long) facts.relationships() + facts.notes(),
                    Category.APPS, (long) facts.connections(),
                    Category.PAYMENTS, (long) facts.payments(),
                    Category.FOLLOWS, (long) facts.servers(),
                    // every conversation of the index, then every message
                    Category.MESSAGES, (long) facts.channels() + facts.messages(),
                    Category.ACTIVITY, (long) facts.events() + facts.auditLogEntries()));
            assertThat(discord.items()).isEqualTo(3903);

            Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(discord);
            assertThat(stated.keySet()).containsExactly(InferenceKind.DEMOGRAPHIC);
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC)).extracting(StatedInferenceRow::value)
                    .containsExactlyInAnyOrder("Predicted gender: female", "Predicted age: 25-34");
            assertThat(stated.get(InferenceKind.DEMOGRAPHIC).stream().mapToInt(StatedInferenceRow::occurrences).sum())
                    .isEqualTo(facts.genderPredictions() + facts.agePredictions());
            assertThat(report.export().inferences()).isEqualTo(6);

            // Channel descriptions, the server files without an audit log, the README and the avatar are listed.
            List<FileReport> unread = report.filesWith(FileStatus.NOT_RECOGNISED);
            assertThat(unread).hasSize(facts.channelFolders() + facts.servers() + 2);
            assertThat(unread).extracting(FileReport::path).contains("README.txt", "Account/avatar.png");

            assertThat(count(db, "SELECT COUNT(*) FROM item WHERE category = 'ACTIVITY' AND title = 'Send message'"))
                    .isEqualTo(facts.sentMessageEvents());
            assertThat(count(db, "SELECT COUNT(*) FROM item WHERE category = 'MESSAGES' AND attributes LIKE '%\"record\":\"conversation\"%'"))
                    .isEqualTo(facts.channels());
            // What a later analysis can find: talk of prams and midwives only once she was expecting.
            long july = Instant.parse("2023-07-19T22:00:00Z").toEpochMilli();
            assertThat(count(db, "SELECT COUNT(*) FROM item WHERE category = 'MESSAGES' AND title LIKE '%Kinderwagen%'"))
                    .isPositive()
                    .isEqualTo(count(db, "SELECT COUNT(*) FROM item WHERE category = 'MESSAGES' AND title LIKE '%Kinderwagen%' AND at > " + july));
        }
    }

    private static long count(Database db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
