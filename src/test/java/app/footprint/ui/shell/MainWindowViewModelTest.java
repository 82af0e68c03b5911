package app.footprint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Service;
import app.footprint.ui.AppContext;
import app.footprint.ui.common.SameThreadTaskRunner;
import app.footprint.ui.common.TaskRunner;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.company.CompanyViewModel;
import app.footprint.ui.importing.ImportViewModel;
import app.footprint.ui.inferences.InferencesViewModel;
import app.footprint.ui.overview.OverviewViewModel;
import app.footprint.ui.testing.DeferredTaskRunner;
import app.footprint.ui.testing.TestData;
import app.footprint.ui.testing.TestImporter;
import app.footprint.ui.welcome.WelcomeViewModel;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir
    Path dir;
    private AppContext context;

    private MainWindowViewModel model(TaskRunner tasks) {
        context = TestData.context(dir, tasks, TestData.demo(dir), new TestImporter(Service.FACEBOOK),
                new TestImporter(Service.SPOTIFY));
        return new MainWindowViewModel(context);
    }

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void anEmptyDatabaseOpensOnTheWelcomeScreen() {
        MainWindowViewModel model = model(new SameThreadTaskRunner());

        model.showHome();

        assertThat(model.screenProperty().get()).isInstanceOf(WelcomeViewModel.class);
        assertThat(model.importingProperty().get()).isFalse();
    }

    @Test
    void anImportLeadsToTheOverviewAndACompany() throws Exception {
        MainWindowViewModel model = model(new SameThreadTaskRunner());
        model.showHome();

        assertThat(model.startImport(List.of(TestData.facebookArchive(dir)))).isTrue();
        ImportViewModel importing = (ImportViewModel) model.screenProperty().get();
        assertThat(importing.reportProperty().get()).isNotNull();
        importing.continueToOverview();

        assertThat(model.screenProperty().get()).isInstanceOf(OverviewViewModel.class);
        OverviewViewModel overview = (OverviewViewModel) model.screenProperty().get();
        assertThat(overview.cards()).hasSize(1);
        overview.openCompany(Service.FACEBOOK);
        assertThat(model.screenProperty().get()).isInstanceOfSatisfying(CompanyViewModel.class,
                company -> assertThat(company.service()).isEqualTo(Service.FACEBOOK));
    }

    @Test
    void whileAnImportRunsTheWindowStaysOnItAndRefusesASecondOne() throws Exception {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        MainWindowViewModel model = model(tasks);
        model.showHome();
        tasks.runAll();
        Path archive = TestData.facebookArchive(dir);

        assertThat(model.startImport(List.of(archive))).isTrue();
        Object importScreen = model.screenProperty().get();
        assertThat(model.importingProperty().get()).isTrue();
        assertThat(model.startImport(List.of(TestData.spotifyArchive(dir)))).isFalse();
        model.showHome();
        model.showCompany(Service.FACEBOOK);
        assertThat(model.screenProperty().get()).isSameAs(importScreen);

        tasks.runAll();
        assertThat(model.importingProperty().get()).isFalse();
        model.showHome();
        tasks.runAll();
        assertThat(model.screenProperty().get()).isInstanceOf(OverviewViewModel.class);
        assertThat(model.importingProperty().get()).isFalse();
    }

    @Test
    void theInferencesScreenAndACompanysProfileOpenFromAnywhereButAnImport() throws Exception {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        MainWindowViewModel model = model(tasks);

        model.showInferences();
        assertThat(model.screenProperty().get()).isInstanceOf(InferencesViewModel.class);
        model.showCompany(Service.FACEBOOK, CompanyFocus.PROFILE);
        assertThat(model.screenProperty().get()).isInstanceOfSatisfying(CompanyViewModel.class,
                company -> assertThat(company.focus()).isEqualTo(CompanyFocus.PROFILE));

        model.startImport(List.of(TestData.facebookArchive(dir)));
        Object importScreen = model.screenProperty().get();
        model.showInferences();
        assertThat(model.screenProperty().get()).isSameAs(importScreen);
        tasks.runAll();
    }

    @Test
    void aLateAnswerDoesNotUndoANewerRequest() {
        DeferredTaskRunner tasks = new DeferredTaskRunner();
        MainWindowViewModel model = model(tasks);

        model.showHome();
        model.showCompany(Service.SPOTIFY);
        tasks.runAll();

        assertThat(model.screenProperty().get()).isInstanceOf(CompanyViewModel.class);
    }

    @Test
    void nothingChosenStartsNothing() {
        MainWindowViewModel model = model(new SameThreadTaskRunner());
        model.showHome();

        assertThat(model.startImport(List.of())).isFalse();
        assertThat(model.screenProperty().get()).isInstanceOf(WelcomeViewModel.class);
    }
}
