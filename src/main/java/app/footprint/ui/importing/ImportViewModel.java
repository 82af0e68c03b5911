package app.footprint.ui.importing;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.FormatReport;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.PlannedExport;
import app.footprint.model.ExportStore;
import app.footprint.ui.common.Navigation;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.TaskRunner;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Imports the files the person gave, off the FX thread: plans them, then runs each export found, and
 * ends with a report. Cancelling sets the flag the import runner polls; the runner rolls the current
 * export back and the exports not reached yet are left alone.
 */
public final class ImportViewModel implements ScreenModel {
    /** Progress is passed on only when it moved by this much, or the file changed. */
    private static final double PROGRESS_STEP = 0.002;

    public enum Phase { WORKING, CANCELLING, FINISHED }

    private final List<Path> paths;
    private final ImportRunner runner;
    private final ExportStore store;
    private final Runnable analyseProfile;
    private final TaskRunner tasks;
    private final Navigation navigation;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.WORKING);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper currentExport = new ReadOnlyStringWrapper(this, "currentExport", "");
    private final ReadOnlyStringWrapper currentFile = new ReadOnlyStringWrapper(this, "currentFile", "");
    private final ReadOnlyObjectWrapper<ImportSummary> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper formatReportMessage = new ReadOnlyStringWrapper(this, "formatReportMessage", "");
    private boolean started;

    /** @param analyseProfile runs the profile analysis again, on the background thread, after an export was imported */
    public ImportViewModel(List<Path> paths, ImportRunner runner, ExportStore store, Runnable analyseProfile,
                           TaskRunner tasks, Navigation navigation) {
        this.paths = List.copyOf(paths);
        this.runner = runner;
        this.store = store;
        this.analyseProfile = analyseProfile;
        this.tasks = tasks;
        this.navigation = navigation;
        running.bind(phase.isNotEqualTo(Phase.FINISHED));
    }

    /** Starts the import; it goes on until it ends or is cancelled, even if nothing watches it. */
    @Override
    public void open() {
        if (started) {
            return;
        }
        started = true;
        tasks.run(this::importAll, this::show, this::finish, e -> finish(ImportSummary.failed(
                e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    public List<Path> paths() {
        return paths;
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    /** True until the report is there. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 by bytes over all exports; negative while the archives are being opened. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentExportProperty() {
        return currentExport.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty currentFileProperty() {
        return currentFile.getReadOnlyProperty();
    }

    /** The report, once the import has ended. */
    public ReadOnlyObjectProperty<ImportSummary> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Stops the import: the export being read is rolled back and later ones are not started. */
    public void cancel() {
        if (phase.get() == Phase.WORKING) {
            cancelled.set(true);
            phase.set(Phase.CANCELLING);
        }
    }

    /** What became of the last format report asked for ("" before the first). */
    public ReadOnlyStringProperty formatReportMessageProperty() {
        return formatReportMessage.getReadOnlyProperty();
    }

    /**
     * Writes the format report of the imported files (paths, key names, types and counts; no values) to
     * {@code target}, in the background.
     */
    public void saveFormatReport(Path target) {
        formatReportMessage.set("Writing the format report…");
        tasks.run(() -> {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
                new FormatReport(runner, ArchiveLimits.defaults()).write(paths, out);
            }
            return target;
        }, saved -> formatReportMessage.set("Format report saved to " + saved
                + ". It holds no values; read it before you share it."),
                e -> formatReportMessage.set("The format report could not be written: " + e.getMessage()));
    }

    public void continueToOverview() {
        navigation.showHome();
    }

    private void show(ImportStatus status) {
        if (phase.get() == Phase.FINISHED) {
            return;
        }
        progress.set(status.fraction());
        currentExport.set(status.export());
        currentFile.set(status.file());
    }

    private void finish(ImportSummary result) {
        progress.set(1);
        currentFile.set("");
        report.set(result);
        phase.set(Phase.FINISHED);
    }

    /** Runs on the background thread. */
    private ImportSummary importAll(Consumer<ImportStatus> status) {
        status.accept(new ImportStatus("Opening " + paths.size() + (paths.size() == 1 ? " file" : " files") + "…",
                "", -1));
        ImportPlan plan = runner.plan(paths);
        try {
            List<PlannedExport> exports = plan.exports();
            long[] weights = new long[exports.size()];
            long all = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = Math.max(1, exports.get(i).tree().declaredBytes());
                all += weights[i];
            }
            List<ImportSummary.ExportResult> results = new ArrayList<>();
            long before = 0;
            for (int i = 0; i < exports.size(); i++) {
                PlannedExport planned = exports.get(i);
                String label = planned.service().displayName() + " · " + planned.source()
                        + (exports.size() > 1 ? " (" + (i + 1) + " of " + exports.size() + ")" : "");
                ImportReport outcome = cancelled.get() ? notReached(planned)
                        : runOne(planned, new Overall(label, before, weights[i], all, status));
                results.add(ImportSummary.ExportResult.of(outcome));
                before += weights[i];
            }
            String failure = null;
            if (results.stream().anyMatch(r -> r.result() == ImportReport.Result.IMPORTED)) {
                status.accept(new ImportStatus("Analysing what the companies concluded about you…", "", 1));
                try {
                    analyseProfile.run();
                } catch (RuntimeException e) {
                    // The imports are kept; the profile is analysed again when the Inferences screen opens.
                    failure = "The exports were imported, but analysing your profile failed: " + e.getMessage();
                }
            }
            return new ImportSummary(results, plan.unrecognised(), failure);
        } finally {
            closeQuietly(plan);
        }
    }

    private ImportReport runOne(PlannedExport planned, ImportProgress overall) {
        try {
            return runner.run(planned, store, overall, cancelled::get);
        } catch (RuntimeException e) {
            // The runner reports what it can; this catches what it cannot (e.g. the database gone away).
            return new ImportReport(ImportReport.Result.FAILED, planned.service(), planned.source(), null,
                    List.of(), "Import of " + planned.source() + " failed: " + e.getMessage());
        }
    }

    private static ImportReport notReached(PlannedExport planned) {
        return new ImportReport(ImportReport.Result.CANCELLED, planned.service(), planned.source(), null, List.of(),
                "Not imported: the import was cancelled before it reached " + planned.source() + ".");
    }

    private static void closeQuietly(ImportPlan plan) {
        try {
            plan.close();
        } catch (IOException ignored) {
            // the archives were read; failing to close them changes nothing in the report
        }
    }

    /** Turns one export's progress into progress over all exports, passing on only visible changes. */
    private static final class Overall implements ImportProgress {
        private final String export;
        private final long before;
        private final long weight;
        private final long all;
        private final Consumer<ImportStatus> status;
        private String lastFile;
        private double lastFraction = -1;

        Overall(String export, long before, long weight, long all, Consumer<ImportStatus> status) {
            this.export = export;
            this.before = before;
            this.weight = weight;
            this.all = all;
            this.status = status;
            status.accept(new ImportStatus(export, "", (double) before / all));
        }

        @Override
        public void progress(String currentFile, long bytesDone, long bytesTotal) {
            double within = bytesTotal <= 0 ? 0 : Math.min(1, (double) bytesDone / bytesTotal);
            double fraction = (before + weight * within) / all;
            if (!currentFile.equals(lastFile) || fraction - lastFraction >= PROGRESS_STEP) {
                lastFile = currentFile;
                lastFraction = fraction;
                status.accept(new ImportStatus(export, currentFile, fraction));
            }
        }
    }
}
