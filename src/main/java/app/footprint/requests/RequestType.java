package app.footprint.requests;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a request asks a company to do, with the key used on the command line and in the laws table. */
public enum RequestType {
    ACCESS("access", "access to your data (with a copy to take elsewhere)"),
    ERASURE("erasure", "erasure of your data"),
    OBJECT_MARKETING("object-marketing", "objection to direct marketing and the profiling for it"),
    OBJECT("object", "objection to processing"),
    RESTRICT("restrict", "restriction of processing"),
    RECTIFY("rectify", "rectification of wrong data"),
    AUTOMATED_DECISION("automated-decision", "review of an automated decision"),
    KNOW("know", "right to know what is collected, used and disclosed"),
    DELETE("delete", "deletion"),
    CORRECT("correct", "correction"),
    OPT_OUT("opt-out", "opt-out of sale and sharing"),
    LIMIT("limit", "limiting the use of sensitive personal information");

    private final String key;
    private final String label;

    RequestType(String key, String label) {
        this.key = key;
        this.label = label;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** The type with this key, compared without regard to case. */
    public static Optional<RequestType> fromKey(String key) {
        String wanted = key.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.key.equals(wanted)).findFirst();
    }
}
