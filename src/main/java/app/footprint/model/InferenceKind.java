package app.footprint.model;

/** What sort of conclusion a company states about a person in its export. */
public enum InferenceKind {
    AD_INTEREST("Ad interests"),
    TOPIC("Topics"),
    AUDIENCE_CATEGORY("Categories used to reach you"),
    AD_SEGMENT("Ad segments"),
    LISTENER_SEGMENT("Listener segments"),
    ADVERTISER("Advertisers holding your data"),
    OFF_SITE_ACTIVITY("Off-site activity"),
    INFERRED_LOCATION("Inferred location");

    private final String label;

    InferenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
