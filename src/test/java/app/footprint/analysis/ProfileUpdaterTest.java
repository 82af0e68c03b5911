package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.StoredInference;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import app.footprint.testing.DemoDatabase;
import org.junit.jupiter.api.Test;

/** The analysis over the whole demo persona, through the real store. */
class ProfileUpdaterTest {
    @Test
    void analysesOnceAndAgainOnlyWhenTheExportsChange() {
        try (Database db = DemoDatabase.open()) {
            ProfileUpdater updater = ProfileUpdater.standard();
            updater.update(db);
            InferenceStore store = new InferenceStore(db);
            assertThat(store.analysedState()).isPresent();
            assertThat(updater.updateIfStale(db)).as("nothing changed").isFalse();
            for (StoredInference s : store.all()) {
                assertThat(store.evidence(s.id())).hasSizeLessThanOrEqualTo((int) Math.max(s.inference().evidenceCount(), 0));
            }
        }
    }
}
