package app.footprint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.model.ActivitySupport;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.ui.inferences.InferenceEntry;
import app.footprint.ui.shell.MainWindow;
import app.footprint.ui.testing.UiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as the launcher starts it, with the real importers and the real demo persona: from an empty
 * database through "Explore a demo persona" to the Overview, a Company screen and the Inferences screen.
 */
class FootprintAppTest extends UiTest {
    private static final long DEMO_IMPORT_SECONDS = 300;

    @Test
    void explainsTheDemoPersonaFromAnEmptyDatabaseToItsStatedInferences() throws Exception {
        Path database = dir.resolve("data").resolve("footprint.db");
        FootprintApp.useDatabase(database);

        Application app = FxToolkit.setupApplication(FootprintApp.class);
        waitUntilShown("#welcomeScreen");

        assertThat(stage.getTitle()).isEqualTo("Footprint");
        assertThat(stage.getScene().getWidth()).isEqualTo(MainWindow.WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(MainWindow.HEIGHT);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(database).isRegularFile();

        robot.clickOn("#demoButton");
        // Writing and importing every service's demo archives takes longer than a screen change on a busy machine.
        waitLongUntilShown("#progressBar", "#reportView");
        waitLongUntilShown("#reportView");
        assertThat(database.resolveSibling("demo").resolve("my_spotify_data.zip")).isRegularFile();
        assertThat(labels(robot.lookup("#exportResult-facebook").query())).contains("Imported");

        robot.clickOn("#toOverviewButton");
        waitUntilShown("#companyCard-facebook");
        for (Service service : Service.values()) {
            assertThat(robot.lookup("#companyCard-" + service.id()).tryQuery()).as(service.displayName()).isPresent();
        }
        Node spotify = robot.lookup("#companyCard-spotify").query();
        Node facebook = robot.lookup("#companyCard-facebook").query();
        assertThat(text(spotify, "#items")).isEqualTo("16,304 items"); // plays counted from the extended history alone
        assertThat(text(facebook, "#items")).isEqualTo("7,910 items");
        // The sensitive count between them depends on the analysis's rules.
        assertThat(text(facebook, "#cardHeadline")).startsWith("295 conclusions stated · ")
                .endsWith("60 advertisers have your data");
        assertThat(labels(robot.from(facebook).lookup("#kinds").query())).startsWith("Messages", "6,000");

        robot.clickOn("#companyCard-facebook");
        waitUntilShown("#inferenceGroup-AD_INTEREST");
        TitledPane interests = robot.lookup("#inferenceGroup-AD_INTEREST").queryAs(TitledPane.class);
        int distinct = DemoPersona.standard().facts().facebook().distinctAdInterests();
        assertThat(interests.getText()).isEqualTo("Ad interests · " + distinct);
        assertThat(labels(interests.getContent())).contains("listed 2×");
        assertThat(robot.lookup("#inferenceGroup-ADVERTISER").queryAs(TitledPane.class).getText())
                .isEqualTo("Advertisers holding your data · 60");

        // The Inferences screen: every company's stated conclusions, the derived ones and the combined view,
        // each resting on evidence.
        robot.clickOn("#inferencesButton");
        waitLongUntil(() -> inferences().size() > 1000);
        List<Inference> all = inferences();
        assertThat(all).filteredOn(i -> i.origin() == InferenceOrigin.STATED && !i.isCombined())
                .extracting(Inference::service).as("stated by every company").containsAll(List.of(Service.values()));
        assertThat(all).extracting(Inference::kind).contains(InferenceKind.HOME, InferenceKind.WORK,
                InferenceKind.REGULAR_PLACE, InferenceKind.DAILY_RHYTHM, InferenceKind.LIFE_EVENT,
                InferenceKind.TASTE_PROFILE, InferenceKind.ACTIVITY_INTEREST, InferenceKind.RELATIONSHIP,
                InferenceKind.AGREEMENT, InferenceKind.CONTRADICTION, InferenceKind.COMBINED);
        assertThat(all).extracting(Inference::support).contains(ActivitySupport.SUPPORTED, ActivitySupport.NO_TRACE);
        assertThat(all).allSatisfy(i -> assertThat(i.evidenceCount()).as(i.label()).isPositive());

        robot.clickOn("#sensitiveOnly");
        // Twelve companies make the list longer than its popup: choose the entry as the keyboard would.
        ComboBox<?> companies = robot.lookup("#companyFilter").queryComboBox();
        robot.interact(() -> companies.getItems().stream().filter(c -> c.toString().equals("Across companies"))
                .findFirst().ifPresent(c -> companies.getSelectionModel().select(companies.getItems().indexOf(c))));
        waitUntil(() -> inferences().stream().allMatch(i -> i.isCombined() && i.isSensitive()));
        Inference expecting = inferences().stream().filter(i -> i.kind() == InferenceKind.COMBINED
                && i.label().startsWith("Expecting a baby")).findFirst().orElseThrow();
        robot.clickOn(expecting.label());
        waitUntil(() -> robot.lookup("#evidenceList").queryListView().getItems().size() > 3);
        assertThat(robot.lookup("#sensitiveWhy").queryLabeled().getText()).contains("Pregnancy and parenting");

        FxToolkit.cleanupApplication(app);
        assertThat(Files.exists(database.resolveSibling("footprint.db-wal")))
                .as("SQLite removes the write-ahead log when the last connection closes").isFalse();
    }

    /** The conclusions the Inferences screen lists under its current filters. */
    private List<Inference> inferences() {
        return robot.lookup("#inferenceList").tryQuery().map(n -> ((ListView<?>) n).getItems().stream()
                .filter(InferenceEntry.Row.class::isInstance)
                .map(e -> ((InferenceEntry.Row) e).stored().inference()).toList()).orElse(List.of());
    }

    private void waitLongUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(DEMO_IMPORT_SECONDS, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitLongUntilShown(String... queries) throws Exception {
        WaitForAsyncUtils.waitFor(DEMO_IMPORT_SECONDS, TimeUnit.SECONDS, () -> {
            for (String query : queries) {
                if (robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)) {
                    return true;
                }
            }
            return false;
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
