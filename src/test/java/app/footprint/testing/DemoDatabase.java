package app.footprint.testing;

import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.store.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The demo persona's twelve exports imported once per test run through the real importers and store, for
 * tests of the analysis on a whole persona. Tests open it with {@link #open()} and must not import into it.
 */
public final class DemoDatabase {
    private static Path file;

    private DemoDatabase() {
    }

    /** The database file, imported on first use. */
    public static synchronized Path file() {
        if (file == null) {
            file = importDemo();
        }
        return file;
    }

    public static Database open() {
        return Database.open(file());
    }

    private static Path importDemo() {
        try {
            Path dir = Files.createTempDirectory("footprint-demo-db");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            List<Path> archives = DemoPersona.standard().writeTo(dir.resolve("archives"));
            Path db = dir.resolve("demo.db");
            ImportRunner runner = ImportRunner.withInstalledImporters();
            try (Database database = Database.open(db); ImportPlan plan = runner.plan(archives)) {
                for (var export : plan.exports()) {
                    ImportReport report = runner.run(export, database, ImportProgress.NONE, () -> false);
                    if (report.result() != ImportReport.Result.IMPORTED) {
                        throw new IllegalStateException("the demo's " + export.source() + " did not import: "
                                + report.message());
                    }
                }
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // A temporary folder left behind is harmless.
        }
    }
}
