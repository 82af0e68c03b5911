package app.footprint.importers.common;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Sums up the events one company reported about the person (Meta's off-site activity, X's conversions,
 * TikTok's off-app activity): how many, of which types, from when to when. "This shop tells the platform
 * about your purchases" is itself something the platform holds, so the sum becomes a stated inference.
 */
public final class EventTally {
    private final Map<String, Integer> types = new LinkedHashMap<>();
    private int events;
    private Instant first;
    private Instant last;

    /** Counts one event; the type and the time may be unknown (null). */
    public void add(String type, Moment when) {
        events++;
        if (type != null) {
            types.merge(type, 1, Integer::sum);
        }
        if (when != null) {
            Instant at = when.instant();
            first = first == null || at.isBefore(first) ? at : first;
            last = last == null || at.isAfter(last) ? at : last;
        }
    }

    /**
     * The inference's attributes: {@code events} (the count), {@code types} ("PURCHASE 19, PAGE_VIEW 2", the
     * most frequent first), {@code first} and {@code last} (ISO-8601, absent when no event had a time).
     */
    public Map<String, String> attributes() {
        return Attrs.of(
                "events", Integer.toString(events),
                "types", types.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", ")),
                "first", first == null ? null : first.toString(),
                "last", last == null ? null : last.toString());
    }
}
