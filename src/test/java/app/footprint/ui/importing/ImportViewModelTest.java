package app.footprint.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.ImportReport.Result;
import app.footprint.model.FileReport;
import app.footprint.model.Service;
import app.footprint.store.Database;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.importing.ImportSummary.ExportResult;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.RecordingNavigation;
import app.footprint.ui.testing.TestData;
import app.footprint.ui.testing.TestImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportViewModelTest {
    @TempDir
    Path dir;
    private Database db;
    private final TestImporter facebook = new TestImporter(Service.FACEBOOK);
    private final TestImporter spotify = new TestImporter(Service.SPOTIFY);
    private final RecordingNavigation navigation = new RecordingNavigation();
    private final AtomicInteger analyses = new AtomicInteger();

    @BeforeEach
    void openDatabase() {
        db = Database.open(dir.resolve("footprint.db"));
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    private ImportViewModel model(List<Path> paths) {
        return new ImportViewModel(paths, TestData.runner(facebook, spotify), db, analyses::incrementAndGet,
                new SameThreadTaskRunner(), navigation);
    }

    @Test
    void theReportListsEachExportWithItsCountsProblemsAndUnknownFiles() throws Exception {
        Path archive = TestData.facebookArchive(dir);
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my shopping list");
        ImportViewModel model = model(List.of(archive, notes));

        model.open();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.FINISHED);
        assertThat(model.runningProperty().get()).isFalse();
        assertThat(model.progressProperty().get()).isEqualTo(1.0);
        ImportSummary report = model.reportProperty().get();
        assertThat(report.failure()).isNull();
        ExportResult facebookResult = report.exports().get(0);
        assertThat(report.exports()).hasSize(1);
        assertThat(facebookResult.service()).isEqualTo(Service.FACEBOOK);
        assertThat(facebookResult.source()).isEqualTo("facebook-jana.zip");
        assertThat(facebookResult.result()).isEqualTo(Result.IMPORTED);
        assertThat(facebookResult.resultText()).isEqualTo("Imported");
        assertThat(facebookResult.items()).isEqualTo(4);
        assertThat(facebookResult.inferences()).isEqualTo(3);
        assertThat(facebookResult.countsText()).isEqualTo("4 items · 3 stated inferences");
        assertThat(facebookResult.filesWithProblems()).extracting(FileReport::path)
                .containsExactly("test-facebook/records.txt");
        assertThat(facebookResult.filesWithProblems().get(0).problems())
                .containsExactly("record 2: not a line of the test format");
        assertThat(facebookResult.filesNotRecognised()).containsExactly("test-facebook/photos/beach.jpg");
        assertThat(report.unrecognisedInputs()).singleElement().satisfies(u -> {
            assertThat(u.source()).isEqualTo("notes.txt");
            assertThat(u.reason()).contains("not recognised");
        });
        assertThat(report.summary()).isEqualTo("1 export imported: 4 items and 3 stated inferences added.");
        assertThat(db.exports()).hasSize(1);
        assertThat(analyses).as("the profile is analysed once after the import").hasValue(1);
    }

    @Test
    void theSameArchiveTwiceIsNoticedAndAddsNothing() throws Exception {
        Path archive = TestData.facebookArchive(dir);
        model(List.of(archive)).open();

        ImportViewModel again = model(List.of(archive));
        again.open();

        ExportResult result = again.reportProperty().get().exports().get(0);
        assertThat(result.result()).isEqualTo(Result.ALREADY_IMPORTED);
        assertThat(result.resultText()).isEqualTo("Already imported");
        assertThat(result.items()).as("what the earlier import holds").isEqualTo(4);
        assertThat(again.reportProperty().get().summary()).isEqualTo("1 export already imported before.");
        assertThat(db.exports()).hasSize(1);
        assertThat(analyses).as("nothing new, nothing to analyse again").hasValue(1);
    }

    @Test
    void progressGrowsOverBothExportsAndNamesTheFileBeingRead() throws Exception {
        ImportViewModel model = model(List.of(TestData.facebookArchive(dir), TestData.spotifyArchive(dir)));
        List<Double> fractions = new ArrayList<>();
        List<String> files = new ArrayList<>();
        List<String> exports = new ArrayList<>();
        model.progressProperty().addListener((o, was, now) -> fractions.add(now.doubleValue()));
        model.currentFileProperty().addListener((o, was, now) -> files.add(now));
        model.currentExportProperty().addListener((o, was, now) -> exports.add(now));

        model.open();

        assertThat(fractions).first().isEqualTo(0.0);
        assertThat(fractions).isSorted().last().isEqualTo(1.0);
        assertThat(fractions).anyMatch(f -> f > 0 && f < 1);
        assertThat(files).contains("test-facebook/records.txt", "test-spotify/records.txt");
        assertThat(exports).contains("Facebook · facebook-jana.zip (1 of 2)", "Spotify · my_spotify_data.zip (2 of 2)");
        assertThat(model.reportProperty().get().exports()).extracting(ExportResult::result)
                .containsExactly(Result.IMPORTED, Result.IMPORTED);
        assertThat(model.reportProperty().get().summary())
                .isEqualTo("2 exports imported: 6 items and 4 stated inferences added.");
    }

    @Test
    void cancellingRollsBackTheExportBeingReadAndSkipsTheRest() throws Exception {
        ImportViewModel model = model(List.of(TestData.facebookArchive(dir), TestData.spotifyArchive(dir)));
        // The person presses Cancel while the first file is being read.
        facebook.beforeReading(file -> model.cancel());

        model.open();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.FINISHED);
        ImportSummary report = model.reportProperty().get();
        assertThat(report.exports()).extracting(ExportResult::result).containsExactly(Result.CANCELLED, Result.CANCELLED);
        assertThat(report.exports().get(1).message()).contains("cancelled before it reached my_spotify_data.zip");
        assertThat(report.summary()).isEqualTo("2 exports cancelled.");
        assertThat(db.isEmpty()).isTrue();
        assertThat(analyses).hasValue(0);
    }

    @Test
    void aFailedAnalysisKeepsTheImportAndSaysWhy() throws Exception {
        ImportViewModel model = new ImportViewModel(List.of(TestData.facebookArchive(dir)), TestData.runner(facebook),
                db, () -> {
                    throw new IllegalStateException("disk full");
                }, new SameThreadTaskRunner(), navigation);

        model.open();

        ImportSummary report = model.reportProperty().get();
        assertThat(report.exports()).extracting(ExportResult::result).containsExactly(Result.IMPORTED);
        assertThat(report.failure()).isEqualTo("The exports were imported, but analysing your profile failed: disk full");
        assertThat(db.exports()).hasSize(1);
    }

    @Test
    void cancelWhileWorkingShowsCancellingUntilTheRunnerStops() throws Exception {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        ImportViewModel model = new ImportViewModel(List.of(TestData.facebookArchive(dir)),
                TestData.runner(facebook), db, analyses::incrementAndGet, tasks, navigation);
        model.open();

        model.cancel();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.CANCELLING);
        assertThat(model.runningProperty().get()).isTrue();
        tasks.runAll();
        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.FINISHED);
        assertThat(model.reportProperty().get().exports()).extracting(ExportResult::result)
                .containsExactly(Result.CANCELLED);
        assertThat(db.isEmpty()).isTrue();
    }

    @Test
    void nothingRecognisedSaysSo() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "my shopping list");
        ImportViewModel model = model(List.of(notes));

        model.open();

        ImportSummary report = model.reportProperty().get();
        assertThat(report.exports()).isEmpty();
        assertThat(report.summary()).isEqualTo("Nothing was imported: none of the files is an export Footprint can read.");
    }

    @Test
    void aFailingImportEndsWithTheReason() throws Exception {
        Path archive = TestData.facebookArchive(dir);
        db.close(); // the database goes away under the import
        ImportViewModel model = model(List.of(archive));

        model.open();

        assertThat(model.phaseProperty().get()).isEqualTo(ImportViewModel.Phase.FINISHED);
        ExportResult result = model.reportProperty().get().exports().get(0);
        assertThat(result.result()).isEqualTo(Result.FAILED);
        assertThat(result.resultText()).isEqualTo("Failed");
        db = Database.open(dir.resolve("footprint.db"));
        assertThat(db.isEmpty()).isTrue();
    }

    @Test
    void theButtonAtTheEndGoesToTheOverview() throws Exception {
        ImportViewModel model = model(List.of(TestData.facebookArchive(dir)));
        model.open();

        model.continueToOverview();

        assertThat(navigation.requests).containsExactly("home");
    }
}
