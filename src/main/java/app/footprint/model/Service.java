package app.footprint.model;

/** A company whose data export Footprint can read. */
public enum Service {
    GOOGLE("google", "Google", "Google"),
    FACEBOOK("facebook", "Facebook", "Meta Platforms"),
    INSTAGRAM("instagram", "Instagram", "Meta Platforms"),
    X("x", "X (Twitter)", "X Corp."),
    LINKEDIN("linkedin", "LinkedIn", "LinkedIn"),
    SPOTIFY("spotify", "Spotify", "Spotify AB"),
    NETFLIX("netflix", "Netflix", "Netflix"),
    AMAZON("amazon", "Amazon", "Amazon"),
    TIKTOK("tiktok", "TikTok", "TikTok"),
    SNAPCHAT("snapchat", "Snapchat", "Snap Inc."),
    REDDIT("reddit", "Reddit", "Reddit"),
    DISCORD("discord", "Discord", "Discord");

    private final String id;
    private final String displayName;
    private final String company;

    Service(String id, String displayName, String company) {
        this.id = id;
        this.displayName = displayName;
        this.company = company;
    }

    /** Stable lower-case name used in the database and on the command line. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** The company behind the service, as people know it. */
    public String company() {
        return company;
    }

    public static Service fromId(String id) {
        for (Service s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown service: " + id);
    }
}
