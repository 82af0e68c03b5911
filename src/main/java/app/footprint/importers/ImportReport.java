package app.footprint.importers;

import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.Service;
import java.util.List;

/**
 * How the import of one export ended, with the line of the report for every file.
 *
 * @param export  the export as stored; for {@link Result#ALREADY_IMPORTED} the earlier one; null when
 *                nothing was stored
 * @param message one sentence for the person
 */
public record ImportReport(Result result, Service service, String source, Export export,
                            List<FileReport> files, String message) {

    public enum Result {
        IMPORTED, ALREADY_IMPORTED, CANCELLED, FAILED
    }

    public ImportReport {
        files = List.copyOf(files);
    }

    public List<FileReport> filesWith(FileStatus status) {
        return files.stream().filter(f -> f.status() == status).toList();
    }

    public List<FileReport> filesWithProblems() {
        return files.stream().filter(FileReport::hasProblems).toList();
    }
}
