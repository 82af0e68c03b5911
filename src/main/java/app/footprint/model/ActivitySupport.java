package app.footprint.model;

/** For a company's stated interest: whether the person's own activity shows it. */
public enum ActivitySupport {
    SUPPORTED("Supported by your activity"),
    NO_TRACE("No trace in your activity");

    private final String label;

    ActivitySupport(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
