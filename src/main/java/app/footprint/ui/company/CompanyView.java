package app.footprint.ui.company;

import app.footprint.model.ItemRow;
import app.footprint.ui.common.CompanyFocus;
import app.footprint.ui.common.Nodes;
import app.footprint.ui.common.ScreenView;
import app.footprint.ui.inferences.InferencePanel;
import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/**
 * One company: on one tab the kinds of data it holds, what it states about the person, and a browser over
 * its records that reads them a page at a time; on the other its profile, every conclusion about the person
 * from its data. The screen opens on the part asked for.
 */
public final class CompanyView implements ScreenView {
    /** Lines shown per group before "Show all": some advertiser lists run into the thousands. */
    static final int SHOWN_LINES = 100;
    private static final double ROW_HEIGHT = 28;

    private final CompanyViewModel model;
    private final GridPane kindsTable = new GridPane();
    private final VBox groupsBox = new VBox(12);
    private final ComboBox<KindLine> chooser = new ComboBox<>();
    private final TableView<ItemRow> table = new TableView<>();
    private final ListChangeListener<KindLine> kindsChanged = change -> showKinds();
    private final ListChangeListener<InferenceGroup> groupsChanged = change -> showGroups();
    private final InferencePanel profilePanel;
    private final VBox data;
    private final ScrollPane dataScroll;
    private final VBox states;
    private final VBox browse;
    private final Node root;
    private final Subscription subscriptions;
    /** Whether the part asked for was scrolled into view already. */
    private boolean revealed;

