package app.footprint.requests;

import app.footprint.model.RequestEvent;
import app.footprint.model.RequestLogEntry;
import app.footprint.model.RequestStatus;
import app.footprint.model.TrackedRequest;
import app.footprint.store.RequestStore;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Follows requests from the day they are sent until the company has answered: their dates come from
 * {@link Deadlines}, every change is written to the request's log.
 */
public final class RequestTracker {
    private final RequestStore store;
    private final Laws laws;
    private final Deadlines deadlines;
    private final Clock clock;

    public RequestTracker(RequestStore store, Laws laws, Deadlines deadlines, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.laws = Objects.requireNonNull(laws, "laws");
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a request sent on {@code sent} and hands out its reference number.
     *
     * @throws IllegalArgumentException for an unknown law or type, or a type the law does not grant
     */
    public TrackedRequest open(String service, String lawKey, String typeKey, LocalDate sent) {
        Law law = laws.find(lawKey).orElseThrow(() -> new IllegalArgumentException("Unknown law: " + lawKey));
        RequestType type = RequestType.fromKey(typeKey)
                .orElseThrow(() -> new IllegalArgumentException("Unknown request type: " + typeKey));
        Deadline d = deadlines.of(law, type, sent);
        Instant now = clock.instant();
        // The extended due is the law's outer limit; it only counts once the company announces an extension.
        TrackedRequest draft = new TrackedRequest(0, "-", service, law.key(), type.key(), RequestStatus.SENT, sent,
                d.due(), null, d.acknowledgeBy(), false, now, now, "");
        return store.create(draft, new RequestLogEntry(now, RequestEvent.SENT, type.label() + " under " + law.name()
                + ", sent " + sent + ", due " + d.due(), null));
    }

    /**
     * Records that the company extended the period: the extended due date is the one the law allows, never one
     * the company makes up.
     *
     * @throws IllegalArgumentException when the law allows no extension for this type
     */
    public TrackedRequest recordExtension(String reference, String text) {
        TrackedRequest r = existing(reference);
        Deadline d = deadlineOf(r);
        if (d.extendedDue() == null) {
            throw new IllegalArgumentException(d.law().name() + " allows no extension of a " + r.typeKey() + " request");
        }
        TrackedRequest changed = with(r, RequestStatus.EXTENDED, d.extendedDue(), r.actionNeeded());
        store.update(changed, new RequestLogEntry(changed.updated(), RequestEvent.EXTENSION_ANNOUNCED,
                text + " (extended due " + d.extendedDue() + ")", null));
        return changed;
    }

    /**
     * Records a reply from the company with its new status; {@code asksSomething} marks that the user must act
     * (send an ID copy, use a web form, ...).
     */
    public TrackedRequest recordReply(String reference, RequestStatus status, boolean asksSomething, String text,
            String attachment) {
        if (status.isDerived()) {
            throw new IllegalArgumentException(status.key() + " is worked out, not recorded");
        }
        TrackedRequest r = existing(reference);
        TrackedRequest changed = with(r, status, r.extendedDue(), asksSomething);
        store.update(changed, new RequestLogEntry(changed.updated(), RequestEvent.REPLY_RECORDED, text, attachment));
        return changed;
    }

    /**
     * The status to show on {@code today}: action needed when a reply asks for something, overdue when the
     * last day has passed without a final answer, otherwise the stored one.
     */
    public static RequestStatus shownStatus(TrackedRequest r, LocalDate today) {
        if (r.status().isFinished() || r.status() == RequestStatus.DRAFT) {
            return r.status();
        }
        if (r.actionNeeded()) {
            return RequestStatus.ACTION_NEEDED;
        }
        return today.isAfter(r.lastDay()) ? RequestStatus.OVERDUE : r.status();
    }

    /** The unfinished requests whose last day has passed or comes within {@code days} days of {@code today}. */
    public List<TrackedRequest> dueWithin(LocalDate today, int days) {
        LocalDate limit = today.plusDays(days);
        return store.list().stream().filter(RequestTracker::isOpen)
                .filter(r -> !r.lastDay().isAfter(limit)).toList();
    }

    /** Whether a deadline still runs for the request. */
    static boolean isOpen(TrackedRequest r) {
        return !r.status().isFinished() && r.status() != RequestStatus.DRAFT;
    }

    public List<TrackedRequest> list() {
        return store.list();
    }

    private TrackedRequest existing(String reference) {
        return store.get(reference).orElseThrow(() -> new IllegalArgumentException("No request " + reference));
    }

    private Deadline deadlineOf(TrackedRequest r) {
        Law law = laws.find(r.lawKey()).orElseThrow(() -> new IllegalStateException("Unknown law " + r.lawKey()));
        return deadlines.of(law, RequestType.fromKey(r.typeKey()).orElseThrow(), r.sent());
    }

    private TrackedRequest with(TrackedRequest r, RequestStatus status, LocalDate extendedDue, boolean actionNeeded) {
        return new TrackedRequest(r.id(), r.reference(), r.service(), r.lawKey(), r.typeKey(), status, r.sent(),
                r.due(), extendedDue, r.acknowledgeBy(), actionNeeded, r.created(), clock.instant(), r.note());
    }
}
