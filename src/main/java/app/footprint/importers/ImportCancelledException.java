package app.footprint.importers;

/** The person cancelled the import; everything it wrote is rolled back. */
public class ImportCancelledException extends RuntimeException {
    public ImportCancelledException() {
        super("import cancelled");
    }
}
