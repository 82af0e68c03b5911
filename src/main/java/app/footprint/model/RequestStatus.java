package app.footprint.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a tracked request stands, in the Data Rights Protocol's words (LEGAL.md 7.3). {@link #OVERDUE} and
 * {@link #ACTION_NEEDED} are never stored: they are worked out for a given day from the stored status and dates.
 */
public enum RequestStatus {
    DRAFT("draft"), SENT("sent"), ACKNOWLEDGED("acknowledged"), IN_PROGRESS("in_progress"), EXTENDED("extended"),
    FULFILLED("fulfilled"), PARTIALLY_FULFILLED("partially_fulfilled"), DENIED("denied"), CLOSED("closed"),
    OVERDUE("overdue"), ACTION_NEEDED("action_needed");

    private final String key;

    RequestStatus(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** Whether the company has given its final word (or the user closed the request): no deadline runs any more. */
    public boolean isFinished() {
        return this == FULFILLED || this == PARTIALLY_FULFILLED || this == DENIED || this == CLOSED;
    }

    /** Whether the status is worked out rather than stored. */
    public boolean isDerived() {
        return this == OVERDUE || this == ACTION_NEEDED;
    }

    public static Optional<RequestStatus> fromKey(String key) {
        return Arrays.stream(values()).filter(s -> s.key.equals(key)).findFirst();
    }
}
