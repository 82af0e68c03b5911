package app.footprint.model;

/** A company whose data export Footprint can read. */
public enum Service {
    FACEBOOK("facebook", "Facebook", "Meta Platforms"),
    SPOTIFY("spotify", "Spotify", "Spotify AB");

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
