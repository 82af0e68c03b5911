package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportWriter;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInference;
import app.footprint.model.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theDatabaseItsFolderAndItsWalAreTheUsersOnly() throws IOException {
        Path file = dir.resolve("new-folder/footprint.db");
        try (Database db = Database.open(file)) {
            write(db, "fp-1", 3);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            Path wal = file.resolveSibling("footprint.db-wal");
            assertThat(wal).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(wal))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingFileWithLooserPermissionsIsTightened() throws IOException {
        Path file = Files.createFile(dir.resolve("loose.db"));
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        Database.open(file).close();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void runsInWalModeWithTheLatestSchemaAndMigratesOnlyOnce() throws SQLException {
        Path file = dir.resolve("footprint.db");
        Database.open(file).close();
        try (Database db = Database.open(file)) {
            assertThat(scalar(db, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(scalar(db, "PRAGMA user_version")).isEqualTo(Integer.toString(Migrations.latestVersion()));
            assertThat(scalar(db, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(db.isEmpty()).isTrue();
        }
    }

    @Test
    void refusesADatabaseFromANewerFootprint() throws SQLException {
        Path file = dir.resolve("future.db");
        try (Connection c = Database.connect(file); Statement s = c.createStatement()) {
            s.executeUpdate("PRAGMA user_version = 999");
        }
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(StorageException.class)
                .hasMessageContaining("newer Footprint");
    }

    @Test
    void anImportIsInvisibleUntilCommittedAndGoneIfNot() {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ExportWriter writer = db.begin(description("fp-open"));
            writer.item(item(Category.SEARCHES, "hidden", 0));
            assertThat(db.isEmpty()).as("a reader does not see an uncommitted import").isTrue();
            writer.close();
            assertThat(db.isEmpty()).isTrue();
            assertThat(scalar(db, "SELECT COUNT(*) FROM item")).isEqualTo("0");

            Export kept = write(db, "fp-kept", 2);
            assertThat(db.exports()).extracting(Export::id).containsExactly(kept.id());
            assertThat(db.findByFingerprint("fp-kept")).contains(kept);
            assertThat(db.findByFingerprint("fp-open")).isEmpty();
        }
    }

    @Test
    void theOverviewCountsFromTheKeptSummariesAndFoldsRepeatedInferences() {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            ExportWriter w = db.begin(description("fp-x"));
            w.item(item(Category.MESSAGES, "hi", 1_600_000_000_000L));
            w.item(item(Category.MESSAGES, "there", 1_700_000_000_000L));
            w.item(item(Category.SEARCHES, "query", 1_650_000_000_000L));
            w.item(new Item(Category.PROFILE, null, false, "Name: Jana", null, Map.of(), new SourceRef("p.json", 0)));
            w.inference(new StatedInference(InferenceKind.AD_INTEREST, "Hiking", Map.of(), new SourceRef("ads.json", 0)));
            w.inference(new StatedInference(InferenceKind.AD_INTEREST, "Hiking", Map.of(), new SourceRef("ads.json", 1)));
            w.inference(new StatedInference(InferenceKind.ADVERTISER, "Zalando",
                    Map.of("has_data_file_custom_audience", "true"), new SourceRef("adv.json", 0)));
            w.commit(description("fp-x"), List.of(new FileReport("p.json", 10, FileStatus.IMPORTED, 1, List.of())));
            w.close();

            CompanyQueries queries = new CompanyQueries(db);
            var facebook = queries.company(Service.FACEBOOK);
            assertThat(facebook.items()).isEqualTo(4);
            assertThat(facebook.statedInferences()).isEqualTo(2);
            assertThat(facebook.categories()).extracting(s -> s.category() + "=" + s.items())
                    .containsExactly("MESSAGES=2", "PROFILE=1", "SEARCHES=1");
            assertThat(facebook.firstItem()).isEqualTo(Instant.ofEpochMilli(1_600_000_000_000L));
            assertThat(facebook.lastItem()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_000L));

            var grouped = queries.statedInferences(facebook);
            assertThat(grouped.get(InferenceKind.AD_INTEREST)).singleElement().satisfies(r -> {
                assertThat(r.value()).isEqualTo("Hiking");
                assertThat(r.occurrences()).isEqualTo(2);
                assertThat(r.source()).isEqualTo(new SourceRef("ads.json", 0));
            });
            assertThat(grouped.get(InferenceKind.ADVERTISER)).singleElement()
                    .satisfies(r -> assertThat(r.attributes()).containsEntry("has_data_file_custom_audience", "true"));

            ItemQueries items = new ItemQueries(db);
            assertThat(items.count(facebook.currentExports(), Category.MESSAGES)).isEqualTo(2);
            assertThat(items.page(facebook.currentExports(), Category.MESSAGES, 0, 10))
                    .extracting(r -> r.title()).containsExactly("there", "hi");
            assertThat(items.page(facebook.currentExports(), Category.MESSAGES, 1, 10))
                    .extracting(r -> r.title()).containsExactly("hi");
        }
    }

    @Test
    void locationPointsAreKeptAsTracksCountedAndBrowsedNewestFirst() {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            Instant start = Instant.parse("2023-01-01T00:00:00Z");
            try (ExportWriter w = db.begin(description("fp-points"))) {
                w.item(new Item(Category.LOCATIONS, start.minusSeconds(60), false, "Home", null, Map.of(),
                        new SourceRef("Semantic/2023_JANUARY.json", 0)));
                for (int i = 0; i < 2500; i++) {
                    w.point(new app.footprint.model.LocationPoint(start.plusSeconds(60L * i), 513_000_000 + i,
                            123_000_000, 10, "WIFI", null, new SourceRef("Records.json", i)));
                }
                w.commit(description("fp-points"), List.of(
                        new FileReport("Records.json", 100, FileStatus.IMPORTED, 2500, List.of())));
            }
            assertThat(scalar(db, "SELECT COUNT(*) FROM location_track")).isEqualTo("3");
            assertThat(scalar(db, "SELECT COUNT(*) FROM item")).isEqualTo("1");
            var company = new CompanyQueries(db).company(Service.FACEBOOK);
            assertThat(company.items()).isEqualTo(2501);
            assertThat(company.lastItem()).isEqualTo(start.plusSeconds(60L * 2499));

            ItemQueries items = new ItemQueries(db);
            assertThat(items.count(company.currentExports(), Category.LOCATIONS)).isEqualTo(2501);
            var firstPage = items.page(company.currentExports(), Category.LOCATIONS, 0, 3);
            assertThat(firstPage).extracting(r -> r.title())
                    .containsExactly("Home", "51.3002499, 12.3", "51.3002498, 12.3");
            assertThat(firstPage.get(1).source()).isEqualTo(new SourceRef("Records.json", 2499));
            assertThat(firstPage.get(1).attributes()).containsEntry("accuracy", "10 m").containsEntry("source", "WIFI");
            // Across a track boundary: rows 1500 to 1502 are points 1000, 999 and 998.
            assertThat(items.page(company.currentExports(), Category.LOCATIONS, 1500, 3))
                    .extracting(r -> r.source().position()).containsExactly(1000L, 999L, 998L);
            assertThat(items.page(company.currentExports(), Category.LOCATIONS, 2500, 10))
                    .extracting(r -> r.source().position()).containsExactly(0L);
        }
    }

    @Test
    void theSearchIndexFindsItemsByTheirWords() {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            try (ExportWriter w = db.begin(description("fp-search"))) {
                w.item(new Item(Category.SEARCHES, Instant.parse("2023-08-01T10:00:00Z"), false, "unscented lotion",
                        null, Map.of(), new SourceRef("s.json", 0)));
                w.item(new Item(Category.MESSAGES, Instant.parse("2023-08-02T10:00:00Z"), false, "Tom",
                        "Die Hebamme kommt am Dienstag", Map.of(), new SourceRef("m.json", 0)));
                w.item(new Item(Category.SEARCHES, Instant.parse("2023-08-03T10:00:00Z"), false, "Café in Plagwitz",
                        null, Map.of(), new SourceRef("s.json", 1)));
                w.item(new Item(Category.WATCHING, Instant.parse("2023-08-04T10:00:00Z"), false, "The Plague Years",
                        null, Map.of(), new SourceRef("w.json", 0)));
                w.item(new Item(Category.WATCHING, Instant.parse("2023-08-05T10:00:00Z"), false, "Plagwitz Café tour",
                        null, Map.of(), new SourceRef("w.json", 1)));
                w.commit(description("fp-search"), List.of());
            }
            SearchQueries search = new SearchQueries(db);
            assertThat(search.find("lotion", 10)).extracting(h -> h.row().title()).containsExactly("unscented lotion");
            assertThat(search.find("hebamme", 10)).extracting(h -> h.row().category()).containsExactly(Category.MESSAGES);
            assertThat(search.find("cafe", 10)).as("diacritics folded").hasSize(2);
            assertThat(search.find("heb", 10)).as("prefixes match").hasSize(1);
            assertThat(search.find("Plag", 10)).as("a prefix finds every word it begins, newest first")
                    .extracting(h -> h.row().title())
                    .containsExactly("Plagwitz Café tour", "The Plague Years", "Café in Plagwitz");
            assertThat(search.find("PLAGW café", 10)).as("every word required, in any order")
                    .extracting(h -> h.row().title()).containsExactly("Plagwitz Café tour", "Café in Plagwitz");
            assertThat(search.find("plagues", 10)).isEmpty();
            assertThat(search.find("\"unclosed AND (", 10)).as("odd input is words, not syntax").isEmpty();
            assertThat(search.find("   ", 10)).isEmpty();
            assertThat(search.find("lotion", 10).get(0).service()).isEqualTo(Service.FACEBOOK);
        }
    }

    @Test
    void foldedRepeatsKeepEveryDistinctAttributeValue() {
        try (Database db = Database.open(dir.resolve("footprint.db"))) {
            try (ExportWriter w = db.begin(description("fp-markets"))) {
                for (String market : List.of("BR", "MX", "BR")) {
                    w.inference(new StatedInference(InferenceKind.AD_SEGMENT, "Alcohol Consumers",
                            Map.of("party", "third-party", "market", market), new SourceRef("Inferences.json", 0)));
                }
                w.commit(description("fp-markets"), List.of());
            }
            CompanyQueries queries = new CompanyQueries(db);
            var row = queries.statedInferences(queries.company(Service.FACEBOOK)).get(InferenceKind.AD_SEGMENT).get(0);
            assertThat(row.occurrences()).isEqualTo(3);
            assertThat(row.attributes()).containsEntry("party", "third-party").containsEntry("market", "BR, MX");
        }
    }

    private static Export write(Database db, String fingerprint, int items) {
        try (ExportWriter w = db.begin(description(fingerprint))) {
            for (int i = 0; i < items; i++) {
                w.item(item(Category.SEARCHES, "q" + i, 1_700_000_000_000L + i));
            }
            return w.commit(description(fingerprint), List.of());
        }
    }

    private static ExportDescription description(String fingerprint) {
        return new ExportDescription(Service.FACEBOOK, "account data", "test.zip", fingerprint, null, "2024+", "en");
    }

    private static Item item(Category category, String title, long at) {
        return new Item(category, Instant.ofEpochMilli(at), false, title, null, Map.of(), new SourceRef("f.json", 0));
    }

    private static String scalar(Database db, String sql) {
        return db.<String>read(c -> query(c, sql));
    }

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
