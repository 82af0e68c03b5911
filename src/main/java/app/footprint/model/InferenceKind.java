package app.footprint.model;

/**
 * What sort of conclusion: one a company states about a person in its export, or one Footprint derives
 * from the raw data (home, rhythm, life events...), or one that several exports reveal together.
 */
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
    OTHER("Other conclusions"),
    // Derived by Footprint from the raw data.
    HOME("Home"),
    WORK("Work"),
    REGULAR_PLACE("Regular places"),
    DAILY_RHYTHM("Daily rhythm"),
    LIFE_EVENT("Life events"),
    TASTE_PROFILE("Taste profile"),
    ACTIVITY_INTEREST("Interests your activity shows"),
    RELATIONSHIP("People you interact with most"),
    // Across companies.
    AGREEMENT("What several companies agree on"),
    CONTRADICTION("Where companies contradict each other"),
    COMBINED("What the exports reveal together");

    private final String label;

    InferenceKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
