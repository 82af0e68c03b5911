package app.footprint.ui.shell;

import app.footprint.ui.AppContext;
import app.footprint.ui.common.Nodes;
import app.footprint.ui.common.ScreenModel;
import app.footprint.ui.common.ScreenView;
import app.footprint.ui.company.CompanyView;
import app.footprint.ui.company.CompanyViewModel;
import app.footprint.ui.importing.ImportView;
import app.footprint.ui.importing.ImportViewModel;
import app.footprint.ui.inferences.InferencesView;
import app.footprint.ui.inferences.InferencesViewModel;
import app.footprint.ui.overview.OverviewView;
import app.footprint.ui.overview.OverviewViewModel;
import app.footprint.ui.welcome.WelcomeView;
import app.footprint.ui.welcome.WelcomeViewModel;
import atlantafx.base.controls.Spacer;
import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import java.io.File;
import java.util.List;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: a header with the app's name, the way back to the Overview and the import buttons;
 * below it one screen at a time. Files and folders dropped anywhere on the window are imported.
 */
public final class MainWindow {
    public static final double WIDTH = 1200;
    public static final double HEIGHT = 800;
    public static final double MIN_WIDTH = 860;
    public static final double MIN_HEIGHT = 560;
    static final String STYLESHEET = "/app/footprint/ui/footprint.css";

    private final MainWindowViewModel model;
    private final ArchiveChooser chooser;
    private final StackPane root = new StackPane();
    private final StackPane screenHolder = new StackPane();
    private final VBox dropOverlay;
    private ScreenView current;

    public MainWindow(AppContext context, ArchiveChooser chooser) {
        this.model = new MainWindowViewModel(context);
        this.chooser = chooser;

        FontIcon logo = Nodes.icon(Feather.EYE);
        logo.getStyleClass().add("app-logo");
        Label name = Nodes.label("Footprint", "app-name");
        name.setGraphic(logo);

        Button overview = new Button("Overview", Nodes.icon(Feather.GRID));
        overview.setId("overviewButton");
        overview.getStyleClass().add(Styles.FLAT);
        overview.setOnAction(e -> model.showHome());

        Button importFolder = new Button("Import folder…", Nodes.icon(Feather.FOLDER));
        importFolder.setId("importFolderButton");
        importFolder.setTooltip(new Tooltip("Import an export you have already unpacked"));
        importFolder.setOnAction(e -> chooseFolder());

        Button importArchive = new Button("Import archive…", Nodes.icon(Feather.UPLOAD));
        importArchive.setId("importButton");
        importArchive.getStyleClass().add(Styles.ACCENT);
        importArchive.setTooltip(new Tooltip("Import export archives (Ctrl+O)"));
        importArchive.setOnAction(e -> chooseArchives());

        Button inferences = new Button("Inferences", Nodes.icon(Feather.EYE));
        inferences.setId("inferencesButton");
        inferences.getStyleClass().add(Styles.FLAT);
        inferences.setTooltip(new Tooltip("What companies conclude about you, and what your data implies"));
        inferences.setOnAction(e -> model.showInferences());

        HBox header = new HBox(name, overview, inferences, new Spacer(), importFolder, importArchive);
        header.getStyleClass().add("app-header");
        overview.disableProperty().bind(model.importingProperty());
        inferences.disableProperty().bind(model.importingProperty());
        importFolder.disableProperty().bind(model.importingProperty());
        importArchive.disableProperty().bind(model.importingProperty());

        Label dropText = Nodes.label("Drop archives or folders to import them");
        dropOverlay = new VBox(Nodes.icon(Feather.DOWNLOAD), dropText);
        dropOverlay.setId("dropOverlay");
        dropOverlay.getStyleClass().add("drop-overlay");
        dropOverlay.setMouseTransparent(true);
        dropOverlay.setVisible(false);

        BorderPane layout = new BorderPane(screenHolder);
        layout.setTop(header);
        root.getChildren().addAll(layout, dropOverlay);
        root.setId("mainWindow");
        acceptDrops();

        model.screenProperty().subscribe(this::showScreen);
    }

    /** Shows the main window on the stage, with the theme, starting on the Welcome screen or the Overview. */
    public static MainWindow show(Stage stage, AppContext context, ArchiveChooser chooser) {
        // The theme's precompiled (binary) stylesheet: parsing its 170 KB of CSS text at every start costs more.
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheetBSS());
        MainWindow window = new MainWindow(context, chooser);
        Scene scene = new Scene(window.root, WIDTH, HEIGHT);
        scene.getStylesheets().add(Objects.requireNonNull(MainWindow.class.getResource(STYLESHEET),
                "the app stylesheet is missing").toExternalForm());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN),
                window::chooseArchives);
        stage.setTitle("Footprint");
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setScene(scene);
        window.model.showHome();
        stage.show();
        return window;
    }

    public MainWindowViewModel model() {
        return model;
    }

    /** Opens the file chooser and imports what was chosen. */
    public void chooseArchives() {
        if (!model.importingProperty().get()) {
            model.startImport(chooser.chooseArchives(root.getScene().getWindow()));
        }
    }

    private void chooseFolder() {
        if (!model.importingProperty().get()) {
            chooser.chooseFolder(root.getScene().getWindow()).ifPresent(folder -> model.startImport(List.of(folder)));
        }
    }

    private void showScreen(ScreenModel screen) {
        if (current != null) {
            current.detach();
            current = null;
        }
        if (screen == null) {
            screenHolder.getChildren().clear();
            return;
        }
        current = viewFor(screen);
        screenHolder.getChildren().setAll(current.node());
    }

    private ScreenView viewFor(ScreenModel screen) {
        if (screen instanceof WelcomeViewModel welcome) {
            return new WelcomeView(welcome, this::chooseArchives);
        }
        if (screen instanceof ImportViewModel importing) {
            return new ImportView(importing, chooser::chooseReportFile);
        }
        if (screen instanceof OverviewViewModel overview) {
            return new OverviewView(overview);
        }
        if (screen instanceof CompanyViewModel company) {
            return new CompanyView(company);
        }
        if (screen instanceof InferencesViewModel inferences) {
            return new InferencesView(inferences);
        }
        throw new IllegalStateException("no view for " + screen.getClass().getSimpleName());
    }

    /** Dropped files and folders start an import, unless one is running; the overlay shows where to drop. */
    private void acceptDrops() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (canTake(e.getDragboard())) {
                e.acceptTransferModes(TransferMode.COPY);
                dropOverlay.setVisible(true);
            }
            e.consume();
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> dropOverlay.setVisible(false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean taken = canTake(e.getDragboard());
            if (taken) {
                model.startImport(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            dropOverlay.setVisible(false);
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    private boolean canTake(Dragboard board) {
        return board.hasFiles() && !model.importingProperty().get();
    }
}
