package app.footprint.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real sample exports in the shared research folder, next to the checkout. The conformance suite
 * runs only where that folder exists; it is never copied into the project.
 */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path root() {
        String configured = System.getProperty("footprint.fixtures");
        return configured != null ? Path.of(configured) : Path.of("..", "shared", "research", "fixtures");
    }

    public static boolean present() {
        return Files.isDirectory(root());
    }

    /** A sample file; the calling test is reported as not applicable where the samples are absent. */
    public static Path file(String relative) {
        Assumptions.assumeTrue(present(), "the shared research fixtures are not next to this checkout");
        Path file = root().resolve(relative);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("the sample " + relative + " is missing from " + root());
        }
        return file;
    }
}
