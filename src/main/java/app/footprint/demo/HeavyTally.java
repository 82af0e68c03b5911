package app.footprint.demo;

import app.footprint.model.Service;
import java.util.EnumMap;
import java.util.Map;

/** Counts what the heavy persona's writers put into the zips, record by record, as they write it. */
final class HeavyTally {
    long locationRecords;
    long activityEntries;
    long messages;
    long streams;
    long orders;
    long uncompressedBytes;
    long files;
    private final Map<Service, Long> inferences = new EnumMap<>(Service.class);

    /** Counts stated inferences of one company. */
    void inferences(Service service, long count) {
        inferences.merge(service, count, Long::sum);
    }

    /** The stated inferences written for one company. */
    long inferencesOf(Service service) {
        return inferences.getOrDefault(service, 0L);
    }

    HeavyFacts toFacts() {
        long stated = inferences.values().stream().mapToLong(Long::longValue).sum();
        return new HeavyFacts(locationRecords, activityEntries, messages, streams, orders, stated, uncompressedBytes,
                files);
    }
}
