package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scale-1 location history (three million raw points, 865 MB of JSON) imported by the command line in
 * a JVM limited to 256 MB of heap: memory must not grow with the file. A child JVM, since the limit is
 * set when a JVM starts; it stops at the first OutOfMemoryError rather than report it as a bad file.
 */
class HeavyLocationHeapTest {
    @TempDir
    Path dir;

    @Test
    void threeMillionPointsImportWithin256MegabytesOfHeap() throws IOException, InterruptedException {
        Path takeout = new HeavyPersona(1, 1).writeLocationHistoryTo(dir.resolve("archives"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Xmx256m", "-XX:+ExitOnOutOfMemoryError",
                "-cp", System.getProperty("java.class.path"), "app.footprint.Main",
                "import", "--db", dir.resolve("heap.db").toString(), takeout.toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("the import ends").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).contains("google\texport #1\timported\t3,000,000 items, 0 stated inference entries, "
                + "0 files with problems, 0 files not recognised");
    }
}
