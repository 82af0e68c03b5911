package app.footprint.analysis;

import app.footprint.model.Inference;
import java.util.List;

/** Placeholder of the skeleton: the helper who owns the stated inferences replaces it. */
final class ActivitySupportMarks {
    private ActivitySupportMarks() {
    }

    /** The stated inferences, each interest marked as supported by the person's activity or not. */
    static List<Inference> mark(List<Inference> stated, List<Inference> activityInterests) {
        return stated;
    }
}
