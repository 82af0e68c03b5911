package app.footprint.requests;

import java.util.Objects;

/**
 * The periods that run from the receipt of a request.
 *
 * @param due the response deadline
 * @param extendedDue the deadline when the company extends, counted from receipt too; null where the law allows none
 * @param acknowledgeBy by when the company must confirm receipt; null where the law asks for no confirmation
 */
public record Timing(DeadlineRule due, DeadlineRule extendedDue, DeadlineRule acknowledgeBy) {
    public Timing {
        Objects.requireNonNull(due, "due");
    }
}
