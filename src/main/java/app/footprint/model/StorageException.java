package app.footprint.model;

/** The store could not read or write; an import that meets it is rolled back as a whole. */
public class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
