package app.footprint.model;

/** A kind of personal data that an export holds, in the words a person would use. */
public enum Category {
    PROFILE("Profile"),
    MESSAGES("Messages"),
    POSTS("Posts"),
    FRIENDS("Friends and connections"),
    SEARCHES("Searches"),
    LOGINS("Logins and IP addresses"),
    OFF_SITE_ACTIVITY("Activity on other apps and websites"),
    AD_INTERACTIONS("Ads you interacted with"),
    AD_SETTINGS("Ad settings"),
    LISTENING("Listening history"),
    LIBRARY("Saved music and podcasts"),
    PLAYLISTS("Playlists"),
    FOLLOWS("Follows");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
