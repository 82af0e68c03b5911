package app.footprint.model;

/** What happened to one file of an export during an import. */
public enum FileStatus {
    /** Read completely. */
    IMPORTED,
    /** Read, but some records were wrong or missing; see the file's problems. */
    PARTIAL,
    /** Could not be read at all, or stopped early; what was read before the error is kept. */
    FAILED,
    /** Not a file Footprint understands yet. */
    NOT_RECOGNISED,
    /** Left out on purpose (unsafe name, link, macOS metadata, media the importer does not need). */
    SKIPPED
}
