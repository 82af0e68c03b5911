package app.footprint.cli;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportRunner;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Imports files from the command line: one line per export on standard output, the reasons for problems
 * on standard error. Shared by {@code import} and {@code demo --import}.
 */
final class ImportLines {
    static final int OK = 0;
    static final int ERROR = 1;
    static final int NOTHING_RECOGNISED = 2;

    private ImportLines() {
    }

    static int importAll(List<Path> paths, Path databaseFile, boolean report, PrintWriter out, PrintWriter err) {
        int missing = 0;
        for (Path p : paths) {
            if (!Files.exists(p)) {
                err.println("footprint: " + p + ": no such file or folder");
                missing++;
            }
        }
        ImportRunner runner = ImportRunner.withInstalledImporters();
        try (Database db = Database.open(databaseFile);
             ImportPlan plan = runner.plan(paths.stream().filter(Files::exists).toList())) {
            for (ImportPlan.Unrecognised u : plan.unrecognised()) {
                err.println("footprint: " + u.source() + ": " + u.reason());
            }
            if (plan.exports().isEmpty()) {
                return missing > 0 ? ERROR : NOTHING_RECOGNISED;
            }
            boolean failed = missing > 0;
            boolean imported = false;
            for (var planned : plan.exports()) {
                ImportReport outcome = runner.run(planned, db, (file, done, total) -> { }, () -> false);
                out.println(line(outcome));
                for (FileReport f : outcome.filesWithProblems()) {
                    err.println("  " + f.path() + ": " + String.join("; ", f.problems()));
                }
                if (report) {
                    for (FileReport f : outcome.files()) {
                        if (!f.hasProblems()) {
                            out.println("  " + f.status().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                                    + "  " + f.path() + (f.status() == FileStatus.NOT_RECOGNISED ? "" : "  " + f.records() + " records")
                                    + (f.problems().isEmpty() ? "" : "  (" + String.join("; ", f.problems()) + ")"));
                        }
                    }
                }
                failed |= outcome.result() == ImportReport.Result.FAILED;
                imported |= outcome.result() == ImportReport.Result.IMPORTED;
            }
            if (imported) {
                ProfileUpdater.standard().update(db);
                out.println("profile\tanalysed\t" + new InferenceStore(db).all().size() + " inferences");
            }
            out.flush();
            return failed ? ERROR : OK;
        } catch (Exception e) {
            err.println("footprint: " + databaseFile + ": " + e.getMessage());
            return ERROR;
        }
    }

    private static String files(long n) {
        return n + (n == 1 ? " file" : " files");
    }

    /** "facebook  export #3  imported  12,345 items, 245 stated inferences, 0 files with problems  (name.zip)". */
    static String line(ImportReport o) {
        String result = switch (o.result()) {
            case IMPORTED -> "imported";
            case ALREADY_IMPORTED -> "already imported, nothing added";
            case CANCELLED -> "cancelled";
            case FAILED -> "failed";
        };
        StringBuilder line = new StringBuilder(o.service().id()).append('\t');
        line.append(o.export() == null ? "-" : "export #" + o.export().id()).append('\t').append(result);
        if (o.result() == ImportReport.Result.IMPORTED) {
            long notRecognised = o.filesWith(FileStatus.NOT_RECOGNISED).size();
            line.append('\t').append(String.format(Locale.ROOT, "%,d items, %,d stated inference entries, %s with problems, %s not recognised",
                    o.export().items(), o.export().inferences(), files(o.export().problems()), files(notRecognised)));
        } else if (o.result() == ImportReport.Result.FAILED) {
            line.append('\t').append(o.message());
        }
        return line.append('\t').append(o.source()).toString();
    }
}
