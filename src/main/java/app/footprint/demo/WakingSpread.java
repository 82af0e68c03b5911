package app.footprint.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Moments spread evenly over the waking hours (7:00 to 23:30 in Leipzig) of a span of days: the span is cut
 * into one slot per moment and each moment falls somewhere in its own slot. Moments therefore come in order,
 * oldest or newest first, without ever being collected or sorted, however many there are.
 */
final class WakingSpread {
    private static final double WAKING_SECONDS = 16.5 * 3600;

    private final LocalDate from;
    private final double slotSeconds;

    /** {@code count} moments from the morning of {@code from} to the night before {@code to}. */
    WakingSpread(LocalDate from, LocalDate to, long count) {
        if (!from.isBefore(to) || count < 1) {
            throw new IllegalArgumentException("no moments from " + from + " to " + to);
        }
        this.from = from;
        this.slotSeconds = from.until(to, ChronoUnit.DAYS) * WAKING_SECONDS / count;
    }

    /**
     * The {@code index}-th moment, counted from the oldest, to the millisecond.
     *
     * @param jitter from 0 (included) to 1 (excluded): where in its slot the moment falls
     */
    Instant moment(long index, double jitter) {
        double position = (index + jitter) * slotSeconds;
        long day = (long) (position / WAKING_SECONDS);
        long millis = (long) ((position - day * WAKING_SECONDS) * 1000);
        return from.plusDays(day).atTime(7, 0).atZone(Persona.ZONE).toInstant().plusMillis(millis);
    }
}
