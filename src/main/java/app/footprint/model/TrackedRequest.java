package app.footprint.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request sent (or to be sent) to a company, as the tracker keeps it.
 *
 * @param id the database id (0 before it is stored)
 * @param reference the reference number printed in the letter, like {@code FP-2026-0001}
 * @param lawKey the law's key ("gdpr", "ccpa", ...)
 * @param typeKey the request type's key ("access", "erasure", ...)
 * @param sent the day the company received the request (the deadlines count from it)
 * @param extendedDue the last day once the company announced an extension; null until then
 * @param acknowledgeBy the last day to confirm receipt; null where the law asks for none
 * @param actionNeeded whether the last reply asks something of the user (an ID copy, a web form, ...)
 */
public record TrackedRequest(long id, String reference, String service, String lawKey, String typeKey,
        RequestStatus status, LocalDate sent, LocalDate due, LocalDate extendedDue, LocalDate acknowledgeBy,
        boolean actionNeeded, Instant created, Instant updated, String note) {
    public TrackedRequest {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(lawKey, "lawKey");
        Objects.requireNonNull(typeKey, "typeKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(updated, "updated");
        if (status.isDerived()) {
            throw new IllegalArgumentException(status.key() + " is worked out, never stored");
        }
        note = note == null ? "" : note;
    }

    /** The last day that counts now: the extended one once announced. */
    public LocalDate lastDay() {
        return extendedDue != null ? extendedDue : due;
    }
}
