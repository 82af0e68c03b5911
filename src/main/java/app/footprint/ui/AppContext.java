package app.footprint.ui;

import app.footprint.importers.ImportRunner;
import app.footprint.store.Database;
import app.footprint.ui.common.TaskRunner;
import java.nio.file.Path;

/**
 * What the screens work with: the database, the importers, the background thread, the demo persona and
 * the folder where Footprint keeps its files. Closing it stops the background work, then the database.
 */
public record AppContext(Database database, ImportRunner importRunner, TaskRunner tasks,
                         DemoArchives demoArchives, Path dataFolder) implements AutoCloseable {
    @Override
    public void close() {
        try {
            tasks.close();
        } finally {
            database.close();
        }
    }
}
