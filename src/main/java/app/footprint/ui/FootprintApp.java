package app.footprint.ui;

import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportRunner;
import app.footprint.store.DataLocation;
import app.footprint.store.Database;
import app.footprint.ui.common.FxTaskRunner;
import app.footprint.ui.shell.MainWindow;
import app.footprint.ui.shell.SystemArchiveChooser;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop app: opens the database, shows the main window, and closes the database on exit. */
public final class FootprintApp extends Application {
    private static volatile Path database;

    private AppContext context;

    /** Remembers which database to open and starts the app; returns when the window is closed. */
    public static void open(Path database) {
        useDatabase(database);
        Application.launch(FootprintApp.class);
    }

    /** Starts the app on the default database (for {@code mvn javafx:run}). */
    public static void main(String[] args) {
        open(DataLocation.defaultDatabase());
    }

    /** The database the next start opens; {@link #open} sets it, and so do tests that start the app themselves. */
    static void useDatabase(Path file) {
        database = file.toAbsolutePath();
    }

    @Override
    public void start(Stage stage) {
        Path file = database != null ? database : DataLocation.defaultDatabase().toAbsolutePath();
        Path dataFolder = file.getParent();
        try {
            context = new AppContext(Database.open(file), ImportRunner.withInstalledImporters(), new FxTaskRunner(),
                    demoArchives(dataFolder), dataFolder);
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Footprint cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow.show(stage, context, new SystemArchiveChooser());
    }

    /** The demo persona's archives, written below the data folder. */
    static DemoArchives demoArchives(Path dataFolder) {
        DemoPersona persona = DemoPersona.standard();
        return DemoArchives.described(persona.description(), () -> persona.writeTo(dataFolder.resolve("demo")));
    }

    @Override
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }
}
