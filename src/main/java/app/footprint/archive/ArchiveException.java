package app.footprint.archive;

import java.io.IOException;

/** An archive could not be opened or read on; the message names the archive and the reason. */
public class ArchiveException extends IOException {
    public ArchiveException(String message) {
        super(message);
    }

    public ArchiveException(String message, Throwable cause) {
        super(message, cause);
    }
}
