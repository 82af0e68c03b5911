package app.footprint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.ui.common.ScreenView;
import app.footprint.analysis.ProfileUpdater;
import app.footprint.ui.importing.ImportView;
import app.footprint.ui.importing.ImportViewModel;
import app.footprint.ui.inferences.InferenceDetailModel;
import app.footprint.ui.inferences.InferenceSource;
import app.footprint.ui.inferences.InferencesView;
import app.footprint.ui.inferences.InferencesViewModel;
import app.footprint.ui.overview.OverviewView;
import app.footprint.ui.overview.OverviewViewModel;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.ProfileFixture;
import app.footprint.ui.testing.RecordingNavigation;
import app.footprint.ui.testing.TestData;
import app.footprint.ui.testing.TestData.ExportBuilder;
import app.footprint.ui.testing.TestImporter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A view that was left lets go of its ViewModel: later changes no longer reach its controls. */
class ViewDetachTest {
    @TempDir
    Path dir;
    private Database db;
    private final DeferredTaskRunner tasks = new DeferredTaskRunner();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("footprint.db"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    /** Builds the view in a scene of its own, so that its controls have their skins and can be looked up. */
    private static <V extends ScreenView> V inScene(Callable<V> create) throws Exception {
        return onFx(() -> {
            V view = create.call();
            StackPane root = new StackPane(view.node());
            new Scene(root, 800, 600);
            root.applyCss();
            root.layout();
            return view;
        });
    }

    private static Node find(ScreenView view, String id) {
        return view.node().lookup(id);
    }

    @Test
    void theImportScreenStopsFollowingTheImportOnceLeft() throws Exception {
        ImportViewModel model = new ImportViewModel(List.of(TestData.facebookArchive(dir)),
                TestData.runner(new TestImporter(Service.FACEBOOK)), db, () -> { }, tasks, new RecordingNavigation());
        ImportView view = inScene(() -> new ImportView(model, window -> Optional.empty()));
        ProgressBar bar = (ProgressBar) find(view, "#progressBar");
        assertThat(bar.progressProperty().isBound()).isTrue();
        model.open();

        onFx(() -> {
            view.detach();
            tasks.runAll(); // the import goes on and ends after the screen was left
            return null;
        });

        assertThat(model.reportProperty().get()).isNotNull();
        assertThat(bar.progressProperty().isBound()).isFalse();
        assertThat(((Label) find(view, "#currentExport")).getText()).isEmpty();
        assertThat(find(view, "#reportView").isVisible()).isFalse();
    }

    @Test
    void theOverviewStopsFollowingItsCardsOnceLeft() throws Exception {
        new ExportBuilder(Service.SPOTIFY, "my_spotify_data.zip")
                .item(Category.LISTENING, Instant.parse("2024-03-02T18:00:00Z"), "Song", "history.json", 0).writeTo(db);
        OverviewViewModel model = new OverviewViewModel(new CompanyQueries(db), tasks, new RecordingNavigation());
        OverviewView view = inScene(() -> new OverviewView(model));
        model.open();

        onFx(() -> {
            view.detach();
            tasks.runAll();
            return null;
        });

        assertThat(model.cards()).hasSize(1);
        assertThat(((FlowPane) find(view, "#companyCards")).getChildren()).isEmpty();
        assertThat(((Label) find(view, "#overviewHeadline")).getText()).isEmpty();
    }

    @Test
    void theInferencesScreenStopsFollowingItsListAndDetailOnceLeft() throws Exception {
        ProfileFixture.write(db);
        InferenceSource source = new InferenceSource(db, ProfileUpdater.standard());
        InferencesViewModel model = new InferencesViewModel(source, tasks,
                new InferenceDetailModel(source, tasks, new RecordingNavigation(), text -> { }));
        InferencesView view = inScene(() -> new InferencesView(model));
        model.open();

        onFx(() -> {
            view.detach();
            tasks.runAll();
            model.sensitiveOnlyProperty().set(true);
            model.select(model.inferences().get(0));
            tasks.runAll();
            return null;
        });

        assertThat(model.inferences()).hasSize(ProfileFixture.SENSITIVE);
        assertThat(model.detail().evidence()).isNotEmpty();
        assertThat(((ListView<?>) find(view, "#inferenceList")).getItems()).isEmpty();
        assertThat(((ListView<?>) find(view, "#evidenceList")).getItems()).isEmpty();
        assertThat(((CheckBox) find(view, "#sensitiveOnly")).isSelected()).isFalse();
        assertThat(((Label) find(view, "#inferenceCount")).getText()).isEmpty();
        assertThat(((Label) find(view, "#detailLabel")).getText()).isEmpty();
    }

    @Test
    void aViewStillShownFollowsItsModel() throws Exception {
        new ExportBuilder(Service.SPOTIFY, "my_spotify_data.zip")
                .item(Category.LISTENING, Instant.parse("2024-03-02T18:00:00Z"), "Song", "history.json", 0).writeTo(db);
        OverviewViewModel model = new OverviewViewModel(new CompanyQueries(db), tasks, new RecordingNavigation());
        OverviewView view = inScene(() -> new OverviewView(model));
        model.open();

        onFx(() -> {
            tasks.runAll();
            return null;
        });

        assertThat(((FlowPane) find(view, "#companyCards")).getChildren()).hasSize(1);
        assertThat(((Label) find(view, "#overviewHeadline")).getText()).isEqualTo("1 company holds 1 record about you");
    }
}
