package app.footprint.model;

import java.util.List;
import java.util.Objects;

/**
 * What the import made of one file.
 *
 * @param records  how many records (items and inferences) it produced
 * @param problems human-readable reasons, each naming what was wrong
 */
public record FileReport(String path, long size, FileStatus status, long records, List<String> problems) {
    public FileReport {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(status, "status");
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return status == FileStatus.FAILED || status == FileStatus.PARTIAL;
    }
}
