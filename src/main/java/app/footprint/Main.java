package app.footprint;

import app.footprint.cli.FootprintCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * Starts Footprint: without arguments (or with only {@code --db FILE}) the app window, otherwise the
 * command line, which never starts the JavaFX toolkit.
 *
 * <p>This class must not extend {@code Application}: when JavaFX sits on the class path (as with
 * {@code java -jar footprint.jar}), the launcher refuses a main class that does.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (FootprintCommand.wantsCommandLine(args)) {
            Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
            PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, console), true);
            PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, console), true);
            System.exit(FootprintCommand.run(args, out, err));
        }
        AppLauncher.launch(args);
    }
}
