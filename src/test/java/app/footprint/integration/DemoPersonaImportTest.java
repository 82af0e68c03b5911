package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoFacts;
import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo persona's archives, imported whole through the real importers and the real store: every count
 * must match what the persona says it wrote.
 */
class DemoPersonaImportTest {
    @TempDir
    static Path dir;
    static List<Path> archives;
    static DemoFacts facts;

    @BeforeAll
    static void writeDemo() throws IOException {
        DemoPersona persona = DemoPersona.standard();
        archives = persona.writeTo(dir.resolve("demo"));
        facts = persona.facts();
    }

    private static List<ImportReport> importInto(Database db, List<Path> paths) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (ImportPlan plan = runner.plan(paths)) {
            assertThat(plan.unrecognised()).isEmpty();
            return plan.exports().stream().map(e -> runner.run(e, db, ImportProgress.NONE, () -> false)).toList();
        }
    }

    private static Map<Category, Long> categories(CompanySummary company) {
        return company.categories().stream().collect(Collectors.toMap(CategoryStats::category, CategoryStats::items));
    }

    @Test
    void facebookHoldsExactlyWhatThePersonaWrote() throws IOException {
        try (Database db = Database.open(dir.resolve("facebook.db"))) {
            ImportReport outcome = importInto(db, List.of(archives.get(0))).get(0);
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().layout()).isEqualTo("2024+");
            assertThat(outcome.export().language()).isEqualTo("en");
            assertFacebook(db);
        }
    }

    static void assertFacebook(Database db) {
        DemoFacts.Facebook fb = facts.facebook();
        CompanyQueries queries = new CompanyQueries(db);
        CompanySummary facebook = queries.company(Service.FACEBOOK);
        assertThat(categories(facebook)).containsExactlyInAnyOrderEntriesOf(Map.of(
                Category.MESSAGES, (long) fb.messages(),
                Category.FRIENDS, (long) fb.friends() + fb.friendRequests(),
                Category.POSTS, (long) fb.posts(),
                Category.SEARCHES, (long) fb.searches(),
                Category.LOGINS, (long) fb.loginRecords(),
                Category.OFF_SITE_ACTIVITY, (long) fb.offMetaEvents(),
                Category.AD_INTERACTIONS, (long) fb.adInteractions(),
                Category.AD_SETTINGS, (long) fb.adSettings(),
                // the importer adds the user name, the profile address and "Joined Facebook" to the facts
                Category.PROFILE, (long) fb.profileFacts() + 3));

        Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(facebook);
        assertThat(stated.get(InferenceKind.AD_INTEREST)).hasSize(fb.distinctAdInterests());
        assertThat(stated.get(InferenceKind.AD_INTEREST).stream().mapToInt(StatedInferenceRow::occurrences).sum())
                .isEqualTo(fb.adInterestEntries());
        assertThat(stated.get(InferenceKind.AUDIENCE_CATEGORY)).hasSize(fb.audienceCategories());
        assertThat(stated.get(InferenceKind.TOPIC)).hasSize(fb.topics());
        assertThat(stated.get(InferenceKind.OFF_SITE_ACTIVITY)).hasSize(fb.offMetaCompanies());
        assertThat(stated.get(InferenceKind.OFF_SITE_ACTIVITY).stream()
                .mapToLong(r -> Long.parseLong(r.attributes().get("events"))).sum()).isEqualTo(fb.offMetaEvents());
        List<StatedInferenceRow> advertisers = stated.get(InferenceKind.ADVERTISER);
        assertThat(advertisers).hasSize(fb.advertisers());
        assertThat(count(advertisers, r -> "true".equals(r.attributes().get("has_data_file_custom_audience"))))
                .isEqualTo(fb.advertisersWithDataFile());
        assertThat(count(advertisers, r -> "true".equals(r.attributes().get("has_remarketing_custom_audience"))))
                .isEqualTo(fb.advertisersWithRemarketing());
        assertThat(count(advertisers, r -> "true".equals(r.attributes().get("has_in_person_store_visit"))))
                .isEqualTo(fb.advertisersWithStoreVisit());
        assertThat(stated.get(InferenceKind.INFERRED_LOCATION)).isNotEmpty();
        assertThat(facebook.statedInferences()).isEqualTo(stated.values().stream().mapToLong(List::size).sum());
        // Mojibake repaired on the way in: the persona's name arrives intact.
        assertThat(rows(db, "SELECT title FROM item WHERE category = 'PROFILE'")).contains("Name: Jana Köhler");
    }

    @Test
    void spotifyHoldsBothItsExports() throws IOException {
        try (Database db = Database.open(dir.resolve("spotify.db"))) {
            List<ImportReport> outcomes = importInto(db, archives.subList(1, 3));
            assertThat(outcomes).extracting(o -> o.export().kind())
                    .containsExactlyInAnyOrder("account data", "extended streaming history");
            assertThat(outcomes).allSatisfy(o -> assertThat(o.filesWithProblems()).isEmpty());

            DemoFacts.Spotify s = facts.spotify();
            CompanyQueries queries = new CompanyQueries(db);
            CompanySummary spotify = queries.company(Service.SPOTIFY);
            Map<Category, Long> categories = categories(spotify);
            // The account data repeats the last year of the extended history: plays count once, from the latter.
            assertThat(categories.get(Category.LISTENING)).isEqualTo(s.extendedPlays());
            assertThat(new app.footprint.store.ItemQueries(db).count(spotify.currentExports(), Category.LISTENING))
                    .isEqualTo(s.extendedPlays());
            assertThat(spotify.snapshots()).as("two kinds of export, one snapshot each").isEqualTo(1);
            assertThat(categories.get(Category.SEARCHES)).isEqualTo(s.searches());
            assertThat(categories.get(Category.LIBRARY)).isEqualTo(s.libraryItems());
            assertThat(categories.get(Category.PLAYLISTS)).isEqualTo(s.playlists());

            Map<InferenceKind, List<StatedInferenceRow>> stated = queries.statedInferences(spotify);
            assertThat(stated.get(InferenceKind.AD_SEGMENT).stream().mapToInt(StatedInferenceRow::occurrences).sum())
                    .isEqualTo(s.inferences());
            assertThat(count(stated.get(InferenceKind.AD_SEGMENT), r -> r.attributes().getOrDefault("party", "").contains("third-party")))
                    .isPositive();
            assertThat(stated.get(InferenceKind.LISTENER_SEGMENT)).hasSize(s.marqueeEntries());
        }
    }

    @Test
    void theDemoImportedAgainAddsNothing() throws IOException {
        try (Database db = Database.open(dir.resolve("twice.db"))) {
            importInto(db, archives);
            long items = db.exports().stream().mapToLong(Export::items).sum();
            List<Path> again = DemoPersona.standard().writeTo(dir.resolve("demo-again"));

            List<ImportReport> second = importInto(db, again);

            assertThat(second).extracting(ImportReport::result).containsOnly(ImportReport.Result.ALREADY_IMPORTED);
            assertThat(db.exports()).hasSize(archives.size());
            assertThat(db.exports().stream().mapToLong(Export::items).sum()).isEqualTo(items);
        }
    }

    @Test
    void theSameExportAsTarGzAsAFolderOrInTwoPartsGivesTheSameCounts() throws IOException {
        Path zip = archives.get(0);
        Path tgz = repackAsTarGz(zip, dir.resolve("facebook.tgz"));
        Path folder = unpack(zip, dir.resolve("facebook-folder"));
        List<Path> parts = splitByTopFolder(zip, dir.resolve("parts"));

        for (List<Path> given : List.of(List.of(tgz), List.of(folder), parts)) {
            try (Database db = Database.open(dir.resolve("variant-" + given.get(0).getFileName() + ".db"))) {
                List<ImportReport> outcomes = importInto(db, given);
                assertThat(outcomes).as("one export from %s", given).hasSize(1);
                assertThat(outcomes.get(0).filesWithProblems()).isEmpty();
                assertFacebook(db);
            }
        }
    }

    @Test
    void filesFootprintDoesNotReadAreListedNotDropped() throws IOException {
        try (Database db = Database.open(dir.resolve("unknown.db"))) {
            ImportReport outcome = importInto(db, List.of(archives.get(0))).get(0);
            List<FileReport> unknown = outcome.filesWith(FileStatus.NOT_RECOGNISED);
            assertThat(unknown).extracting(FileReport::path)
                    .anyMatch(p -> p.startsWith("preferences/"))
                    .anyMatch(p -> p.endsWith(".jpg"));
            assertThat(unknown).hasSize(facts.facebook().photos() + 2);
        }
    }

    private static long count(List<StatedInferenceRow> rows, Predicate<StatedInferenceRow> test) {
        return rows.stream().filter(test).count();
    }

    private static List<String> rows(Database db, String sql) {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.file());
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Path repackAsTarGz(Path zip, Path target) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile());
             OutputStream file = Files.newOutputStream(target);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                TarArchiveEntry t = new TarArchiveEntry(entry.getName());
                t.setSize(bytes.length);
                t.setModTime(entry.getTime());
                tar.putArchiveEntry(t);
                tar.write(bytes);
                tar.closeArchiveEntry();
            }
        }
        return target;
    }

    private static Path unpack(Path zip, Path folder) throws IOException {
        try (ZipFile in = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                Path file = folder.resolve(entry.getName());
                Files.createDirectories(file.getParent());
                try (InputStream content = in.getInputStream(entry)) {
                    Files.copy(content, file);
                }
            }
        }
        return folder;
    }

    /** Splits an export the way Meta splits large downloads: whole top-level folders per part. */
    private static List<Path> splitByTopFolder(Path zip, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path one = folder.resolve("part_1.zip");
        Path two = folder.resolve("part_2.zip");
        try (ZipFile in = new ZipFile(zip.toFile());
             ZipOutputStream first = new ZipOutputStream(Files.newOutputStream(one));
             ZipOutputStream second = new ZipOutputStream(Files.newOutputStream(two))) {
            for (Enumeration<? extends ZipEntry> e = in.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                ZipOutputStream to = entry.getName().startsWith("your_facebook_activity/") ? second : first;
                to.putNextEntry(new ZipEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(to);
                }
                to.closeEntry();
            }
        }
        return List.of(one, two);
    }
}
