package app.footprint.analysis;

import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import app.footprint.store.ProfileQueries;

/** Runs the analysis over the database and keeps its result, after each import or when the stored one is stale. */
public final class ProfileUpdater {
    private final ProfileAnalysis analysis;

    public ProfileUpdater(ProfileAnalysis analysis) {
        this.analysis = analysis;
    }

    public static ProfileUpdater standard() {
        return new ProfileUpdater(ProfileAnalysis.standard());
    }

    /** Analyses the current exports and replaces the stored inferences. */
    public void update(Database db) {
        update(db, (step, nanos) -> { });
    }

    /** The same, telling how long each step of the analysis took. */
    public void update(Database db, ProfileAnalysis.StepTimes times) {
        ProfileQueries data = new ProfileQueries(db);
        String exports = data.currentExportsKey();
        new InferenceStore(db).replaceAll(analysis.analyse(data, times), exports, ProfileAnalysis.VERSION);
    }

    /** Updates only when the exports or the rules changed since the stored analysis; says whether it ran. */
    public boolean updateIfStale(Database db) {
        String now = new ProfileQueries(db).currentExportsKey() + " " + ProfileAnalysis.VERSION;
        if (new InferenceStore(db).analysedState().filter(now::equals).isPresent()) {
            return false;
        }
        update(db);
        return true;
    }
}
