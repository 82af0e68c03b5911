package app.footprint.archive;

import java.io.IOException;

/**
 * Told about every chunk of bytes read from any entry. It may throw to stop the reading, which is how an
 * import is cancelled in the middle of a large file.
 */
@FunctionalInterface
public interface ReadListener {
    ReadListener NONE = bytes -> { };

    void bytesRead(long bytes) throws IOException;
}
