package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.model.ActivitySupport;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.model.StoredInference;
import app.footprint.model.Topic;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InferenceStoreTest {
    @TempDir
    Path dir;

    private static final Topic PARENTING = new Topic("family.pregnancy", "Pregnancy", SensitiveCategory.PREGNANCY_PARENTING);

    static Inference home() {
        return new Inference(InferenceOrigin.DERIVED, Service.GOOGLE, InferenceKind.HOME, "Home near Zschochersche Straße",
                null, SensitiveCategory.PRECISE_LOCATION, "Where you sleep tells where you live.", 0.92, 51.3318, 12.3331,
                null, "Most nights end here.", List.of(new Evidence(Evidence.Kind.LOCATION_POINTS, 17, Service.GOOGLE,
                Instant.parse("2023-05-01T22:00:00Z"), "412 location points", "Takeout/Records.json", 412)),
                412, Set.of(Service.GOOGLE));
    }

    static Inference interest() {
        return new Inference(InferenceOrigin.STATED, Service.FACEBOOK, InferenceKind.AD_INTEREST, "Schwangerschaft",
                PARENTING, SensitiveCategory.PREGNANCY_PARENTING, null, 1.0, null, null, ActivitySupport.SUPPORTED,
                "Facebook lists it.", List.of(
                        new Evidence(Evidence.Kind.STATED_INFERENCE, 5, Service.FACEBOOK, null, "Schwangerschaft",
                                "ads_information/ads_interests.json", 1),
                        new Evidence(Evidence.Kind.STATED_INFERENCE, 9, Service.FACEBOOK, null, "Schwangerschaft",
                                "ads_information/ads_interests.json", 1)), 2, Set.of(Service.FACEBOOK));
    }

    static Inference combined() {
        return new Inference(InferenceOrigin.DERIVED, null, InferenceKind.COMBINED, "Expecting a baby, living in Leipzig",
                null, null, null, 0.7, null, null, null, "Together the exports say more.", List.of(),
                3, Set.of(Service.GOOGLE, Service.AMAZON));
    }

    @Test
    void keepsEveryFieldAndTheEvidenceInOrder() {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            InferenceStore store = new InferenceStore(db);
            assertThat(store.analysedState()).isEmpty();
            store.replaceAll(List.of(combined(), interest(), home()), "1,2", "7");

            List<StoredInference> all = store.all();
            assertThat(all).extracting(s -> s.inference().service())
                    .as("companies in their order, combined last").containsExactly(Service.GOOGLE, Service.FACEBOOK, null);
            Inference listed = all.get(0).inference();
            assertThat(listed.evidence()).as("the list leaves the evidence to be read when shown").isEmpty();
            assertThat(listed.evidenceCount()).isEqualTo(412);
            assertThat(store.withEvidence(all.get(0).id())).contains(home());
            assertThat(store.withEvidence(all.get(1).id())).contains(interest());
            assertThat(store.evidence(all.get(1).id())).extracting(Evidence::ref).containsExactly(5L, 9L);
            assertThat(all.get(1).inference().sensitiveWhy()).isEqualTo(SensitiveCategory.PREGNANCY_PARENTING.why());
            assertThat(store.of(null)).extracting(s -> s.inference().label()).containsExactly(combined().label());
            assertThat(store.analysedState()).contains("1,2 7");
        }
    }

    @Test
    void anAnalysisReplacesThePreviousOneWhole() {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            InferenceStore store = new InferenceStore(db);
            store.replaceAll(List.of(home(), interest()), "1", "1");
            store.replaceAll(List.of(combined()), "1,2", "1");
            assertThat(store.all()).extracting(s -> s.inference().kind()).containsExactly(InferenceKind.COMBINED);
            assertThat(store.analysedState()).contains("1,2 1");
        }
    }

    @Test
    void aFailedAnalysisLeavesThePreviousOne() {
        try (Database db = Database.open(dir.resolve("fp.db"))) {
            InferenceStore store = new InferenceStore(db);
            store.replaceAll(List.of(home()), "1", "1");
            // The second inference cannot be read: the analysis broke half-way through writing.
            List<Inference> halfBroken = new AbstractList<>() {
                @Override
                public Inference get(int index) {
                    if (index == 1) {
                        throw new IllegalStateException("rule failed");
                    }
                    return interest();
                }

                @Override
                public int size() {
                    return 2;
                }
            };
            assertThatThrownBy(() -> store.replaceAll(halfBroken, "1,2", "1")).hasMessage("rule failed");
            assertThat(store.all()).extracting(s -> s.inference().label()).containsExactly(home().label());
            assertThat(store.analysedState()).contains("1 1");
        }
    }
}
