package app.footprint.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", description = {
        "Imports export archives (zip, tar.gz, folders, or several parts of one export given together).",
        "Prints one line per export. Exit status: 0 when something was imported, 2 when nothing was",
        "recognised, 1 on error."})
final class ImportCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption database;

    @Option(names = "--report", description = "Also list every file of each export and what became of it.")
    boolean report;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Archives or folders to import.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        return ImportLines.importAll(paths, database.resolve(), report,
                spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
