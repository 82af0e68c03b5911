package app.footprint.model;

import java.util.Optional;

/** Where imports are kept. The store implements it; the import runner only sees this. */
public interface ExportStore {
    /** The export already imported from exactly these archive contents, if any. */
    Optional<Export> findByFingerprint(String fingerprint);

    /** Starts one import as one transaction: nothing is visible to readers until {@link ExportWriter#commit}. */
    ExportWriter begin(ExportDescription description);
}
