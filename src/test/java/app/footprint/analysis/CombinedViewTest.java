package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.model.Topic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The combined view on hand-made inferences: it speaks only when two companies or more contribute. */
class CombinedViewTest {
    private static final Topic PREGNANCY = new Topic("family.pregnancy", "Pregnancy", SensitiveCategory.PREGNANCY_PARENTING);

    private static Inference derived(Service service, InferenceKind kind, String label, double confidence,
                                     SensitiveCategory sensitive, Topic topic, Double lat, Double lon) {
        return new Inference(InferenceOrigin.DERIVED, service, kind, label, topic, sensitive, null, confidence, lat, lon,
                null, "made by hand", List.of(), 3, Set.of(service));
    }

    private static Inference place(Service service, InferenceKind kind, String label, double lat, double lon) {
        return derived(service, kind, label, 0.8, null, null, lat, lon);
    }

    private static Inference stated(Service service, String label, SensitiveCategory sensitive, double confidence) {
        return new Inference(InferenceOrigin.STATED, service, InferenceKind.AD_INTEREST, label, null, sensitive, null,
                confidence, null, null, null, "stated", List.of(), 1, Set.of(service));
    }

    private static final Inference HOME = place(Service.GOOGLE, InferenceKind.HOME, "Home near Zschochersche Straße",
            51.3327, 12.3379);
    private static final Inference WORK = place(Service.GOOGLE, InferenceKind.WORK, "Work near Klinikum St. Georg",
            51.37, 12.39);
    private static final Inference RHYTHM = derived(Service.SPOTIFY, InferenceKind.DAILY_RHYTHM,
            "Active 6:00–23:00, asleep around midnight", 0.7, null, null, null, null);
    private static final Inference EXPECTING = derived(Service.AMAZON, InferenceKind.LIFE_EVENT,
            "Expecting a baby, around August 2023", 0.9, SensitiveCategory.PREGNANCY_PARENTING, PREGNANCY, null, null);

    private static List<String> labels(List<Inference> inferences) {
        return inferences.stream().map(Inference::label).toList();
    }

    @Test
    void homeAndARoutineFromAnotherCompanyTellWhenTheHomeIsEmpty() {
        List<Inference> combined = CombinedView.combine(List.of(HOME, WORK, RHYTHM));

        assertThat(labels(combined)).containsExactly("When your home is likely empty");
        Inference empty = combined.get(0);
        assertThat(empty.service()).isNull();
        assertThat(empty.origin()).isEqualTo(InferenceOrigin.DERIVED);
        assertThat(empty.kind()).isEqualTo(InferenceKind.COMBINED);
        assertThat(empty.sources()).containsExactlyInAnyOrder(Service.GOOGLE, Service.SPOTIFY);
        assertThat(empty.sensitive()).isEqualTo(SensitiveCategory.PRECISE_LOCATION);
        assertThat(empty.latitude()).isEqualTo(51.3327);
        assertThat(empty.confidence()).isEqualTo(0.7);
        assertThat(empty.evidence()).extracting(Evidence::label).containsExactly(
                "Google: Home near Zschochersche Straße", "Spotify: Active 6:00–23:00, asleep around midnight",
                "Google: Work near Klinikum St. Georg");
        assertThat(empty.evidence()).allSatisfy(e -> {
            assertThat(e.kind()).isEqualTo(Evidence.Kind.INFERENCE);
            assertThat(e.ref()).isZero();
            assertThat(e.path()).isNull();
        });
        assertThat(empty.evidenceCount()).isEqualTo(3);
    }

    @Test
    void homeAndWorkFromOneCompanyAloneRevealNothingNew() {
        assertThat(CombinedView.combine(List.of(HOME, WORK))).isEmpty();
    }

    @Test
    void aLifeEventWithHomeWorkAndAClinicVisitMakesAProfile() {
        Inference clinic = place(Service.GOOGLE, InferenceKind.REGULAR_PLACE, "Frauenarztpraxis Dr. Weber, Plagwitz",
                51.33, 12.34);
        Inference bakery = place(Service.GOOGLE, InferenceKind.REGULAR_PLACE, "Bäckerei Süß", 51.33, 12.35);
        List<Inference> combined = CombinedView.combine(List.of(EXPECTING, HOME, WORK, clinic, bakery));

        assertThat(labels(combined)).containsExactly("Expecting a baby, around August 2023; home near Zschochersche "
                + "Straße; work near Klinikum St. Georg; visits Frauenarztpraxis Dr. Weber, Plagwitz");
        Inference profile = combined.get(0);
        assertThat(profile.sources()).containsExactlyInAnyOrder(Service.AMAZON, Service.GOOGLE);
        assertThat(profile.sensitive()).isEqualTo(SensitiveCategory.PREGNANCY_PARENTING);
        assertThat(profile.topic()).isEqualTo(PREGNANCY);
        assertThat(profile.evidence()).extracting(Evidence::label).containsExactly(
                "Amazon: Expecting a baby, around August 2023", "Google: Home near Zschochersche Straße",
                "Google: Work near Klinikum St. Georg", "Google: Frauenarztpraxis Dr. Weber, Plagwitz");
    }

    @Test
    void aLifeEventKnownToOneCompanyOnlyIsNotCombined() {
        Inference amazonHome = place(Service.AMAZON, InferenceKind.HOME, "Home near Zschochersche Straße", 51.33, 12.34);
        assertThat(CombinedView.combine(List.of(EXPECTING, amazonHome))).isEmpty();
    }

    @Test
    void aSensitiveTopicSeveralCompaniesKnow() {
        Inference instagram = stated(Service.INSTAGRAM, "Baby products", SensitiveCategory.PREGNANCY_PARENTING, 0.5);
        Inference tiktok = stated(Service.TIKTOK, "Parenting", SensitiveCategory.PREGNANCY_PARENTING, 0.6);
        Inference tiktokAgain = stated(Service.TIKTOK, "Pregnancy", SensitiveCategory.PREGNANCY_PARENTING, 0.4);
        Inference health = stated(Service.X, "Health", SensitiveCategory.HEALTH, 0.5);
        Inference agreement = new Inference(InferenceOrigin.DERIVED, null, InferenceKind.AGREEMENT, "2 agree", null,
                SensitiveCategory.HEALTH, null, 0.9, null, null, null, "x", List.of(), 2, Set.of(Service.X, Service.REDDIT));

        List<Inference> combined = CombinedView.combine(List.of(instagram, tiktokAgain, health, tiktok, agreement));

        assertThat(labels(combined)).containsExactly("Pregnancy and parenting, known to Instagram and TikTok");
        Inference known = combined.get(0);
        assertThat(known.sources()).containsExactlyInAnyOrder(Service.INSTAGRAM, Service.TIKTOK);
        assertThat(known.evidence()).extracting(Evidence::label)
                .containsExactly("TikTok: Parenting", "Instagram: Baby products", "TikTok: Pregnancy");
        assertThat(known.confidence()).isEqualTo(1 - 0.4 * 0.5 * 0.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(known.evidenceCount()).isEqualTo(3);
    }

    @Test
    void nothingToCombineNothingCombined() {
        assertThat(CombinedView.combine(List.of())).isEmpty();
        assertThat(CombinedView.combine(List.of(stated(Service.X, "Health", SensitiveCategory.HEALTH, 0.5),
                stated(Service.X, "Fitness", SensitiveCategory.HEALTH, 0.5)))).isEmpty();
    }
}
