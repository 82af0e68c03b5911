package app.footprint.ui.company;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.ui.testing.TestData.ExportBuilder;
import app.footprint.ui.testing.UiTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CompanyScreenTest extends UiTest {
    private static final int MESSAGES = 450;
    private static final Instant FIRST = Instant.parse("2015-01-15T12:00:00Z");

    @BeforeEach
    void fill() {
        beforeOpening(db -> {
            ExportBuilder facebook = new ExportBuilder(Service.FACEBOOK, "facebook-jana.zip");
            for (int i = 0; i < MESSAGES; i++) {
                facebook.item(new Item(Category.MESSAGES, FIRST.plusSeconds(86_400L * i), false, "message " + i,
                        "text " + i, Map.of(), new SourceRef("messages/inbox/tom/message_1.json", i)));
            }
            facebook.item(Category.SEARCHES, Instant.parse("2020-05-15T12:00:00Z"), "running shoes", "search.json", 0)
                    .inference(InferenceKind.AD_INTEREST, "Running", Map.of(), "ads_interests.json", 0)
                    .inference(InferenceKind.AD_INTEREST, "Running", Map.of(), "ads_interests.json", 1)
                    .inference(InferenceKind.AD_INTEREST, "Baby products", Map.of(), "ads_interests.json", 2)
                    .inference(InferenceKind.ADVERTISER, "Shoe Shop", Map.of("has_data_file_custom_audience", "true",
                            "has_remarketing_custom_audience", "false"), "advertisers.json", 0)
                    .writeTo(db);
        });
    }

    @Test
    void aCardOpensTheCompanyWithItsStatedInferencesAndItsRecords() throws Exception {
        open();
        waitUntilShown("#companyCard-facebook");

        robot.clickOn("#companyCard-facebook");
        waitUntilShown("#inferenceGroup-AD_INTEREST");

        assertThat(text("#companyTitle")).isEqualTo("Facebook");
        assertThat(text("#statedHeadline")).isEqualTo("Facebook states 3 things about you");
        TitledPane interests = robot.lookup("#inferenceGroup-AD_INTEREST").queryAs(TitledPane.class);
        assertThat(interests.getText()).isEqualTo("Ad interests · 2");
        assertThat(labels(interests.getContent())).containsExactly("Running", "listed 2×", "Baby products");
        TitledPane advertisers = robot.lookup("#inferenceGroup-ADVERTISER").queryAs(TitledPane.class);
        assertThat(advertisers.getText()).isEqualTo("Advertisers holding your data · 1");
        assertThat(labels(advertisers.getContent())).containsExactly("Shoe Shop", "uploaded a list with your details");
        assertThat(labels(robot.lookup("#kindsTable").query())).startsWith("Messages", "450", "Jan 2015 – Apr 2016");

        // The table reads its first page in the background and shows the newest message first.
        waitUntil(() -> cellTexts().contains("message 449"));
        assertThat(cellTexts()).contains("text 449", "messages/inbox/tom/message_1.json, record 449", "message 448");
        assertThat(text("#rowsText")).isEqualTo("450 records, newest first");
        TableView<?> table = robot.lookup("#itemTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(MESSAGES);
    }

    @Test
    void scrollingToTheEndReadsTheLastPageOnDemand() throws Exception {
        open();
        waitUntilShown("#companyCard-facebook");
        robot.clickOn("#companyCard-facebook");
        waitUntil(() -> cellTexts().contains("message 449"));
        TableView<?> table = robot.lookup("#itemTable").queryAs(TableView.class);

        robot.interact(() -> table.scrollTo(MESSAGES - 1));

        waitUntil(() -> cellTexts().contains("message 0"));
        assertThat(cellTexts()).doesNotContain("message 449");
    }

    @Test
    void theChooserSwitchesTheTableToAnotherKind() throws Exception {
        open();
        waitUntilShown("#companyCard-facebook");
        robot.clickOn("#companyCard-facebook");
        waitUntil(() -> cellTexts().contains("message 449"));

        robot.clickOn("#categoryChooser");
        robot.clickOn("Searches (1)");

        waitUntil(() -> cellTexts().contains("running shoes"));
        assertThat(cellTexts()).doesNotContain("message 449");
        ComboBox<?> chooser = robot.lookup("#categoryChooser").queryAs(ComboBox.class);
        assertThat(chooser.getValue()).hasToString("Searches (1)");
        assertThat(text("#rowsText")).isEqualTo("1 record");
    }

    private List<String> cellTexts() {
        return robot.lookup("#itemTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
