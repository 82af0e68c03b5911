package app.footprint.archive;

import java.io.IOException;
import java.io.InputStream;

/** Receives each entry with its content, in the order the archive stores them. */
@FunctionalInterface
public interface EntryVisitor {
    /**
     * @param content the entry's bytes, guarded by the limits; valid only during this call, and closing
     *                it is optional
     */
    void visit(ArchiveEntry entry, InputStream content) throws IOException;
}
