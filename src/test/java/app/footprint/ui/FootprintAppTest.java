package app.footprint.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.ui.shell.MainWindow;
import app.footprint.ui.testing.UiTest;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The app as the launcher starts it: its own database file, theme, window and shutdown. */
class FootprintAppTest extends UiTest {

    @Test
    void startsOnItsDatabaseShowsTheWindowAndClosesTheDatabaseOnExit() throws Exception {
        Path database = dir.resolve("data").resolve("footprint.db");
        FootprintApp.useDatabase(database);

        Application app = FxToolkit.setupApplication(FootprintApp.class);
        waitUntilShown("#welcomeScreen");

        assertThat(stage.getTitle()).isEqualTo("Footprint");
        assertThat(stage.getScene().getWidth()).isEqualTo(MainWindow.WIDTH);
        assertThat(stage.getScene().getHeight()).isEqualTo(MainWindow.HEIGHT);
        assertThat(Application.getUserAgentStylesheet()).contains("primer-light");
        assertThat(database).isRegularFile();
        assertThat(database.resolveSibling("footprint.db-wal")).exists();

        // Until the demo persona is merged in, the demo button says it is not there.
        robot.clickOn("#demoButton");
        waitUntilShown("#welcomeProblem");
        assertThat(text("#welcomeProblem")).endsWith("demo persona not available in this build");

        FxToolkit.cleanupApplication(app);
        assertThat(Files.exists(database.resolveSibling("footprint.db-wal")))
                .as("SQLite removes the write-ahead log when the last connection closes").isFalse();
    }
}
