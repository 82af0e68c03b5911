package app.footprint.ui.inferences;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InferenceWordsTest {

    private static Inference place(InferenceOrigin origin, long evidenceCount, List<Evidence> evidence) {
        return new Inference(origin, Service.GOOGLE, InferenceKind.HOME, "Home", null, null, null, 0.9, 51.3285,
                12.33891, null, "Most nights your phone was here.", evidence, evidenceCount, Set.of(Service.GOOGLE));
    }

    @Test
    void confidenceReadsInWords() {
        assertThat(InferenceWords.confidence(1.0)).isEqualTo("very likely (100%)");
        assertThat(InferenceWords.confidence(0.85)).isEqualTo("very likely (85%)");
        assertThat(InferenceWords.confidence(0.84)).isEqualTo("likely (84%)");
        assertThat(InferenceWords.confidence(0.6)).isEqualTo("likely (60%)");
        assertThat(InferenceWords.confidence(0.35)).isEqualTo("possible (35%)");
        assertThat(InferenceWords.confidence(0.1)).isEqualTo("a guess (10%)");
    }

    @Test
    void aStatedConclusionIsTheCompanysOwnClaim() {
        assertThat(InferenceWords.howSure(place(InferenceOrigin.STATED, 1, List.of())))
                .isEqualTo("How sure: very likely (90%). Google states this itself; Footprint did not conclude it.");
        assertThat(InferenceWords.howSure(place(InferenceOrigin.DERIVED, 1, List.of())))
                .isEqualTo("How sure: very likely (90%).");
    }

    @Test
    void aPlaceAndItsEvidenceReadPlainly() {
        Evidence points = new Evidence(Evidence.Kind.LOCATION_POINTS, 3, Service.GOOGLE, null, "412 location points",
                "Records.json", 412);
        Inference home = place(InferenceOrigin.DERIVED, 412, List.of(points));

        assertThat(InferenceWords.place(home)).isEqualTo("Around 51.32850, 12.33891");
        assertThat(InferenceWords.meta(home)).isEqualTo("Google · Home · derived");
        assertThat(InferenceWords.evidenceWhere(points)).isEqualTo("Google · Records.json · 412 points");
        assertThat(InferenceWords.evidenceLink(points)).isEqualTo("Show Google's location history");
        assertThat(InferenceWords.evidenceHeadline(home, 1)).isEqualTo("Rests on 412 records; the 1 most telling are listed");
        assertThat(InferenceWords.evidenceHeadline(place(InferenceOrigin.DERIVED, 1, List.of(points)), 1))
                .isEqualTo("Rests on 1 record");
        assertThat(InferenceWords.evidenceHeadline(place(InferenceOrigin.DERIVED, 0, List.of()), 0))
                .isEqualTo("No evidence listed.");
    }
}
