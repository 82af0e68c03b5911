package app.footprint.importers;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportStore;
import app.footprint.model.ExportWriter;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.Service;
import app.footprint.model.StatedInference;
import app.footprint.model.StorageException;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.ExportQueries;
import app.footprint.testing.LinesImporter;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportRunnerTest {
    @TempDir
    Path dir;
    Database db;
    final ImportRunner runner = new ImportRunner(List.of(new LinesImporter()), ArchiveLimits.defaults());

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data/footprint.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Path export(String name) throws IOException {
        return new ZipBuilder()
                .add("export/lines-export.marker", "")
                .add("export/searches.lines", "2024-01-02T10:00:00Z|cheap flights\n?unreadable line\n2024-01-03T11:00:00Z|Leipzig weather\nplain text\n")
                .add("export/interests.lines", "Hiking\nCooking\nHiking\n")
                .add("export/broken.lines", "2024-01-04T00:00:00Z|kept before the error\nBOOM\nnever read\n")
                .add("export/photo.jpg", new byte[] {1, 2, 3})
                .writeTo(dir.resolve(name));
    }

    private List<ImportReport> importAll(Path... paths) throws IOException {
        try (ImportPlan plan = runner.plan(List.of(paths))) {
            return plan.exports().stream().map(e -> runner.run(e, db, ImportProgress.NONE, () -> false)).toList();
        }
    }

    @Test
    void importsEveryReadableFileAndReportsTheRest() throws IOException {
        ImportReport outcome = importAll(export("export.zip")).get(0);

        assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
        Export export = outcome.export();
        assertThat(export.items()).isEqualTo(4); // 3 searches + the one read before BOOM
        assertThat(export.inferences()).isEqualTo(3);
        assertThat(export.problems()).isEqualTo(2); // searches.lines (partial) and broken.lines (failed)
        assertThat(export.exportedAt()).isEqualTo(Instant.parse("2024-03-12T09:00:00Z"));
        assertThat(outcome.files()).extracting(FileReport::path, FileReport::status, FileReport::records).containsExactly(
                org.assertj.core.groups.Tuple.tuple("export/lines-export.marker", FileStatus.NOT_RECOGNISED, 0L),
                org.assertj.core.groups.Tuple.tuple("export/searches.lines", FileStatus.PARTIAL, 3L),
                org.assertj.core.groups.Tuple.tuple("export/interests.lines", FileStatus.IMPORTED, 3L),
                org.assertj.core.groups.Tuple.tuple("export/broken.lines", FileStatus.FAILED, 1L),
                org.assertj.core.groups.Tuple.tuple("export/photo.jpg", FileStatus.NOT_RECOGNISED, 0L));
        FileReport broken = outcome.files().get(3);
        assertThat(broken.problems()).containsExactly("boom at record 1 (the 1 records read before it are kept)");
        assertThat(outcome.files().get(1).problems()).containsExactly("record 1: unreadable line");

        // The kept report matches what the runner said.
        assertThat(new ExportQueries(db).files(export.id())).extracting(FileReport::path, FileReport::status)
                .contains(org.assertj.core.groups.Tuple.tuple("export/broken.lines", FileStatus.FAILED));
        // Every item keeps its file and position.
        assertThat(rows("SELECT f.path || '#' || i.position FROM item i JOIN export_file f ON f.id = i.file_id ORDER BY i.id"))
                .containsExactly("export/searches.lines#0", "export/searches.lines#2", "export/searches.lines#3", "export/broken.lines#0");
    }

    @Test
    void theSameArchiveAgainAddsNothingAndSaysSo() throws IOException {
        Path first = export("export.zip");
        importAll(first);
        Path copy = Files.copy(first, dir.resolve("renamed by the browser (1).zip"));

        ImportReport again = importAll(copy).get(0);

        assertThat(again.result()).isEqualTo(ImportReport.Result.ALREADY_IMPORTED);
        assertThat(again.message()).contains("nothing was added");
        assertThat(count("item")).isEqualTo(4);
        assertThat(count("export")).isEqualTo(1);
    }

    @Test
    void twoExportsOfOneServiceAreTwoSnapshotsAndTheLatestIsCurrent() throws IOException {
        Path older = new ZipBuilder().at(Instant.parse("2023-01-10T00:00:00Z")).add("lines-export.marker", "")
                .add("searches.lines", "a\nb\n").writeTo(dir.resolve("older.zip"));
        Path newer = new ZipBuilder().at(Instant.parse("2024-01-10T00:00:00Z")).add("lines-export.marker", "")
                .add("searches.lines", "a\nb\nc\n").writeTo(dir.resolve("newer.zip"));

        List<ImportReport> outcomes = importAll(newer, older);

        assertThat(outcomes).extracting(ImportReport::result).containsOnly(ImportReport.Result.IMPORTED);
        var company = new CompanyQueries(db).company(Service.SPOTIFY);
        assertThat(company.snapshots()).isEqualTo(2);
        assertThat(company.items()).isEqualTo(3);
        assertThat(company.currentExports()).extracting(Export::source).containsExactly("newer.zip");
    }

    @Test
    void partsOfOneExportGivenTogetherBecomeOneExport() throws IOException {
        Path one = new ZipBuilder().add("lines-export.marker", "").add("a/searches.lines", "x\ny\n").writeTo(dir.resolve("part_1.zip"));
        Path two = new ZipBuilder().add("b/searches.lines", "z\n").writeTo(dir.resolve("part_2.zip"));

        List<ImportReport> outcomes = importAll(one, two);

        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.source()).isEqualTo("part_1.zip, part_2.zip");
            assertThat(o.export().items()).isEqualTo(3);
        });
    }

    @Test
    void partsThatRepeatTheSameIndexFileAreStillOneExport() throws IOException {
        // Takeout puts the same archive_browser.html into every part; small parts share it with most paths.
        Path one = new ZipBuilder().add("Takeout/archive_browser.html", "<html>index</html>")
                .add("Takeout/lines-export.marker", "").add("Takeout/a.lines", "x\n").writeTo(dir.resolve("takeout-001.zip"));
        Path two = new ZipBuilder().add("Takeout/archive_browser.html", "<html>index</html>")
                .add("Takeout/b.lines", "y\nz\n").writeTo(dir.resolve("takeout-002.zip"));

        assertThat(importAll(one, two)).singleElement().satisfies(o -> assertThat(o.export().items()).isEqualTo(3));
    }

    @Test
    void saysWhichInputsWereNotRecognisedAndWhy() throws IOException {
        Path png = Files.write(dir.resolve("holiday.zip"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        Path other = new ZipBuilder().add("notes.txt", "hello").writeTo(dir.resolve("other.zip"));
        try (ImportPlan plan = runner.plan(List.of(png, other))) {
            assertThat(plan.exports()).isEmpty();
            assertThat(plan.unrecognised()).extracting(ImportPlan.Unrecognised::source, ImportPlan.Unrecognised::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("holiday.zip", "holiday.zip: a PNG image, not an export archive"),
                            org.assertj.core.groups.Tuple.tuple("other.zip", "not recognised as an export of a supported service (Spotify)"));
        }
    }

    @Test
    void aStoreFailureHalfwayLeavesTheDatabaseAsItWas() throws IOException {
        importAll(new ZipBuilder().add("lines-export.marker", "").add("s.lines", "earlier\n").writeTo(dir.resolve("earlier.zip")));
        ExportStore failingAfterTwoItems = new ExportStore() {
            @Override
            public Optional<Export> findByFingerprint(String fingerprint) {
                return db.findByFingerprint(fingerprint);
            }

            @Override
            public ExportWriter begin(ExportDescription description) {
                ExportWriter real = db.begin(description);
                return new ExportWriter() {
                    int items;

                    @Override
                    public void item(Item item) {
                        if (++items > 2) {
                            throw new StorageException("disk full", null);
                        }
                        real.item(item);
                    }

                    @Override
                    public void inference(StatedInference inference) {
                        real.inference(inference);
                    }

                    @Override
                    public void point(LocationPoint point) {
                        real.point(point);
                    }

                    @Override
                    public Export commit(ExportDescription d, List<FileReport> files) {
                        return real.commit(d, files);
                    }

                    @Override
                    public void close() {
                        real.close();
                    }
                };
            }
        };
        try (ImportPlan plan = runner.plan(List.of(export("export.zip")))) {
            ImportReport outcome = runner.run(plan.exports().get(0), failingAfterTwoItems, ImportProgress.NONE, () -> false);
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.FAILED);
            assertThat(outcome.message()).contains("rolled back").contains("disk full");
        }
        assertThat(count("export")).isEqualTo(1);
        assertThat(count("item")).isEqualTo(1);
        assertThat(count("stated_inference")).isZero();
        assertThat(count("export_file")).isEqualTo(2);
    }

    @Test
    void cancellingMidwayKeepsNothing() throws IOException {
        AtomicBoolean cancelled = new AtomicBoolean();
        ImportRunner slow = new ImportRunner(List.of(new LinesImporter(Service.SPOTIFY, () -> cancelled.set(true))),
                ArchiveLimits.defaults());
        Path zip = new ZipBuilder().add("lines-export.marker", "").add("1.lines", "first\nSLOW\nafter\n")
                .add("2.lines", "second file\n").writeTo(dir.resolve("slow.zip"));
        long[] progressCalls = {0};
        try (ImportPlan plan = slow.plan(List.of(zip))) {
            ImportReport outcome = slow.run(plan.exports().get(0), db, (f, done, total) -> progressCalls[0]++, cancelled::get);
            assertThat(outcome.result()).isEqualTo(ImportReport.Result.CANCELLED);
        }
        assertThat(progressCalls[0]).isPositive();
        assertThat(count("export")).isZero();
        assertThat(count("item")).isZero();
        assertThat(count("export_file")).isZero();
    }

    private long count(String table) {
        return Long.parseLong(rows("SELECT COUNT(*) FROM " + table).get(0));
    }

    private List<String> rows(String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
