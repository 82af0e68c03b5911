package app.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a separate program: it must not need JavaFX, and it honours FOOTPRINT_HOME. */
class CommandLineProcessTest {
    @TempDir
    Path home;

    @Test
    void runsWithoutJavaFxOnTheClassPathAndKeepsItsDatabaseInFootprintHome() throws IOException, InterruptedException {
        String withoutJavaFx = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("javafx") && !entry.contains("openjfx") && !entry.contains("atlantafx")
                        && !entry.contains("ikonli") && !entry.contains("testfx"))
                .collect(Collectors.joining(File.pathSeparator));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", withoutJavaFx,
                "app.footprint.Main", "summary", "--json")).redirectErrorStream(true);
        builder.environment().put("FOOTPRINT_HOME", home.toString());

        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the command ends").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.exitValue()).as(output).isZero();
        assertThat(output).contains("\"exports\" : [ ]").contains("\"companies\" : [ ]");
        assertThat(home.resolve("footprint.db")).isRegularFile();
    }
}
