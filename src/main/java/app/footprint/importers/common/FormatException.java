package app.footprint.importers.common;

import java.io.IOException;

/** A file is not shaped the way its name promises; the message says how, in plain words. */
public class FormatException extends IOException {
    public FormatException(String message) {
        super(message);
    }
}
