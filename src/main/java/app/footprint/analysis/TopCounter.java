package app.footprint.analysis;

import app.footprint.model.Evidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts how often and how much each name (a series, an artist) occurs, in bounded memory: when twice the
 * capacity of names is held, the least counted half is dropped, so rare names may be undercounted while the
 * top ones, which are what is asked for, stay exact in practice. Each name keeps a few plays as evidence.
 */
final class TopCounter {
    /** A name with its plays, its weight (time, or plays) and a few of its records. */
    static final class Entry {
        final String name;
        long count;
        long weight;
        final List<Evidence> samples = new ArrayList<>();

        Entry(String name) {
            this.name = name;
        }
    }

    private static final Comparator<Entry> MOST = Comparator.comparingLong((Entry e) -> -e.weight)
            .thenComparingLong(e -> -e.count).thenComparing(e -> e.name);

    private final int capacity;
    private final int samples;
    private final Map<String, Entry> entries = new HashMap<>();

    TopCounter(int capacity, int samples) {
        this.capacity = capacity;
        this.samples = samples;
    }

    void add(String name, long weight, Evidence sample) {
        Entry entry = entries.computeIfAbsent(name, Entry::new);
        entry.count++;
        entry.weight += weight;
        if (entry.samples.size() < samples) {
            entry.samples.add(sample);
        }
        if (entries.size() > 2 * capacity) {
            List<Entry> kept = top(capacity);
            entries.clear();
            kept.forEach(e -> entries.put(e.name, e));
        }
    }

    /** The n most counted, most weight first. */
    List<Entry> top(int n) {
        return entries.values().stream().sorted(MOST).limit(n).toList();
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }
}
