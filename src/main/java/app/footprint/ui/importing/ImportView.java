package app.footprint.ui.importing;

import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.model.FileReport;
import app.footprint.ui.common.Nodes;
import app.footprint.ui.common.ScreenView;
import atlantafx.base.controls.Card;
import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Subscription;
import org.kordamp.ikonli.feather.Feather;

/** The progress of an import while it runs, then its report. */
public final class ImportView implements ScreenView {
    /** Files with problems shown one by one; more are summed up in one line. */
    private static final int SHOWN_PROBLEM_FILES = 50;

    private final Node root;
    private final Subscription subscriptions;

    /**
     * @param chooseReportFile asks where to save a format report (empty when the person changed their mind)
     */
    public ImportView(ImportViewModel model, Function<Window, Optional<Path>> chooseReportFile) {
        Label title = Nodes.label("Importing", Styles.TITLE_2);

        Label export = Nodes.text("", Styles.TEXT_BOLD);
        export.setId("currentExport");
        ProgressBar bar = new ProgressBar();
        bar.setId("progressBar");
        bar.setMaxWidth(Double.MAX_VALUE);
        Label file = Nodes.muted("");
        file.setId("currentFile");
        Button cancel = new Button("Cancel", Nodes.icon(Feather.X));
        cancel.setId("cancelButton");
        cancel.getStyleClass().addAll(Styles.DANGER, Styles.BUTTON_OUTLINED);
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> model.cancel());
        Label note = Nodes.muted("Cancelling undoes the export being read; the database stays as it was before it.");
        HBox cancelRow = new HBox(12, cancel, note);
        cancelRow.setAlignment(Pos.CENTER_LEFT);
        VBox working = new VBox(10, export, bar, file, cancelRow);
        working.setId("importProgress");
        working.getStyleClass().add("panel");

        VBox report = new VBox(16);
        report.setId("reportView");
        report.setVisible(false);
        report.setManaged(false);

        VBox content = new VBox(title, working, report);
        content.getStyleClass().add("screen-content");
        root = Nodes.screen(content);
        root.setId("importScreen");

