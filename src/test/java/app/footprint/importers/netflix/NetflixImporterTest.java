package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ItemQueries;
import app.footprint.testing.ZipBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real runner over synthetic Netflix exports into a real database, in three languages. */
class NetflixImporterTest {
    @TempDir
    Path dir;

    private final ImportRunner runner = new ImportRunner(List.of(new NetflixImporter()), ArchiveLimits.defaults());

    /** A report in the account's language: the locale, the word for "season" and the episode marker. */
    private static ZipBuilder report(String locale, String season, String episode) {
        String show = "Serie";
        return new ZipBuilder()
                .add("ACCOUNT/AccountDetails.csv", """
                        "First Name","Last Name","Email Address","Primary Lang","Customer Creation Timestamp"
                        "Ana","","ana@example.org","%s","2019-01-05T10:00:00Z"
                        """.formatted(locale))
                .add("CONTENT_INTERACTION/ViewingActivity.csv", """
                        Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country
                        Ana,2024-01-02 21:00:00,00:40:00,,%1$s: %2$s 1: Uno (%3$s 1),,TV,00:40:00,00:40:00,XX
                        Ana,2024-01-02 21:41:00,00:41:00,"Autoplayed: user action: Unspecified; ",%1$s: %2$s 1: Due (%3$s 2),,TV,00:41:00,00:41:00,XX
                        Ana,2024-01-02 20:58:00,00:00:30,"Autoplayed: user action: None; ",%1$s_hook_primary_16x9,HOOK,TV,00:00:30,00:00:30,XX
                        Ana,2024-01-01 20:00:00,00:02:00,,Trailer: Film,TRAILER,TV,00:02:00,00:02:00,XX
                        Ana,2024-01-01 20:03:00,01:35:00,,Film,,TV,01:35:00,01:35:00,XX
                        """.formatted(show, season, episode))
                .add("CONTENT_INTERACTION/IndicatedPreferences.csv", """
                        Profile Name,Show,Has Watched,Is Interested,Event Date
                        Ana,Serie,,,2019-01-05
                        Ana,Film,true,,2019-01-05
                        """)
                .add("CONTENT_INTERACTION/Ratings.csv", """
                        Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,Device Model,Event Utc Ts,Region View Date
                        Ana,Serie,thumb,,2,TV,2024-01-02 22:30:00,2024-01-02
                        """)
                .add("CONTENT_INTERACTION/SearchHistory.csv", """
                        Profile Name,Country Iso Code,Device,Is Kids,Query Typed,Displayed Name,Action,Section,Utc Timestamp
                        Ana,XX,TV,0,seri,Serie,play,search_results,2024-01-02 20:55:00
                        Ana,XX,TV,0,,Film,play,search_results,2024-01-01 19:59:00
                        """)
                .add("CONTENT_INTERACTION/MyList.csv", """
                        Profile Name,Title Name,Country,Utc Title Add Date
                        Ana,Serie,XX,2023-12-30
                        """)
                .add("CONTENT_INTERACTION/Ratings.txt", "There is no data for this category.")
                .add("DEVICES/Devices.csv", """
                        Profile Name,Esn,Device Type,Acct First Playback Date,Acct Last Playback Date
                        Ana,NFCDSA-02-X,TV,2019-01-05 20:00:00,2024-01-02 21:41:00
                        """)
                .add("IP_ADDRESSES/IpAddressesLogin.csv", """
                        Esn,Country,Localized Device Description,Device Description,Ip,Region Code Display Name,Ts
                        NFCDSA-02-X,XX,TV,TV,192.0.2.1,Region,2019-01-05 19:59:00
                        NFCDSA-02-X,XX,TV,TV,192.0.2.2,Region,2023-01-05 19:59:00
                        """)
                .add("IP_ADDRESSES/IpAddressesStreaming.csv", """
                        Esn,Country,Localized Device Description,Device Description,Ip,Region Code Display Name,Ts
                        NFCDSA-02-X,XX,TV,TV,192.0.2.2,Region,2024-01-02T21:00:00Z
                        """)
                .add("PAYMENT_AND_BILLING/BillingHistory.csv", """
                        Transaction Date,Description,Item Price Amt,Currency,Gross Sale Amt
                        2024-01-01,Standard,11.76,EUR,13.99
                        2023-12-01,Standard,11.76,EUR,13.99
                        """)
                .add("PROFILES/Profiles.csv", """
                        "Profile Name","Email Address","Profile Creation Time","Primary Lang"
                        "Ana","ana@example.org","2019-01-05T10:00:00Z","%s"
                        "Kids","","2019-01-05T10:00:00Z","%s"
                        """.formatted(locale, locale))
                .add("PROFILES/AvatarHistory.csv", "Profile Name,Avatar\nAna,1\n")
                .add("GAMES/GamePlaySession.txt", "There is no data for this category.")
                .add("Cover sheet.pdf", "%PDF-1.4");
    }

