package app.footprint.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of a tracked request's log.
 *
 * @param attachment the path of a file the user attached (a reply's PDF, a screenshot); null when none
 */
public record RequestLogEntry(Instant at, RequestEvent event, String text, String attachment) {
    public RequestLogEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(event, "event");
        text = text == null ? "" : text;
    }
}
