package app.footprint.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportRunner;
import app.footprint.model.Export;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.testing.ZipBuilder;
import app.footprint.ui.testing.TestData;
import app.footprint.ui.testing.UiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.Test;

class ImportScreenTest extends UiTest {

    @Test
    void anImportEndsWithItsReportAndGoesOnToTheOverviewCards() throws Exception {
        open();
        toChoose.add(TestData.facebookArchive(dir));

        robot.clickOn("#importButton");
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("1 export imported: 4 items and 3 stated inferences added.");
        assertThat(robot.lookup("#importProgress").query().isVisible()).isFalse();
        Node result = robot.lookup("#exportResult-facebook").query();
        assertThat(labels(result)).contains("Facebook", "Imported", "facebook-jana.zip", "4 items · 3 stated inferences",
                "1 file had problems", "test-facebook/records.txt", "• record 2: not a line of the test format");
        TitledPane notRecognised = robot.from(result).lookup("#notRecognised").queryAs(TitledPane.class);
        assertThat(notRecognised.getText()).isEqualTo("1 file not recognised (not read by Footprint yet)");
        assertThat(notRecognised.isExpanded()).isFalse();

        robot.clickOn("#toOverviewButton");
        waitUntilShown("#companyCard-facebook");

        Node card = robot.lookup("#companyCard-facebook").query();
        assertThat(text(card, "#items")).isEqualTo("4 items");
        assertThat(text(card, "#cardHeadline")).isEqualTo("2 conclusions stated · 1 advertiser has your data");
        assertThat(text(card, "#timeSpan")).isEqualTo("Nov 2023 – Mar 2024");
        assertThat(labels(robot.from(card).lookup("#kinds").query())).containsExactly("Messages", "3", "Searches", "1");
        assertThat(robot.from(card).lookup("#snapshots").tryQuery()).isEmpty();
        assertThat(text("#overviewHeadline")).isEqualTo("1 company holds 4 records about you");
    }

    @Test
    void theReportSavesAFormatReportWithoutValues() throws Exception {
        open();
        toChoose.add(TestData.facebookArchive(dir));
        robot.clickOn("#importButton");
        waitUntilShown("#reportView");

        reportFile = dir.resolve("format-report.json");
        robot.clickOn("#formatReportButton");
        waitUntil(() -> text("#formatReportMessage").startsWith("Format report saved to"));

        String report = Files.readString(reportFile);
        assertThat(report).contains("\"service\" : \"facebook\"").contains("test-facebook/records.txt");
        assertThat(report).as("values stay out").doesNotContain("Chat with Tom");
    }

    @Test
    void cancellingASlowImportLeavesTheDatabaseAsItWas() throws Exception {
        // An earlier import, which must survive untouched.
        ImportRunner runner = TestData.runner(facebook, spotify);
        beforeOpening(db -> {
            try (var plan = runner.plan(List.of(TestData.spotifyArchive(dir)))) {
                runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        // Two files: the import is held in the second, after the first one's records were written.
        toChoose.add(new ZipBuilder()
                .add("test-facebook/a.txt", "item|MESSAGES|2024-03-01T10:00:00Z|Chat||\ninference|AD_INTEREST|Cats|")
                .add("test-facebook/b.txt", "item|SEARCHES|2024-03-02T10:00:00Z|cats||")
                .writeTo(dir.resolve("facebook-slow.zip")));
        CountDownLatch reading = new CountDownLatch(1);
        facebook.beforeReading(file -> {
            if (file.path().endsWith("b.txt")) {
                reading.countDown();
                awaitRelease();
            }
        });
        open();
        waitUntilShown("#companyCard-spotify");
        List<Export> before = context.database().exports();

        robot.clickOn("#importButton");
        assertThat(reading.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("the import reached the second file").isTrue();
        waitUntil(() -> "test-facebook/b.txt".equals(text("#currentFile")));
        assertThat(text("#currentExport")).isEqualTo("Facebook · facebook-slow.zip");
        assertThat(robot.lookup("#progressBar").queryAs(ProgressBar.class).getProgress()).isBetween(0.0, 1.0);
        assertThat(disabled("#importButton")).as("no second import meanwhile").isTrue();
        assertThat(disabled("#overviewButton")).as("the window stays on the import").isTrue();

        robot.clickOn("#cancelButton");
        assertThat(disabled("#cancelButton")).isTrue();
        release.countDown();
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("1 export cancelled.");
        assertThat(labels(robot.lookup("#exportResult-facebook").query()))
                .contains("Cancelled", "Import cancelled; nothing from facebook-slow.zip was kept.");
        assertThat(context.database().exports()).isEqualTo(before);
        assertThat(new CompanyQueries(context.database()).company(Service.FACEBOOK)).isNull();
        assertThat(disabled("#importButton")).isFalse();

        robot.clickOn("#toOverviewButton");
        waitUntilShown("#companyCard-spotify");
        assertThat(robot.lookup("#companyCard-facebook").tryQuery()).isEmpty();
    }

    private void awaitRelease() {
        try {
            release.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void filesThatAreNoExportAreListedWithTheirReason() throws Exception {
        open();
        toChoose.add(Files.writeString(dir.resolve("notes.txt"), "shopping list"));

        robot.clickOn("#importButton");
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary"))
                .isEqualTo("Nothing was imported: none of the files is an export Footprint can read.");
        assertThat(labels(robot.lookup("#unrecognisedInputs").query())).contains("1 file was not recognised", "notes.txt");
        robot.clickOn("#toOverviewButton");
        waitUntilShown("#welcomeScreen");
    }

    @Test
    void importingTheSameArchiveAgainSaysItWasImportedBefore() throws Exception {
        open();
        toChoose.add(TestData.facebookArchive(dir));
        robot.clickOn("#importButton");
        waitUntilShown("#reportView");
        robot.clickOn("#toOverviewButton");
        waitUntilShown("#companyCard-facebook");

        robot.clickOn("#importButton");
        waitUntilShown("#reportView");

        assertThat(text("#reportSummary")).isEqualTo("1 export already imported before.");
        assertThat(labels(robot.lookup("#exportResult-facebook").query())).contains("Already imported");
        assertThat(context.database().exports()).hasSize(1);
    }
}
