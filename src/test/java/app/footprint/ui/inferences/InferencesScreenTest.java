package app.footprint.ui.inferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.ItemRow;
import app.footprint.ui.testing.ProfileFixture;
import app.footprint.ui.testing.UiTest;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clicks through the Inferences screen, a company's Profile tab and the Overview's headlines. */
class InferencesScreenTest extends UiTest {

    @BeforeEach
    void fill() {
        beforeOpening(ProfileFixture::write);
    }

    @Test
    void filtersToSensitiveOnesOpensOneAndFollowsItsEvidenceToTheRecords() throws Exception {
        open();
        waitUntilShown("#companyCard-amazon");
        robot.clickOn("#inferencesButton");
        waitUntil(() -> listSize("#inferenceList") == ProfileFixture.ALL);
        assertThat(text("#inferenceCount")).isEqualTo("7 conclusions");
        assertThat(text("#inferencesStatus")).as("no hint while there is a list").isEmpty();
        assertThat(robot.lookup("#detailPlaceholder").query().isVisible()).isTrue();

        robot.clickOn("#sensitiveOnly");
        waitUntil(() -> listSize("#inferenceList") == ProfileFixture.SENSITIVE);
        assertThat(text("#inferenceCount")).isEqualTo("Showing 4 of 7 conclusions");
        assertThat(cellTexts("#inferenceList")).contains("Expecting a baby", "Sensitive",
                "Amazon · Life events · Pregnancy · derived · likely (72%)").doesNotContain("Hiking", "Tom");

        robot.clickOn("Expecting a baby");
        waitUntil(() -> cellTexts("#evidenceList").contains("Unscented body lotion"));
        assertThat(text("#detailLabel")).isEqualTo("Expecting a baby");
        assertThat(text("#sensitiveWhy")).isEqualTo(ProfileFixture.BABY_WHY);
        assertThat(text("#detailConfidence")).isEqualTo("How sure: likely (72%).");
        assertThat(text("#detailExplanation")).startsWith("A retailer could have concluded");
        assertThat(text("#evidenceText")).isEqualTo("Rests on 5 records; the 2 most telling are listed");
        assertThat(cellTexts("#evidenceList")).contains("Cotton balls", "Show among Amazon's records");

        robot.clickOn("#challengeButton");
        waitUntil(() -> text("#detailMessage").startsWith("Copied a summary of “Expecting a baby”"));

        robot.clickOn("Unscented body lotion");
        waitUntil(() -> itemCells().contains("Unscented body lotion"));
        assertThat(text("#companyTitle")).isEqualTo("Amazon");
        assertThat(robot.lookup("#categoryChooser").queryAs(ComboBox.class).getValue())
                .hasToString("Purchases and orders (2)");
        // The lotion is the older of the two orders: the second row, selected and in view.
        TableView<ItemRow> table = robot.lookup("#itemTable").queryAs(TableView.class);
        waitUntil(() -> table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedIndices()).containsExactly(1);
        assertThat(table.getSelectionModel().getSelectedItem().title()).isEqualTo("Unscented body lotion");
        TableRow<?> selected = robot.lookup("#itemTable .table-row-cell").queryAllAs(TableRow.class).stream()
                .filter(TableRow::isSelected).findFirst().orElseThrow();
        assertThat(selected.getIndex()).isEqualTo(1);
        assertThat(selected.isVisible()).isTrue();
        Bounds row = onScreen(selected);
        assertThat(onScreen(table).contains(row)).as("the row is within the table").isTrue();
        assertThat(onScreen(enclosingScrollPane(table)).contains(row)).as("the table is scrolled into view").isTrue();
    }

    private static Bounds onScreen(Node node) {
        return node.localToScreen(node.getBoundsInLocal());
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        Node parent = node.getParent();
        while (!(parent instanceof ScrollPane)) {
            parent = parent.getParent();
        }
        return (ScrollPane) parent;
    }

    @Test
    void theCompanyFilterShowsWhatSeveralExportsRevealTogether() throws Exception {
        open();
        waitUntilShown("#companyCard-amazon");
        robot.clickOn("#inferencesButton");
        waitUntil(() -> listSize("#inferenceList") == ProfileFixture.ALL);

        robot.clickOn("#companyFilter");
        robot.clickOn("Across companies");

        waitUntil(() -> listSize("#inferenceList") == 1);
        robot.clickOn("Home, routine and a coming baby");
        waitUntil(() -> cellTexts("#evidenceList").contains("Show Amazon's profile"));
        assertThat(text("#detailSources")).isEqualTo("From the data of Google, Facebook and Amazon");

        robot.clickOn("Show Amazon's profile");
        waitUntil(() -> listSize("#inferenceList") == 2);
        TabPane tabs = robot.lookup("#companyTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("profileTab");
        assertThat(text("#profileHeadline")).isEqualTo("1 conclusion about you: 0 stated by Amazon, 1 implied by its data");
    }

    @Test
    void aCompanysProfileTabListsItsConclusionsByKind() throws Exception {
        open();
        waitUntilShown("#companyCard-facebook");
        Node card = robot.lookup("#companyCard-facebook").query();
        assertThat(text(card, "#cardHeadline")).isEqualTo("2 conclusions stated · 1 sensitive");
        assertThat(text(robot.lookup("#companyCard-amazon").query(), "#cardHeadline"))
                .isEqualTo("1 sensitive conclusion");

        robot.clickOn("#companyCard-facebook");
        waitUntilShown("#companyTitle");
        robot.clickOn("Profile");
        waitUntil(() -> listSize("#inferenceList") == 5);
        assertThat(text("#profileHeadline")).isEqualTo("3 conclusions about you: 2 stated by Facebook, 1 implied by its data");
        assertThat(cellTexts("#inferenceList")).containsSubsequence("Ad interests · 2", "Hiking",
                "Supported", "Pregnancy", "No trace", "People you interact with most · 1",
                "Tom");

        robot.clickOn("Pregnancy");
        waitUntil(() -> cellTexts("#evidenceList").contains("Schwangerschaft"));
        assertThat(text("#detailMeta")).isEqualTo("Facebook · Ad interests · Pregnancy · stated");
        assertThat(text("#sensitiveWhy")).startsWith("Pregnancy and parenting is a topic widely treated as sensitive");

        robot.clickOn("Show what Facebook states");
        waitUntilShown("#inferenceGroup-AD_INTEREST");
        TabPane tabs = robot.lookup("#companyTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("dataTab");
    }

    private int listSize(String query) {
        return robot.lookup(query).tryQuery().map(n -> ((ListView<?>) n).getItems().size()).orElse(-1);
    }

    /** The texts of the labels in a list's cells, in order. */
    private List<String> cellTexts(String list) {
        return robot.lookup(list + " .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    private List<String> itemCells() {
        return robot.lookup("#itemTable .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }
}
