package app.footprint.cli;

import app.footprint.bench.BenchSettings;
import app.footprint.bench.Benchmark;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", description = {
        "Measures the import: writes a heavy synthetic persona (scale 1 is about 1 GB uncompressed), reads its",
        "archives once to learn what merely decompressing costs, imports them into a fresh database and times",
        "the screens' queries. Prints one figure per line; the last line sums them up. See docs/PERFORMANCE.md."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--scale", paramLabel = "N", defaultValue = "1", description = "Size of the persona (default: ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "The persona's seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fraction", paramLabel = "F", defaultValue = "1",
            description = "Write only this share of the persona, for a quick check (default: ${DEFAULT-VALUE}).")
    double fraction;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the archives and the database in this folder; a later run with the same persona reuses the archives.")
    Path keep;

    @Option(names = "--ui", description = "Also start the app (needs a display): time to the Overview on the loaded database, "
            + "and the longest frame gap while it imports the persona from its Import screen.")
    boolean ui;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        BenchSettings settings;
        try {
            settings = new BenchSettings(scale, seed, fraction, keep, ui);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        try {
            new Benchmark(settings, spec.commandLine().getOut()).run();
            return ImportLines.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("footprint bench: " + e.getMessage());
            return ImportLines.ERROR;
        }
    }
}
