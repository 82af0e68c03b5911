package app.footprint.testing;

import app.footprint.cli.FootprintCommand;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of the command line inside the test's JVM: its exit status and what it printed. */
public record CommandRun(int exit, String out, String err) {
    public static CommandRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FootprintCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CommandRun(exit, out.toString(), err.toString());
    }
}
