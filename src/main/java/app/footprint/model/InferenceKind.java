package app.footprint.model;

/** What sort of conclusion a company states about a person in its export. */
public enum InferenceKind {
    AD_INTEREST("Ad interests"),
    TOPIC("Topics"),
    DEMOGRAPHIC("Inferred age, gender and languages"),
    AUDIENCE_CATEGORY("Categories used to reach you"),
    AD_SEGMENT("Ad segments"),
    LISTENER_SEGMENT("Listener segments"),
    TARGETING("How ads were targeted at you"),
    ADVERTISER("Advertisers holding your data"),
    OFF_SITE_ACTIVITY("Off-site activity"),
    INFERRED_LOCATION("Inferred location"),
    TASTE("Taste and preferences recorded"),
    AD_PREFERENCE("Ad topics allowed or limited"),
    OTHER("Other conclusions");

    private final String label;

    InferenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
