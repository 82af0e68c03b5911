package app.footprint.ui.welcome;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.ui.testing.TestData;
import app.footprint.ui.testing.UiTest;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class WelcomeScreenTest extends UiTest {

    @Test
    void explainsFootprintAndOffersTheTwoWaysToStart() throws Exception {
        open();

        assertThat(labels(robot.lookup("#welcomeScreen").query())).contains(
                "See what companies know about you",
                "You can also drop archives or unpacked folders anywhere on this window.",
                "Jana, a made-up nurse from Leipzig.")
                .anyMatch(t -> t.startsWith("Nothing leaves your computer"));
        assertThat(robot.lookup("#importArchiveButton").queryButton().getText()).isEqualTo("Import an archive…");
        assertThat(robot.lookup("#demoButton").queryButton().getText()).isEqualTo("Explore a demo persona");
        assertThat(robot.lookup("#welcomeProblem").query().isVisible()).isFalse();
    }

    @Test
    void theDemoPersonaIsWrittenImportedAndShown() throws Exception {
        open();

        robot.clickOn("#demoButton");
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("2 exports imported: 6 items and 4 stated inferences added.");
        robot.clickOn("#toOverviewButton");
        waitUntilShown("#companyCard-facebook");
        assertThat(robot.lookup("#companyCard-spotify").tryQuery()).isPresent();
    }

    @Test
    void aDemoThatCannotBeWrittenSaysWhy() throws Exception {
        open(() -> {
            throw new IOException("demo persona not available in this build");
        });

        robot.clickOn("#demoButton");
        waitUntilShown("#welcomeProblem");

        assertThat(text("#welcomeProblem"))
                .isEqualTo("The demo persona could not be written: demo persona not available in this build");
        assertThat(disabled("#demoButton")).isFalse();
        assertThat(robot.lookup("#welcomeScreen").tryQuery()).isPresent();
    }

    @Test
    void theImportButtonOpensTheFileChooser() throws Exception {
        open();
        toChoose.add(TestData.facebookArchive(dir));

        robot.clickOn("#importArchiveButton");
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("1 export imported: 4 items and 3 stated inferences added.");
    }
}
