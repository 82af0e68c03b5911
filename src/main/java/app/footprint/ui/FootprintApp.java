package app.footprint.ui;

import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportRunner;
import app.footprint.store.DataLocation;
import app.footprint.store.Database;
import app.footprint.ui.common.FxTaskRunner;
import app.footprint.ui.shell.MainWindow;
import app.footprint.ui.shell.SystemArchiveChooser;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;

/** The desktop app: opens the database, shows the main window, and closes the database on exit. */
public final class FootprintApp extends Application {
    private static volatile CompletableFuture<AppContext> opening;

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

    /**
     * The database the next start opens; {@link #open} sets it, and so do tests that start the app themselves.
     * Opening it (and finding the importers) begins at once on a thread of its own, while the toolkit starts.
     */
    static void useDatabase(Path file) {
        Path absolute = file.toAbsolutePath();
        opening = CompletableFuture.supplyAsync(() -> openContext(absolute), task -> {
            Thread thread = new Thread(task, "footprint-open");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void start(Stage stage) {
        try {
            context = openedContext();
        } catch (RuntimeException e) {
            Alert alert = new Alert(Alert.AlertType.ERROR, e.getMessage());
            alert.setHeaderText("Footprint cannot open its database");
            alert.showAndWait();
            Platform.exit();
            return;
        }
        MainWindow.show(stage, context, new SystemArchiveChooser());
    }

    /** What {@link #useDatabase} began to open (the default database if nothing was named), once it is open. */
    static AppContext openedContext() {
        if (opening == null) {
            useDatabase(DataLocation.defaultDatabase());
        }
        CompletableFuture<AppContext> pending = opening;
        opening = null;
        try {
            return pending.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Opens the database and everything the screens work with. */
    private static AppContext openContext(Path databaseFile) {
        Path dataFolder = databaseFile.getParent();
        return new AppContext(Database.open(databaseFile), ImportRunner.withInstalledImporters(), new FxTaskRunner(),
                demoArchives(dataFolder), dataFolder);
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
