package app.footprint.analysis;

import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Inference;
import java.util.List;

/** Placeholder of the skeleton: the helper who owns the stated inferences replaces it. */
public final class StatedInferences {
    private final Taxonomy taxonomy;

    public StatedInferences(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    /** The companies' own conclusions, repeats folded, each placed in the taxonomy and flagged if sensitive. */
    public List<Inference> normalise(List<AnalysedStatedInference> stated) {
        return List.of();
    }
}
