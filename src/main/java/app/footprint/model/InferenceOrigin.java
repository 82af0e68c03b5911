package app.footprint.model;

/** Whether a company said it, or Footprint concluded it from the data. */
public enum InferenceOrigin {
    STATED("Stated by the company"),
    DERIVED("Implied by your data");

    private final String label;

    InferenceOrigin(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
