package app.footprint.cli;

import app.footprint.store.DataLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db FILE} option every command shares. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "Database file (default: footprint.db in $FOOTPRINT_HOME or the per-user data folder).")
    Path file;

    Path resolve() {
        return file != null ? file : DataLocation.defaultDatabase();
    }
}
