package app.footprint.analysis;

import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.ProfileData;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the whole profile: the companies' stated inferences made comparable, what the raw data implies,
 * where companies agree or contradict each other, and what the exports reveal together.
 */
public final class ProfileAnalysis {
    /** Change it when a rule changes: stored profiles of another version are built again. */
    public static final String VERSION = "1";

    private final StatedInferences stated;
    private final List<DerivationRule> rules;

    public ProfileAnalysis(Taxonomy taxonomy) {
        this.stated = new StatedInferences(taxonomy);
        this.rules = List.of(new HomeAndWork(), new DailyRhythm(), new PurchaseLifeEvents(), new TasteProfile(),
                new ActivityInterests(taxonomy), new Relationships());
    }

    public static ProfileAnalysis standard() {
        return new ProfileAnalysis(Taxonomy.standard());
    }

    /** Every inference: per company its stated ones, then its derived ones; then those across companies. */
    public List<Inference> analyse(ProfileData data) {
        List<Inference> derived = new ArrayList<>();
        for (DerivationRule rule : rules) {
            derived.addAll(rule.derive(data));
        }
        List<Inference> activityInterests = derived.stream()
                .filter(i -> i.kind() == InferenceKind.ACTIVITY_INTEREST).toList();
        List<Inference> statedOnes = ActivitySupportMarks.mark(stated.normalise(data.statedInferences()),
                activityInterests);
        List<Inference> all = new ArrayList<>(statedOnes);
        all.addAll(derived);
        all.addAll(CrossCompanyView.compare(statedOnes));
        all.addAll(CombinedView.combine(List.copyOf(all)));
        return all;
    }
}