        bar.progressProperty().bind(model.progressProperty());
        subscriptions = Subscription.combine(
                () -> bar.progressProperty().unbind(),
                model.currentExportProperty().subscribe(export::setText),
                model.currentFileProperty().subscribe(file::setText),
                model.phaseProperty().subscribe(phase -> {
                    boolean finished = phase == ImportViewModel.Phase.FINISHED;
                    title.setText(finished ? "Import finished" : phase == ImportViewModel.Phase.CANCELLING
                            ? "Cancelling the import…" : "Importing");
                    cancel.setDisable(phase != ImportViewModel.Phase.WORKING);
                    working.setVisible(!finished);
                    working.setManaged(!finished);
                }),
                model.reportProperty().subscribe(r -> {
                    if (r != null) {
                        report.getChildren().setAll(reportNodes(r, model, chooseReportFile));
                        report.setVisible(true);
                        report.setManaged(true);
                    }
                }));
    }

    private List<Node> reportNodes(ImportSummary report, ImportViewModel model,
                                   Function<Window, Optional<Path>> chooseReportFile) {
        Label summary = Nodes.text(report.summary(), Styles.TITLE_4);
        summary.setId("reportSummary");
        Button toOverview = new Button("Go to the overview", Nodes.icon(Feather.ARROW_RIGHT));
        toOverview.setId("toOverviewButton");
        toOverview.getStyleClass().add(Styles.ACCENT);
        toOverview.setDefaultButton(true);
        toOverview.setOnAction(e -> model.continueToOverview());

        Button formatReport = new Button("Save a format report…", Nodes.icon(Feather.FILE_TEXT));
        formatReport.setId("formatReportButton");
        formatReport.setTooltip(new Tooltip("To report a format Footprint does not read (yet): a file with the "
                + "archives' paths, key names, value types and counts, and none of their values."));
        formatReport.setOnAction(e -> chooseReportFile.apply(root.getScene().getWindow())
                .ifPresent(model::saveFormatReport));
        Label formatReportMessage = Nodes.muted("");
        formatReportMessage.setId("formatReportMessage");
        formatReportMessage.textProperty().bind(model.formatReportMessageProperty());
        HBox actions = new HBox(12, toOverview, formatReport, formatReportMessage);
        actions.setAlignment(Pos.CENTER_LEFT);

        VBox nodes = new VBox(16, summary, actions);
        for (ImportSummary.ExportResult result : report.exports()) {
            nodes.getChildren().add(exportCard(result));
        }
        if (!report.unrecognisedInputs().isEmpty()) {
            nodes.getChildren().add(unrecognisedCard(report.unrecognisedInputs()));
        }
        return List.copyOf(nodes.getChildren());
    }

    private static Card exportCard(ImportSummary.ExportResult result) {
        Label service = Nodes.label(result.service().displayName(), Styles.TITLE_4);
        HBox header = new HBox(10, service, Nodes.badge(result.resultText(), variant(result)));
        header.setAlignment(Pos.CENTER_LEFT);

        VBox body = new VBox(8);
        if (result.result() == ImportReport.Result.IMPORTED || result.result() == ImportReport.Result.ALREADY_IMPORTED) {
            body.getChildren().add(Nodes.label(result.countsText(), Styles.TEXT_BOLD));
        }
        if (result.result() != ImportReport.Result.IMPORTED) {
            // An import that went through is told by its counts; the others need their reason.
            body.getChildren().add(Nodes.muted(result.message()));
        }
        if (!result.filesWithProblems().isEmpty()) {
            body.getChildren().add(problemFiles(result.filesWithProblems()));
        }
        if (!result.filesNotRecognised().isEmpty()) {
            body.getChildren().add(collapsedList(
                    result.filesNotRecognised().size() + (result.filesNotRecognised().size() == 1
                            ? " file not recognised" : " files not recognised") + " (not read by Footprint yet)",
                    result.filesNotRecognised(), "notRecognised"));
        }
        if (!result.filesLeftOut().isEmpty()) {
            body.getChildren().add(collapsedList(result.filesLeftOut().size()
                    + (result.filesLeftOut().size() == 1 ? " entry" : " entries") + " left out on purpose",
                    result.filesLeftOut(), "leftOut"));
        }

        Card card = new Card();
        card.setId("exportResult-" + result.service().id());
        card.setHeader(header);
        card.setSubHeader(Nodes.muted(result.source()));
        card.setBody(body);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private static Node problemFiles(List<FileReport> files) {
        VBox box = new VBox(6);
        Label heading = Nodes.label(files.size() + (files.size() == 1 ? " file had problems" : " files had problems"),
                Styles.WARNING);
        heading.setGraphic(Nodes.icon(Feather.ALERT_TRIANGLE));
        box.getChildren().add(heading);
        for (FileReport f : files.subList(0, Math.min(files.size(), SHOWN_PROBLEM_FILES))) {
            Label path = Nodes.text(f.path(), "problem-file");
            Label why = Nodes.muted(String.join("\n", f.problems().stream().map(p -> "• " + p).toList()));
            VBox one = new VBox(2, path, why);
            one.getStyleClass().add("problem-entry");
            box.getChildren().add(one);
        }
        if (files.size() > SHOWN_PROBLEM_FILES) {
            box.getChildren().add(Nodes.muted("… and " + (files.size() - SHOWN_PROBLEM_FILES) + " more files with problems"));
        }
        box.setId("problemFiles");
        return box;
    }

    private static TitledPane collapsedList(String title, List<String> lines, String id) {
        ListView<String> list = new ListView<>();
        list.getItems().setAll(lines);
        list.setPrefHeight(Math.min(240, 26.0 * lines.size() + 4));
        list.getStyleClass().add(Styles.DENSE);
        TitledPane pane = new TitledPane(title, list);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId(id);
        return pane;
    }

    private static Card unrecognisedCard(List<ImportPlan.Unrecognised> inputs) {
        VBox body = new VBox(6);
        for (ImportPlan.Unrecognised u : inputs) {
            body.getChildren().add(new VBox(2, Nodes.text(u.source(), "problem-file"), Nodes.muted(u.reason())));
        }
        Label title = Nodes.label(inputs.size() == 1 ? "1 file was not recognised" : inputs.size()
                + " files were not recognised", Styles.TITLE_4);
        Card card = new Card();
        card.setId("unrecognisedInputs");
        card.setHeader(new HBox(10, title, Nodes.badge("not imported", Styles.WARNING)));
        card.setBody(body);
        card.setMaxWidth(Double.MAX_VALUE);
        return card;
    }

    private static String variant(ImportSummary.ExportResult result) {
        return switch (result.result()) {
            case IMPORTED -> Styles.SUCCESS;
            case ALREADY_IMPORTED -> "neutral";
            case CANCELLED -> Styles.WARNING;
            case FAILED -> Styles.DANGER;
        };
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
