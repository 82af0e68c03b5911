package app.footprint.model;

import java.util.Arrays;
import java.util.Optional;

/** What happened in a tracked request's log. */
public enum RequestEvent {
    CREATED("created"), SENT("sent"), REPLY_RECORDED("reply_recorded"), EXTENSION_ANNOUNCED("extension_announced"),
    STATUS_CHANGED("status_changed"), REMINDER_SENT("reminder_sent"), COMPLAINT_FILED("complaint_filed"),
    NOTE("note");

    private final String key;

    RequestEvent(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    public static Optional<RequestEvent> fromKey(String key) {
        return Arrays.stream(values()).filter(e -> e.key.equals(key)).findFirst();
    }
}
