package app.footprint.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line: {@code footprint import|summary|demo ...}. No JavaFX is started for these. */
@Command(name = "footprint", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Shows what companies know about you, from the data exports they hand out.",
        subcommands = {ImportCommand.class, SummaryCommand.class, DemoCommand.class, FingerprintCommand.class,
                InferencesCommand.class, DeadlineCommand.class, DiffCommand.class, BenchCommand.class, RequestsCommand.class})
public final class FootprintCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Runs the command line and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FootprintCommand());
        cli.setOut(out);
        cli.setErr(err);
        return cli.execute(args);
    }

    /** Whether these arguments ask for the command line rather than the app window. */
    public static boolean wantsCommandLine(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !(first.equals("--db") || first.startsWith("--db="));
    }

    @Override
    public void run() {
        // "footprint" alone on the command line: say what it can do.
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
