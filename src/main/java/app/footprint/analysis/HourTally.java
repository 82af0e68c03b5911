package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import app.footprint.model.Service;
import java.time.Instant;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How many of the person's actions fell into each hour of the local day, on weekdays and at weekends, with a
 * few items per hour kept as evidence. Only counters: memory does not grow with the history.
 */
final class HourTally {
    static final int SAMPLES_PER_HOUR = 3;

    final long[] weekday = new long[24];
    final long[] weekend = new long[24];
    final Set<Integer> days = new HashSet<>();
    final Set<Service> services = EnumSet.noneOf(Service.class);
    @SuppressWarnings("unchecked")
    final List<AnalysedItem>[] samples = new List[24];

    void add(AnalysedItem item, ZoneRules rules) {
        Instant at = item.at();
        long local = at.getEpochSecond() + rules.getOffset(at).getTotalSeconds();
        int day = (int) Math.floorDiv(local, 86_400L);
        int hour = (int) (Math.floorMod(local, 86_400L) / 3600);
        // Day 0 (1 January 1970) was a Thursday: Saturday and Sunday are 5 and 6 counted from Monday.
        if (Math.floorMod(day + 3, 7) < 5) {
            weekday[hour]++;
        } else {
            weekend[hour]++;
        }
        days.add(day);
        services.add(item.service());
        if (samples[hour] == null) {
            samples[hour] = new ArrayList<>(SAMPLES_PER_HOUR);
        }
        if (samples[hour].size() < SAMPLES_PER_HOUR) {
            samples[hour].add(item);
        }
    }

    void addAll(HourTally other) {
        for (int h = 0; h < 24; h++) {
            weekday[h] += other.weekday[h];
            weekend[h] += other.weekend[h];
            if (other.samples[h] != null) {
                if (samples[h] == null) {
                    samples[h] = new ArrayList<>(SAMPLES_PER_HOUR);
                }
                for (AnalysedItem i : other.samples[h]) {
                    if (samples[h].size() < SAMPLES_PER_HOUR) {
                        samples[h].add(i);
                    }
                }
            }
        }
        days.addAll(other.days);
        services.addAll(other.services);
    }

    long[] all() {
        long[] all = new long[24];
        for (int h = 0; h < 24; h++) {
            all[h] = weekday[h] + weekend[h];
        }
        return all;
    }

    long total() {
        long t = 0;
        for (int h = 0; h < 24; h++) {
            t += weekday[h] + weekend[h];
        }
        return t;
    }

    static long total(long[] hours) {
        long t = 0;
        for (long h : hours) {
            t += h;
        }
        return t;
    }

    /** A span of hours of the day, from {@code start} up to (not including) {@code end}, across midnight if need be. */
    record Span(int start, int end) {
        int length() {
            return Math.floorMod(end - start, 24) == 0 ? 24 : Math.floorMod(end - start, 24);
        }

        boolean contains(int hour) {
            return Math.floorMod(hour - start, 24) < length();
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%02d:00–%02d:00", start, end);
        }
    }

    /**
     * The likely sleep window: the longest run of hours (across midnight) each holding less than a quarter
     * of an average hour's actions; null when no run of at least four hours is that quiet.
     */
    static Span quietest(long[] hours) {
        double limit = total(hours) / 24.0 * 0.25;
        int bestStart = -1;
        int bestLength = 0;
        for (int start = 0; start < 24; start++) {
            if (hours[start] >= limit || hours[Math.floorMod(start - 1, 24)] < limit) {
                continue; // a run starts after a busy hour
            }
            int length = 0;
            while (length < 24 && hours[(start + length) % 24] < limit) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        return bestLength >= 4 && bestLength < 24 ? new Span(bestStart, (bestStart + bestLength) % 24) : null;
    }

    /** The busiest hour. */
    static int peak(long[] hours) {
        int best = 0;
        for (int h = 1; h < 24; h++) {
            if (hours[h] > hours[best]) {
                best = h;
            }
        }
        return best;
    }
}
