package app.footprint.cli;

import app.footprint.demo.DemoPersona;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", description = {
        "Writes the demo persona's exports (synthetic archives of twelve companies, in their real layouts)",
        "and, with --import, imports them."})
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder for the archives (default: demo/ next to the database).")
    Path out;

    @Option(names = "--import", description = "Import the archives after writing them.")
    boolean importThem;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        DemoPersona persona = DemoPersona.standard();
        Path folder = out != null ? out : database.resolve().toAbsolutePath().resolveSibling("demo");
        List<Path> archives = persona.writeTo(folder);
        stdout.println("Wrote the exports of " + persona.displayName() + ":");
        archives.forEach(a -> stdout.println("  " + a));
        stdout.flush();
        if (!importThem) {
            return ImportLines.OK;
        }
        return ImportLines.importAll(archives, database.resolve(), false, stdout, spec.commandLine().getErr());
    }
}
