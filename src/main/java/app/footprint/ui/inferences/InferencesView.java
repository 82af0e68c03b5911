package app.footprint.ui.inferences;

import app.footprint.ui.common.Nodes;
import app.footprint.ui.common.ScreenView;
import atlantafx.base.theme.Styles;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

/** Every conclusion about the person with its filters, beside the detail of the chosen one. */
public final class InferencesView implements ScreenView {
    private final VBox root;
    private final InferencePanel panel;
    private final Subscription subscriptions;

    public InferencesView(InferencesViewModel model) {
        Label title = Nodes.label("What companies conclude about you", Styles.TITLE_2);
        Label lead = Nodes.muted("What each company states about you, what your data implies, and what several "
                + "exports reveal together. Choose one to see what it rests on.");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label status = Nodes.text("");
        status.setId("inferencesStatus");
        HBox statusRow = new HBox(8, spinner, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        ComboBox<FilterChoice> company = combo("companyFilter", model.companies());
        ComboBox<FilterChoice> origin = combo("originFilter", model.origins());
        ComboBox<FilterChoice> topic = combo("topicFilter", model.topics());
        CheckBox sensitive = new CheckBox("Sensitive only");
        sensitive.setId("sensitiveOnly");
        Label count = Nodes.label("", Styles.TEXT_MUTED);
        count.setId("inferenceCount");
        HBox filters = new HBox(10, company, origin, topic, sensitive, count);
        filters.setAlignment(Pos.CENTER_LEFT);

        panel = new InferencePanel(model.inferences(), model.detail(), model::select);
        VBox.setVgrow(panel.node(), Priority.ALWAYS);
        root = new VBox(title, lead, statusRow, filters, panel.node());
        root.getStyleClass().addAll("screen-content", "inferences-screen", Styles.BG_SUBTLE);
        root.setId("inferencesScreen");

        company.valueProperty().bindBidirectional(model.companyProperty());
        origin.valueProperty().bindBidirectional(model.originProperty());
        topic.valueProperty().bindBidirectional(model.topicProperty());
        sensitive.selectedProperty().bindBidirectional(model.sensitiveOnlyProperty());
        subscriptions = Subscription.combine(
                () -> {
                    company.valueProperty().unbindBidirectional(model.companyProperty());
                    origin.valueProperty().unbindBidirectional(model.originProperty());
                    topic.valueProperty().unbindBidirectional(model.topicProperty());
                    sensitive.selectedProperty().unbindBidirectional(model.sensitiveOnlyProperty());
                    for (ComboBox<FilterChoice> box : List.of(company, origin, topic)) {
                        box.setItems(FXCollections.emptyObservableList());
                    }
                },
                panel::detach,
                model.analysingProperty().subscribe(busy -> {
                    spinner.setVisible(busy);
                    spinner.setManaged(busy);
                    filters.setDisable(busy);
                }),
                model.statusProperty().subscribe(text -> {
                    status.setText(text);
                    statusRow.setManaged(!text.isEmpty());
                    statusRow.setVisible(!text.isEmpty());
                }),
                model.countTextProperty().subscribe(count::setText));
    }

    private static ComboBox<FilterChoice> combo(String id, ObservableList<FilterChoice> items) {
        ComboBox<FilterChoice> box = new ComboBox<>(items);
        box.setId(id);
        return box;
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
