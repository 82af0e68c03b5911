package app.footprint.cli;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.FormatReport;
import app.footprint.importers.ImportRunner;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "fingerprint", description = {
        "Writes a format report of archives: their paths, sizes, key names, value types and counts, and",
        "no values, so that an unrecognised or changed format can be reported without sharing your data."})
final class FingerprintCommand implements Callable<Integer> {
    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default: ${DEFAULT-VALUE}).",
            defaultValue = "footprint-format-report.json")
    Path out;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Archives or folders to describe.")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        for (Path p : paths) {
            if (!Files.exists(p)) {
                spec.commandLine().getErr().println("footprint: " + p + ": no such file or folder");
                return ImportLines.ERROR;
            }
        }
        FormatReport.Written written;
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(out))) {
            written = new FormatReport(ImportRunner.withInstalledImporters(), ArchiveLimits.defaults()).write(paths, file);
        }
        spec.commandLine().getOut().println("Wrote the format report of " + written.files() + (written.files() == 1 ? " file" : " files") + " to " + out
                + ": paths, key names, value types and counts only, no values. Read it before you share it.");
        return ImportLines.OK;
    }
}
