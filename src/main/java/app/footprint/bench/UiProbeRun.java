package app.footprint.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the app's probe ({@code app.footprint.ui.UiProbe}) in a fresh JVM, so that its startup time counts
 * the JVM and JavaFX starting as a person's would, and passes its figures on. Named by its class name: the
 * benchmark does not depend on the screens.
 */
final class UiProbeRun {
    private static final String PROBE = "app.footprint.ui.UiProbe";
    private static final int STARTS = 3;
    private static final List<String> JAVAFX_PLATFORM = List.of("glass.platform", "monocle.platform", "prism.order",
            "prism.text", "java.awt.headless");

    private final PrintWriter out;

    UiProbeRun(PrintWriter out) {
        this.out = out;
    }

    /**
     * Starts the app on the loaded database three times and notes when the Overview shows: the median
     * start, since one start on a shared machine can be slow for reasons of its own.
     */
    void startup(Path database) throws IOException {
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < STARTS; i++) {
            for (String line : run(List.of("--db", database.toString()))) {
                if (line.startsWith("startup_ms=")) {
                    starts.add(Long.parseLong(line.substring("startup_ms=".length())));
                }
            }
        }
        List<Long> sorted = starts.stream().sorted().toList();
        out.println("startup_ms=" + sorted.get(sorted.size() / 2) + "  (median of " + starts.size() + " starts: "
                + starts.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")");
        out.flush();
    }

    /** Starts the app on a fresh database and imports the archives from its Import screen. */
    void importing(List<Path> archives, Path freshDatabase) throws IOException {
        Benchmark.deleteDatabase(freshDatabase);
        List<String> args = new ArrayList<>(List.of("--db", freshDatabase.toString()));
        archives.forEach(a -> args.add(a.toString()));
        for (String line : run(args)) {
            out.println(line.startsWith("startup_ms=") ? line + "  (on an empty database)" : line);
        }
        out.flush();
    }

    /** Runs the probe once; returns its {@code name=value} lines. */
    private List<String> run(List<String> probeArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // The same heap limit as this JVM, so that the figures hold under the limit the benchmark was given.
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.startsWith("-Xmx")).forEach(command::add);
        // A JavaFX platform chosen for this JVM (a headless one, say) is the probe's too.
        for (String property : JAVAFX_PLATFORM) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PROBE);
        command.addAll(probeArgs);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> figures = new ArrayList<>();
        List<String> otherOutput = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.matches("[a-z_]+=.*")) {
                    figures.add(line);
                } else {
                    otherOutput.add(line);
                }
            }
        }
        try {
            if (process.waitFor() != 0) {
                throw new IOException("the app probe stopped with exit code " + process.exitValue()
                        + " (it needs a display): " + String.join("\n", otherOutput));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the app probe ran", e);
        }
        return figures;
    }
}
