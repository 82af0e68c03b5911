package app.footprint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.DemoPersona;
import app.footprint.model.Service;
import app.footprint.ui.shell.MainWindow;
import app.footprint.ui.testing.UiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app as the launcher starts it, with the real importers and the real demo persona: from an empty
 * database through "Explore a demo persona" to the Overview and a Company screen.
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

        FxToolkit.cleanupApplication(app);
        assertThat(Files.exists(database.resolveSibling("footprint.db-wal")))
                .as("SQLite removes the write-ahead log when the last connection closes").isFalse();
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
