package app.footprint.requests;

import java.time.LocalDate;
import java.util.Objects;

/** Works out a request's dates from its law, its type, the day it was received and the holidays to skip. */
public final class Deadlines {
    private final Holidays holidays;

    public Deadlines(Holidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    /**
     * @throws IllegalArgumentException when the law does not grant this type of request
     */
    public Deadline of(Law law, RequestType type, LocalDate received) {
        if (!law.grants(type)) {
            throw new IllegalArgumentException(law.name() + " grants no " + type.key() + " request");
        }
        Timing timing = law.timing(type);
        return new Deadline(law, type, received, timing.due().lastDay(received, holidays),
                lastDay(timing.extendedDue(), received), lastDay(timing.acknowledgeBy(), received));
    }

    private LocalDate lastDay(DeadlineRule rule, LocalDate received) {
        return rule == null ? null : rule.lastDay(received, holidays);
    }
}