    public CompanyView(CompanyViewModel model) {
        this.model = model;
        Label title = Nodes.label("", Styles.TITLE_1);
        title.setId("companyTitle");
        Label subtitle = Nodes.muted("");
        Label sources = Nodes.text("", Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Label problem = Nodes.text("", Styles.DANGER);

        kindsTable.setId("kindsTable");
        kindsTable.setHgap(24);
        kindsTable.setVgap(6);
        VBox holds = section("What it holds", kindsTable);

        Label statedHeadline = Nodes.label("", Styles.TITLE_3);
        statedHeadline.setId("statedHeadline");
        groupsBox.setId("inferenceGroups");
        states = new VBox(10, statedHeadline,
                Nodes.muted("In the company's own words, as its export lists them. Repeats are folded."), groupsBox);
        states.getStyleClass().add("section");

        chooser.setId("categoryChooser");
        chooser.setPromptText("Choose a kind of data");
        chooser.setItems(model.kinds());
        Label rowsText = Nodes.muted("");
        rowsText.setId("rowsText");
        HBox chooserRow = new HBox(12, chooser, rowsText);
        chooserRow.setAlignment(Pos.CENTER_LEFT);
        buildTable();
        browse = section("Browse the records", chooserRow, table);

        VBox header = new VBox(4, title, subtitle, sources, problem);
        header.getStyleClass().add("company-header");
        data = new VBox(holds, states, browse);
        data.getStyleClass().add("screen-content");
        dataScroll = Nodes.screen(data);
        Tab dataTab = new Tab("What it holds", dataScroll);
        dataTab.setId("dataTab");

        Label profileHeadline = Nodes.label("", Styles.TITLE_3);
        profileHeadline.setId("profileHeadline");
        profilePanel = new InferencePanel(model.profile().entries(), model.profile().detail(), model.profile()::select);
        VBox profile = new VBox(10, profileHeadline, Nodes.muted("What " + model.service().displayName()
                + " states about you and what its data implies, made comparable across companies. Choose one to see "
                + "what it rests on."), profilePanel.node());
        VBox.setVgrow(profilePanel.node(), Priority.ALWAYS);
        profile.getStyleClass().addAll("screen-content", Styles.BG_SUBTLE);
        Tab profileTab = new Tab("Profile", profile);
        profileTab.setId("profileTab");

        TabPane tabs = new TabPane(dataTab, profileTab);
        tabs.setId("companyTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        if (model.focus().part() == CompanyFocus.Part.PROFILE) {
            tabs.getSelectionModel().select(profileTab);
        }
        VBox.setVgrow(tabs, Priority.ALWAYS);
        VBox layout = new VBox(header, tabs);
        layout.getStyleClass().add(Styles.BG_SUBTLE);
        root = layout;
        root.setId("companyScreen");

        model.kinds().addListener(kindsChanged);
        model.groups().addListener(groupsChanged);
        showKinds();
        showGroups();
        table.itemsProperty().bind(model.rowsProperty());
        subscriptions = Subscription.combine(
                () -> model.kinds().removeListener(kindsChanged),
                () -> model.groups().removeListener(groupsChanged),
                profilePanel::detach,
                model.profile().headlineProperty().subscribe(profileHeadline::setText),
                () -> {
                    chooser.setItems(FXCollections.emptyObservableList());
                    table.itemsProperty().unbind();
                    table.setItems(FXCollections.emptyObservableList());
                },
                model.titleProperty().subscribe(title::setText),
                model.subtitleProperty().subscribe(subtitle::setText),
                model.sourcesProperty().subscribe(sources::setText),
                model.statedHeadlineProperty().subscribe(statedHeadline::setText),
                model.rowsTextProperty().subscribe(rowsText::setText),
                model.problemProperty().subscribe(text -> {
                    problem.setText(text);
                    problem.setManaged(!text.isEmpty());
                }),
                model.followedRowProperty().subscribe(row -> showFollowed(row.intValue())),
                model.chosenKindProperty().subscribe(chooser::setValue),
                chooser.valueProperty().subscribe(kind -> {
                    if (kind != null) {
                        model.choose(kind);
                    }
                }));
    }

    /** Scrolls the table to the record followed from a piece of evidence and selects it; its page is read then. */
    private void showFollowed(int row) {
        if (row >= 0 && row < table.getItems().size()) {
            table.scrollTo(row);
            table.getSelectionModel().clearAndSelect(row);
        }
    }

    private static VBox section(String heading, Node... children) {
        VBox box = new VBox(10, Nodes.label(heading, Styles.TITLE_3));
        box.getChildren().addAll(children);
        box.getStyleClass().add("section");
        return box;
    }

    private void buildTable() {
        table.setId("itemTable");
        table.setFixedCellSize(ROW_HEIGHT);
        table.setPrefHeight(ROW_HEIGHT * 16 + 32);
        table.setPlaceholder(Nodes.muted("No records of this kind."));
        table.getStyleClass().add(Styles.STRIPED);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("When", 170, ItemText::when, OverrunStyle.ELLIPSIS),
                column("What", 260, ItemText::what, OverrunStyle.ELLIPSIS),
                column("Details", 380, ItemText::details, OverrunStyle.ELLIPSIS),
                // Paths lose their start rather than their file name.
                column("From file", 300, ItemText::from, OverrunStyle.LEADING_ELLIPSIS)));
        VBox.setVgrow(table, Priority.ALWAYS);
    }

    private static TableColumn<ItemRow, String> column(String name, double width, Function<ItemRow, String> text,
                                                       OverrunStyle overrun) {
        TableColumn<ItemRow, String> column = new TableColumn<>(name);
        column.setPrefWidth(width);
        // The rows come newest first from the database; sorting would need every row in memory.
        column.setSortable(false);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setCellFactory(c -> new TextCell(overrun));
        return column;
    }

    /** A cell whose full text shows in a tooltip when the column is too narrow for it. */
    private static final class TextCell extends TableCell<ItemRow, String> {
        private final Tooltip tooltip = new Tooltip();

        TextCell(OverrunStyle overrun) {
            setTextOverrun(overrun);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            boolean blank = empty || text == null || text.isEmpty();
            setText(blank ? null : text);
            tooltip.setText(blank ? "" : text);
            setTooltip(blank ? null : tooltip);
        }
    }

    private void showKinds() {
        kindsTable.getChildren().clear();
        kindsTable.getColumnConstraints().setAll(new ColumnConstraints(), new ColumnConstraints(), new ColumnConstraints());
        int row = 0;
        for (KindLine k : model.kinds()) {
            Label count = Nodes.label(k.count(), "kind-count");
            GridPane.setHalignment(count, HPos.RIGHT);
            kindsTable.addRow(row++, Nodes.label(k.kind()), count, Nodes.label(k.span(), Styles.TEXT_MUTED));
        }
        if (model.focus().category() != null && !model.kinds().isEmpty()) {
            reveal(browse);
        }
    }

    /** Scrolls the records tab so that a section starts at the top, once its content is laid out. */
    private void reveal(Node section) {
        if (revealed) {
            return;
        }
        revealed = true;
        Platform.runLater(() -> {
            data.applyCss();
            data.layout();
            double scrollable = data.getHeight() - dataScroll.getViewportBounds().getHeight();
            if (scrollable > 0) {
                dataScroll.setVvalue(Math.min(1, section.getBoundsInParent().getMinY() / scrollable));
            }
        });
    }

    private void showGroups() {
        groupsBox.getChildren().setAll(model.groups().stream().map(CompanyView::group).toList());
        if (model.focus().part() == CompanyFocus.Part.STATED && !model.groups().isEmpty()) {
            reveal(states);
        }
    }

    private static TitledPane group(InferenceGroup group) {
        boolean chips = group.plain();
        Pane lines = chips ? new FlowPane(6, 6) : new VBox(2);
        fill(lines, chips, group.lines().subList(0, Math.min(SHOWN_LINES, group.lines().size())));
        VBox content = new VBox(8, lines);
        if (group.lines().size() > SHOWN_LINES) {
            Button all = new Button("Show all " + group.lines().size());
            all.getStyleClass().addAll(Styles.FLAT, Styles.ACCENT);
            all.setOnAction(e -> {
                fill(lines, chips, group.lines());
                content.getChildren().remove(all);
            });
            content.getChildren().add(all);
        }
        TitledPane pane = new TitledPane(group.title() + " · " + group.count(), content);
        pane.setId("inferenceGroup-" + group.kind().name());
        pane.setAnimated(false);
        return pane;
    }

    /** Bare values flow as chips; lines with badges or details are listed one under the other. */
    private static void fill(Pane pane, boolean chips, List<InferenceLine> lines) {
        pane.getChildren().setAll(lines.stream().map(l -> chips ? chip(l) : line(l)).toList());
    }

    private static Node chip(InferenceLine line) {
        HBox chip = new HBox(6, Nodes.label(line.value()));
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("chip");
        if (line.repeats() != null) {
            chip.getChildren().add(Nodes.label(line.repeats(), "repeats"));
        }
        return chip;
    }

    private static Node line(InferenceLine line) {
        HBox first = new HBox(6, Nodes.text(line.value(), "inference-value"));
        first.getStyleClass().add("inference-line");
        if (line.repeats() != null) {
            first.getChildren().add(Nodes.badge(line.repeats(), "neutral"));
        }
        for (String badge : line.badges()) {
            first.getChildren().add(Nodes.badge(badge));
        }
        if (line.details().isEmpty()) {
            return first;
        }
        return new VBox(0, first, Nodes.muted(line.details()));
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void detach() {
        subscriptions.unsubscribe();
    }
}
