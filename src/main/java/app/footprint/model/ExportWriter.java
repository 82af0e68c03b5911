package app.footprint.model;

import java.util.List;

/**
 * Writes one export. Everything lands with {@link #commit}; closing without a commit rolls the whole
 * import back, so a failed or cancelled import leaves the database as it was.
 */
public interface ExportWriter extends ImportSink, AutoCloseable {
    Export commit(ExportDescription description, List<FileReport> files);

    @Override
    void close();
}
