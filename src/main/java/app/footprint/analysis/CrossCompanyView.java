package app.footprint.analysis;

import app.footprint.model.Inference;
import java.util.List;

/** Placeholder of the skeleton: the helper who owns the stated inferences replaces it. */
final class CrossCompanyView {
    private CrossCompanyView() {
    }

    /** Where companies agree ("4 companies think you are interested in Hiking") and where they contradict each other. */
    static List<Inference> compare(List<Inference> stated) {
        return List.of();
    }
}
