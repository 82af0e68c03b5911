package app.footprint.ui.inferences;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.model.Category;
import app.footprint.model.Inference;
import app.footprint.model.Service;
import app.footprint.model.StoredInference;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import app.footprint.store.ItemQueries;
import java.util.List;
import java.util.Optional;

/**
 * What the inference screens read, all of it off the FX thread. The stored analysis is brought up to date
 * first: after an upgrade of the rules it may describe an older analysis of the same exports.
 */
public final class InferenceSource {
    private final Database db;
    private final ProfileUpdater updater;
    private final InferenceStore store;
    private final ItemQueries items;

    public InferenceSource(Database db, ProfileUpdater updater) {
        this.db = db;
        this.updater = updater;
        this.store = new InferenceStore(db);
        this.items = new ItemQueries(db);
    }

    /** True while no export has been imported. */
    public boolean nothingImported() {
        return db.isEmpty();
    }

    /** Every conclusion, after analysing again if the stored analysis is stale. */
    public List<StoredInference> all() {
        updater.updateIfStale(db);
        return store.all();
    }

    /** The conclusions about one company, after analysing again if the stored analysis is stale. */
    public List<StoredInference> of(Service service) {
        updater.updateIfStale(db);
        return store.of(service);
    }

    public Optional<Inference> withEvidence(long inferenceId) {
        return store.withEvidence(inferenceId);
    }

    public Optional<Category> categoryOfItem(long itemId) {
        return items.categoryOf(itemId);
    }
}
