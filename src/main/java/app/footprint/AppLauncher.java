package app.footprint;

import app.footprint.store.DataLocation;
import app.footprint.ui.FootprintApp;
import java.nio.file.Path;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Opens the app window on the database named by {@code --db FILE}, or on the default one. */
final class AppLauncher {
    /** Held so that the level set below is not lost when the logger is garbage-collected. */
    private static final Logger JAVAFX_LOG = Logger.getLogger("javafx");

    private AppLauncher() {
    }

    static void launch(String[] args) {
        Path database = DataLocation.defaultDatabase();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--db") && i + 1 < args.length) {
                database = Path.of(args[++i]);
            } else if (args[i].startsWith("--db=")) {
                database = Path.of(args[i].substring("--db=".length()));
            }
        }
        if (ModuleLayer.boot().findModule("javafx.graphics").isEmpty()) {
            // java -jar puts JavaFX on the class path. That works (and is what the tests use), but JavaFX
            // warns "Unsupported JavaFX configuration" at every start; the installers put JavaFX on the
            // module path instead. Keep the console quiet for people starting the jar.
            JAVAFX_LOG.setLevel(Level.SEVERE);
        }
        FootprintApp.open(database);
    }
}
