package app.footprint.model;

/** A kind of personal data that an export holds, in the words a person would use. */
public enum Category {
    PROFILE("Profile"),
    MESSAGES("Messages"),
    POSTS("Posts"),
    COMMENTS("Comments"),
    LIKES("Likes, votes and reactions"),
    FRIENDS("Friends and connections"),
    CONTACTS("Contacts uploaded"),
    SEARCHES("Searches"),
    ACTIVITY("Activity in the apps"),
    BROWSING("Browsing history"),
    WATCHING("Viewing history"),
    LISTENING("Listening history"),
    LOCATIONS("Location history"),
    PURCHASES("Purchases and orders"),
    PAYMENTS("Payments and billing"),
    LOGINS("Logins and IP addresses"),
    DEVICES("Devices"),
    APPS("Apps and connected services"),
    OFF_SITE_ACTIVITY("Activity on other apps and websites"),
    AD_VIEWS("Ads shown to you"),
    AD_INTERACTIONS("Ads you interacted with"),
    AD_SETTINGS("Ad settings"),
    LIBRARY("Saved items and lists"),
    PLAYLISTS("Playlists"),
    FOLLOWS("Follows and subscriptions"),
    VOICE("Voice recordings");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
