package app.footprint.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Service;
import app.footprint.testing.ZipBuilder;
import app.footprint.ui.testing.TestData.ExportBuilder;
import app.footprint.ui.testing.TestData;
import app.footprint.ui.testing.UiTest;
import java.time.Instant;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class MainWindowTest extends UiTest {

    @Test
    void anEmptyDatabaseOpensOnTheWelcomeScreen() throws Exception {
        open();

        assertThat(stage.getTitle()).isEqualTo("Footprint");
        assertThat(stage.getMinWidth()).isEqualTo(MainWindow.MIN_WIDTH);
        assertThat(stage.getMinHeight()).isEqualTo(MainWindow.MIN_HEIGHT);
        assertThat(stage.getScene().getStylesheets()).singleElement().asString().endsWith("app/footprint/ui/footprint.css");
        assertThat(robot.lookup("#welcomeScreen").tryQuery()).isPresent();
        assertThat(robot.lookup("#overviewScreen").tryQuery()).isEmpty();
        assertThat(disabled("#importButton")).isFalse();
        assertThat(robot.lookup("#dropOverlay").query().isVisible()).isFalse();
    }

    @Test
    void aDatabaseWithImportsOpensOnTheOverview() throws Exception {
        beforeOpening(db -> new ExportBuilder(Service.SPOTIFY, "my_spotify_data.zip")
                .item(Category.LISTENING, Instant.parse("2024-03-02T18:00:00Z"), "Song", "history.json", 0).writeTo(db));

        open();

        waitUntilShown("#companyCard-spotify");
        assertThat(robot.lookup("#welcomeScreen").tryQuery()).isEmpty();
    }

    @Test
    void anUnpackedFolderCanBeImported() throws Exception {
        open();
        toChoose.add(new ZipBuilder()
                .add("test-spotify/records.txt", "item|LISTENING|2024-03-02T18:00:00Z|Song||")
                .writeFolder(dir.resolve("my_spotify_data")));

        robot.clickOn("#importFolderButton");
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("1 export imported: 1 item and 0 stated inferences added.");
    }

    @Test
    void ctrlOOpensTheFileChooser() throws Exception {
        open();
        toChoose.add(TestData.spotifyArchive(dir));

        robot.clickOn("#welcomeScreen").press(KeyCode.CONTROL, KeyCode.O).release(KeyCode.O, KeyCode.CONTROL);
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("1 export imported: 2 items and 1 stated inference added.");
    }

    @Test
    void theOverviewButtonGoesBackFromACompany() throws Exception {
        beforeOpening(db -> new ExportBuilder(Service.SPOTIFY, "my_spotify_data.zip")
                .item(Category.LISTENING, Instant.parse("2024-03-02T18:00:00Z"), "Song", "history.json", 0).writeTo(db));
        open();
        waitUntilShown("#companyCard-spotify");

        robot.clickOn("#companyCard-spotify");
        waitUntilShown("#companyScreen");
        robot.clickOn("#overviewButton");

        waitUntilShown("#companyCard-spotify");
        assertThat(robot.lookup("#companyScreen").tryQuery()).isEmpty();
    }
}
