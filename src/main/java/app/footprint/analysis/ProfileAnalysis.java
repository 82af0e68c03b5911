package app.footprint.analysis;

import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.ProfileData;
import java.time.ZoneId;
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

    /**
     * @param zone the person's time zone, for night and day, weekday and weekend. Footprint runs on the
     *             person's own computer, so its zone is the best guess; exports mostly give UTC.
     */
    public ProfileAnalysis(Taxonomy taxonomy, ZoneId zone) {
        this.stated = new StatedInferences(taxonomy);
        this.rules = List.of(new HomeAndWork(zone), new DailyRhythm(zone), new PurchaseLifeEvents(zone),
                new TasteProfile(zone), new ActivityInterests(taxonomy), new Relationships());
    }

    /** The project's taxonomy and this computer's time zone. */
    public static ProfileAnalysis standard() {
        return new ProfileAnalysis(Taxonomy.standard(), ZoneId.systemDefault());
    }

    /** Every inference: per company its stated ones, then its derived ones; then those across companies. */
    public List<Inference> analyse(ProfileData data) {
        return analyse(data, (step, nanos) -> { });
    }

    /** The same, telling how long each step took (the benchmark prints it). */
    public List<Inference> analyse(ProfileData data, StepTimes times) {
        List<Inference> derived = new ArrayList<>();
        for (DerivationRule rule : rules) {
            long start = System.nanoTime();
            derived.addAll(rule.derive(data));
            times.took(rule.getClass().getSimpleName(), System.nanoTime() - start);
        }
        long start = System.nanoTime();
        List<Inference> activityInterests = derived.stream()
                .filter(i -> i.kind() == InferenceKind.ACTIVITY_INTEREST).toList();
        List<Inference> statedOnes = ActivitySupportMarks.mark(stated.normalise(data.statedInferences()),
                activityInterests);
        times.took("StatedInferences", System.nanoTime() - start);
        start = System.nanoTime();
        List<Inference> all = new ArrayList<>(statedOnes);
        all.addAll(derived);
        all.addAll(CrossCompanyView.compare(statedOnes));
        all.addAll(CombinedView.combine(List.copyOf(all)));
        times.took("CrossCompanyAndCombinedView", System.nanoTime() - start);
        return all;
    }

    /** Receives the duration of each step of an analysis. */
    @FunctionalInterface
    public interface StepTimes {
        void took(String step, long nanos);
    }
}
