package app.footprint.analysis;

import app.footprint.model.Inference;
import java.util.List;

/** Placeholder of the skeleton: the helper who owns the combined view replaces it. */
final class CombinedView {
    private CombinedView() {
    }

    /** What someone holding all these exports could conclude that no single export shows. */
    static List<Inference> combine(List<Inference> inferences) {
        return List.of();
    }
}
