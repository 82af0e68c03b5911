package app.footprint.model;

import java.util.Objects;

/** Where a fact came from: its file inside the export, and its position (0-based record number) in that file. */
public record SourceRef(String path, long position) {
    public SourceRef {
        Objects.requireNonNull(path, "path");
    }
}
