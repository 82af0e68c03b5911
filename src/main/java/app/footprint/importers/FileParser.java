package app.footprint.importers;

import java.io.IOException;

/**
 * Reads one file of an export. It streams the content, hands each record to the {@link ImportFile}, and
 * reports odd records there instead of failing. It throws only when the file cannot be read on; what it
 * handed over before that is kept and the file is reported as failed.
 */
@FunctionalInterface
public interface FileParser {
    void parse(ImportFile file) throws IOException;
}