    private Export importOnly(Path file, Database db) throws Exception {
        try (ImportPlan plan = runner.plan(List.of(file))) {
            assertThat(plan.unrecognised()).isEmpty();
            assertThat(plan.exports()).hasSize(1);
            ImportReport report = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            assertThat(report.result()).isEqualTo(ImportReport.Result.IMPORTED);
            lastReport = report;
            return report.export();
        }
    }

    private ImportReport lastReport;

    @Test
    void aGermanReportImportsEveryKindOfFileWithExactCounts() throws Exception {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            Export export = importOnly(report("de-DE", "Staffel", "Folge").writeTo(dir.resolve("netflix-report.zip")), db);

            assertThat(export.kind()).isEqualTo("account data");
            assertThat(export.layout()).isEqualTo("netflix-report folders");
            assertThat(export.language()).isEqualTo("de");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.WATCHING, 3L,      // two episodes and a film; the hook and the trailer are not viewing
                    Category.ACTIVITY, 2L,      // ... they are what Netflix played at her
                    Category.PROFILE, 6L,       // four account fields and two profiles
                    Category.LIKES, 1L,
                    Category.SEARCHES, 2L,
                    Category.LIBRARY, 1L,
                    Category.DEVICES, 1L,
                    Category.LOGINS, 3L,
                    Category.PAYMENTS, 2L));
            assertThat(export.items()).isEqualTo(21);
            assertThat(export.inferences()).isEqualTo(3);
            assertThat(export.problems()).isZero();

            Map<InferenceKind, List<StatedInferenceRow>> stated =
                    new CompanyQueries(db).statedInferences(new CompanyQueries(db).company(Service.NETFLIX));
            assertThat(stated.keySet()).containsExactly(InferenceKind.TASTE);
            assertThat(stated.get(InferenceKind.TASTE)).extracting(StatedInferenceRow::value, StatedInferenceRow::occurrences)
                    .containsExactlyInAnyOrder(org.assertj.core.api.Assertions.tuple("Serie", 2),
                            org.assertj.core.api.Assertions.tuple("Film", 1));

            List<ItemRow> watched = new ItemQueries(db).page(List.of(export), Category.WATCHING, 0, 10);
            assertThat(watched).extracting(ItemRow::title)
                    .containsExactly("Serie: Staffel 1: Due (Folge 2)", "Serie: Staffel 1: Uno (Folge 1)", "Film");
            assertThat(watched.get(0).attributes()).containsEntry("show", "Serie").containsEntry("season", "Staffel 1")
                    .containsEntry("episode_number", "2").containsEntry("autoplayed", "yes");
            assertThat(watched.get(0).at()).isEqualTo(Instant.parse("2024-01-02T21:41:00Z"));
            assertThat(watched.get(0).zoneAssumed()).isFalse();
            assertThat(new ItemQueries(db).page(List.of(export), Category.ACTIVITY, 0, 10)).extracting(ItemRow::title)
                    .containsExactly("Preview: Serie_hook_primary_16x9", "Preview: Trailer: Film");

            assertThat(status("CONTENT_INTERACTION/Ratings.txt")).isEqualTo(FileStatus.IMPORTED);
            assertThat(status("GAMES/GamePlaySession.txt")).isEqualTo(FileStatus.IMPORTED);
            assertThat(status("Cover sheet.pdf")).isEqualTo(FileStatus.NOT_RECOGNISED);
            assertThat(status("PROFILES/AvatarHistory.csv")).isEqualTo(FileStatus.NOT_RECOGNISED);
        }
    }

    @Test
    void anItalianAndASpanishReportTellTheirLanguageAndTheirShows() throws Exception {
        for (String[] language : List.of(new String[] {"it-IT", "Stagione", "Episodio", "it"},
                new String[] {"es-ES", "Temporada", "Episodio", "es"})) {
            try (Database db = Database.open(dir.resolve(language[3] + ".db"))) {
                Export export = importOnly(report(language[0], language[1], language[2])
                        .writeTo(dir.resolve("netflix-" + language[3] + ".zip")), db);

                assertThat(export.language()).isEqualTo(language[3]);
                assertThat(new ItemQueries(db).count(List.of(export), Category.WATCHING)).isEqualTo(3);
                List<ItemRow> watched = new ItemQueries(db).page(List.of(export), Category.WATCHING, 0, 10);
                assertThat(watched.get(1).title()).isEqualTo("Serie: " + language[1] + " 1: Uno (" + language[2] + " 1)");
                assertThat(watched.get(1).attributes()).containsEntry("show", "Serie")
                        .containsEntry("season", language[1] + " 1").containsEntry("episode", "Uno")
                        .containsEntry("episode_number", "1");
            }
        }
    }

    @Test
    void aBrokenTableIsReportedAndTheRestImports() throws Exception {
        Path zip = new ZipBuilder()
                .add("CONTENT_INTERACTION/ViewingActivity.csv", """
                        Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,Device Type,Bookmark,Latest Bookmark,Country
                        Ana,2024-01-02 21:00:00,00:40:00,,Film,,TV,00:40:00,00:40:00,XX
                        Ana,2024-01-03 21:00:00,00:40:00,,"Unterminated,,TV,00:40:00,00:40:00,XX
                        """)
                .add("CONTENT_INTERACTION/MyList.csv", "Profile Name,Title Name,Country,Utc Title Add Date\nAna,Film,XX,not a day\n")
                .add("IP_ADDRESSES/IpAddressesLogin.csv", "Ip,Ts\n192.0.2.1,2019-01-05 19:59:00\n")
                .writeTo(dir.resolve("broken.zip"));
        try (Database db = Database.open(dir.resolve("broken.db"))) {
            Export export = importOnly(zip, db);

            assertThat(status("CONTENT_INTERACTION/ViewingActivity.csv")).isEqualTo(FileStatus.FAILED);
            assertThat(report("CONTENT_INTERACTION/ViewingActivity.csv").records()).isEqualTo(1);
            assertThat(status("CONTENT_INTERACTION/MyList.csv")).isEqualTo(FileStatus.PARTIAL);
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    Category.WATCHING, 1L, Category.LIBRARY, 1L, Category.LOGINS, 1L));
            assertThat(export.problems()).isEqualTo(2);
        }
    }

    @Test
    void theViewingHistoryDownloadIsImportedAsALoneFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("NetflixViewingHistory.csv"), """
                Title,Date
                "Nachtschicht: Staffel 1: Code Blau (Folge 3)","04.03.24"
                "Nachtschicht: Staffel 1: Triage (Folge 2)","03.03.24"
                "Zeitlupe","27.02.24"
                """, StandardCharsets.UTF_8);
        try (Database db = Database.open(dir.resolve("download.db"))) {
            Export export = importOnly(csv, db);

            assertThat(export.kind()).isEqualTo("viewing history download");
            assertThat(export.layout()).isEqualTo("NetflixViewingHistory.csv");
            assertThat(countsByCategory(db, export)).containsExactlyInAnyOrderEntriesOf(Map.of(Category.WATCHING, 3L));
            assertThat(new ItemQueries(db).page(List.of(export), Category.WATCHING, 0, 1).get(0).at())
                    .isEqualTo(Instant.parse("2024-03-04T00:00:00Z"));
        }
    }

    @Test
    void theImporterIsRegisteredForTheServiceLoader() {
        assertThat(ImportRunner.withInstalledImporters().importers()).anyMatch(i -> i instanceof NetflixImporter);
    }

    private FileStatus status(String path) {
        return report(path).status();
    }

    private FileReport report(String path) {
        return lastReport.files().stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no report for " + path));
    }

    private static Map<Category, Long> countsByCategory(Database db, Export export) {
        Map<Category, Long> counts = new EnumMap<>(Category.class);
        ItemQueries items = new ItemQueries(db);
        for (Category category : Category.values()) {
            long n = items.count(List.of(export), category);
            if (n > 0) {
                counts.put(category, n);
            }
        }
        return counts;
    }
}
