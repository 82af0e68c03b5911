package app.footprint.ui.inferences;

import app.footprint.model.ActivitySupport;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.ui.common.Nodes;
import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;

/**
 * A list of conclusions beside the detail of the chosen one: its explanation, why it is sensitive, how sure
 * it is, and its evidence, each entry leading to the records it stands for. The Inferences screen and a
 * company's Profile tab both show one.
 */
public final class InferencePanel {
    private static final double EVIDENCE_HEIGHT = 300;

    private final InferenceDetailModel detail;
    private final ListView<InferenceEntry> list = new ListView<>();
    private final ListView<Evidence> evidenceList = new ListView<>();
    private final Label placeholder = Nodes.muted("Choose a conclusion to see what it rests on.");
    private final Label label = Nodes.text("", Styles.TITLE_3);
    private final Label meta = Nodes.muted("");
    private final FlowPane badges = new FlowPane(6, 6);
    private final Label explanation = Nodes.text("");
    private final Label sensitiveWhy = Nodes.text("");
    private final VBox sensitiveBox;
    private final Label confidence = Nodes.text("");
    private final Label sources = Nodes.muted("");
    private final Label place = Nodes.muted("");
    private final VBox content;
    private final SplitPane root;
    private final Subscription subscriptions;

    public InferencePanel(ObservableList<InferenceEntry> entries, InferenceDetailModel detail,
                          Consumer<InferenceEntry> select) {
        this.detail = detail;
        list.setId("inferenceList");
        list.setPlaceholder(Nodes.muted("No conclusions to show."));
        list.setCellFactory(v -> new EntryCell());
        list.setItems(entries);
        list.setMinWidth(320);

        placeholder.setId("detailPlaceholder");
        label.setId("detailLabel");
        meta.setId("detailMeta");
        badges.setId("detailBadges");
        explanation.setId("detailExplanation");
        sensitiveWhy.setId("sensitiveWhy");
        confidence.setId("detailConfidence");
        sources.setId("detailSources");
        place.setId("detailPlace");
        Label sensitiveHeading = Nodes.label("Why it is sensitive", Styles.TEXT_BOLD);
        sensitiveHeading.setGraphic(Nodes.icon(Feather.ALERT_TRIANGLE));
        sensitiveBox = new VBox(4, sensitiveHeading, sensitiveWhy);

        Label evidenceText = Nodes.muted("");
        evidenceText.setId("evidenceText");
        evidenceList.setId("evidenceList");
        evidenceList.setPrefHeight(EVIDENCE_HEIGHT);
        evidenceList.setPlaceholder(Nodes.muted(""));
        evidenceList.setCellFactory(v -> new EvidenceCell());
        evidenceList.setItems(detail.evidence());
        evidenceList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                detail.openEvidence(evidenceList.getSelectionModel().getSelectedItem());
            }
        });

        Button challenge = new Button("Challenge this…", Nodes.icon(Feather.FLAG));
        challenge.setId("challengeButton");
        challenge.setMinWidth(Region.USE_PREF_SIZE);
        challenge.setTooltip(new Tooltip("Copy a summary to object to this conclusion or have it corrected"));
        challenge.setOnAction(e -> detail.challenge());
        Label message = Nodes.text("", Styles.SUCCESS);
        message.setId("detailMessage");

        HBox.setHgrow(label, Priority.ALWAYS);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(12, label, challenge);
        top.setAlignment(Pos.TOP_LEFT);
        content = new VBox(10, top, meta, badges, message, explanation, sensitiveBox, confidence, sources, place,
                Nodes.label("Evidence", Styles.TITLE_4), evidenceText, evidenceList);
        content.setId("inferenceDetail");
        content.getStyleClass().add("inference-detail");
        ScrollPane detailScroll = new ScrollPane(new VBox(placeholder, content));
        detailScroll.setFitToWidth(true);

        root = new SplitPane(list, detailScroll);
        root.setDividerPositions(0.45);
        root.getStyleClass().add("inference-panel");

        subscriptions = Subscription.combine(
                () -> {
                    list.setItems(FXCollections.emptyObservableList());
                    evidenceList.setItems(FXCollections.emptyObservableList());
                },
                list.getSelectionModel().selectedItemProperty().subscribe(select),
                detail.inferenceProperty().subscribe(this::render),
                detail.evidenceTextProperty().subscribe(evidenceText::setText),
                detail.messageProperty().subscribe(text -> {
                    message.setText(text);
                    message.setManaged(!text.isEmpty());
                }));
    }

    public Node node() {
        return root;
    }

    /** Lets go of the ViewModel: its later changes no longer reach the controls. */
    public void detach() {
        subscriptions.unsubscribe();
    }

    private void render(Inference i) {
        boolean none = i == null;
        placeholder.setVisible(none);
        placeholder.setManaged(none);
        content.setVisible(!none);
        content.setManaged(!none);
        if (none) {
            return;
        }
        label.setText(i.label());
        meta.setText(InferenceWords.meta(i));
        badges.getChildren().setAll(badgesOf(i, true));
        explanation.setText(i.explanation());
        sensitiveBox.setVisible(i.isSensitive());
        sensitiveBox.setManaged(i.isSensitive());
        sensitiveWhy.setText(i.isSensitive() ? i.sensitiveWhy() : "");
        confidence.setText(InferenceWords.howSure(i));
        show(sources, InferenceWords.sources(i));
        show(place, InferenceWords.place(i));
    }

    private static void show(Label label, String text) {
        label.setText(text);
        label.setManaged(!text.isEmpty());
        label.setVisible(!text.isEmpty());
    }

    /** The sensitive flag and the activity mark, as badges: in full for the detail, in a word for the list. */
    static List<Label> badgesOf(Inference i, boolean inFull) {
        List<Label> out = new ArrayList<>();
        if (i.isSensitive()) {
            out.add(Nodes.badge(inFull ? InferenceWords.sensitiveBadge(i) : "Sensitive", "danger"));
        }
        if (i.support() != null) {
            boolean supported = i.support() == ActivitySupport.SUPPORTED;
            out.add(Nodes.badge(inFull ? i.support().label() : supported ? "Supported" : "No trace",
                    supported ? "success" : "warning"));
        }
        return out;
    }

    /**
     * A heading, or a conclusion: its label and badges, then where it comes from and how sure it is. The cell
     * keeps its controls and only changes their texts as the list scrolls; its tooltip says in full what the
     * short badges say.
     */
    private static final class EntryCell extends ListCell<InferenceEntry> {
        private final Label heading = Nodes.label("", Styles.TEXT_BOLD, "inference-heading");
        private final Label title = Nodes.label("", "inference-label");
        private final HBox first = new HBox(6, title);
        private final Label second = Nodes.label("", Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        private final VBox row = new VBox(2, first, second);
        private final Tooltip tooltip = new Tooltip();

        EntryCell() {
            // The cell takes the list's width, never more: a long label is cut short instead of scrolling sideways.
            setPrefWidth(0);
            // The label gives way (with an ellipsis) before the badges do.
            title.setMinWidth(40);
            second.setMinWidth(0);
            first.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        protected void updateItem(InferenceEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            setText(null);
            setTooltip(null);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            if (entry instanceof InferenceEntry.Heading h) {
                heading.setText(h.title() + " · " + h.count());
                setGraphic(heading);
                return;
            }
            Inference i = ((InferenceEntry.Row) entry).stored().inference();
            title.setText(i.label());
            first.getChildren().setAll(title);
            for (Label badge : badgesOf(i, false)) {
                badge.setMinWidth(Region.USE_PREF_SIZE);
                first.getChildren().add(badge);
            }
            second.setText(InferenceWords.meta(i) + " · " + InferenceWords.confidence(i.confidence()));
            StringBuilder tip = new StringBuilder(i.label());
            if (i.isSensitive()) {
                tip.append('\n').append(InferenceWords.sensitiveBadge(i));
            }
            if (i.support() != null) {
                tip.append('\n').append(i.support().label());
            }
            tooltip.setText(tip.toString());
            setTooltip(tooltip);
            setGraphic(row);
        }
    }

    /** One thing the conclusion rests on; a click goes to the records it stands for. */
    private final class EvidenceCell extends ListCell<Evidence> {
        EvidenceCell() {
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    detail.openEvidence(getItem());
                }
            });
        }

        @Override
        protected void updateItem(Evidence evidence, boolean empty) {
            super.updateItem(evidence, empty);
            setText(null);
            if (empty || evidence == null) {
                setGraphic(null);
                return;
            }
            VBox box = new VBox(1, Nodes.label(evidence.label(), "evidence-label"),
                    Nodes.label(InferenceWords.evidenceWhere(evidence), Styles.TEXT_MUTED, Styles.TEXT_SMALL));
            String link = InferenceWords.evidenceLink(evidence);
            if (!link.isEmpty()) {
                box.getChildren().add(Nodes.label(link, Styles.ACCENT, Styles.TEXT_SMALL));
            }
            setGraphic(box);
        }
    }
}
