package app.footprint.store;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Footprint keeps its database: the per-user data folder of the operating system, unless the
 * {@code FOOTPRINT_HOME} variable or a {@code --db} option says otherwise.
 */
public final class DataLocation {
    public static final String HOME_VARIABLE = "FOOTPRINT_HOME";
    static final String DATABASE_FILE = "footprint.db";

    private DataLocation() {
    }

    /** The folder for this user on this machine. */
    public static Path dataFolder() {
        return dataFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The database file for this user on this machine. */
    public static Path defaultDatabase() {
        return dataFolder().resolve(DATABASE_FILE);
    }

    static Path dataFolder(Map<String, String> env, String osName, String userHome) {
        String override = env.get(HOME_VARIABLE);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Footprint");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Footprint");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        Path base = xdg != null && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("footprint");
    }
}
