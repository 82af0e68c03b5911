package app.footprint.requests;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The dates of one request.
 *
 * @param due the last day for the answer
 * @param extendedDue the last day when the company extends; null where the law allows no extension
 * @param acknowledgeBy the last day to confirm receipt; null where the law asks for no confirmation
 */
public record Deadline(Law law, RequestType type, LocalDate received, LocalDate due, LocalDate extendedDue,
        LocalDate acknowledgeBy) {
    public Deadline {
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(due, "due");
    }
}
