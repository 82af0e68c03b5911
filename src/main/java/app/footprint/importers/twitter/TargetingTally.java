package app.footprint.importers.twitter;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Moment;
import app.footprint.model.InferenceKind;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Counts, over one ad file, how often each targeting criterion matched ("Keywords: baby stroller",
 * "Age: 25-34"), when first and last, and for which advertisers. Each criterion is a reason X gives for
 * showing her an ad, so each becomes one stated inference when the file is done; only the distinct
 * criteria are held, never the ads.
 */
final class TargetingTally {
    private static final int ADVERTISERS_NAMED = 3;

    /** One criterion as counted so far. */
    private static final class Count {
        final String type;
        final long firstPosition;
        final Set<String> advertisers = new LinkedHashSet<>();
        long ads;
        Instant first;
        Instant last;

        Count(String type, long firstPosition) {
            this.type = type;
            this.firstPosition = firstPosition;
        }
    }

    private final Map<String, Count> counts = new LinkedHashMap<>();

    /** Counts one ad that matched the criterion {@code type} / {@code value} (the value may be missing). */
    void add(String type, String value, Moment when, String advertiser, long position) {
        String criterion = value == null ? type : type + ": " + value;
        Count count = counts.computeIfAbsent(criterion, c -> new Count(type, position));
        count.ads++;
        if (advertiser != null) {
            count.advertisers.add(advertiser);
        }
        if (when != null) {
            Instant at = when.instant();
            count.first = count.first == null || at.isBefore(count.first) ? at : count.first;
            count.last = count.last == null || at.isAfter(count.last) ? at : count.last;
        }
    }

    /** Hands over one inference per criterion; {@code countName} says what was counted ("ads_shown"). */
    void report(ImportFile file, String countName) {
        counts.forEach((criterion, c) -> file.inference(InferenceKind.TARGETING, criterion, Attrs.of(
                "targeting_type", c.type,
                countName, Long.toString(c.ads),
                "advertisers", advertisers(c.advertisers),
                "first", c.first == null ? null : c.first.toString(),
                "last", c.last == null ? null : c.last.toString()), c.firstPosition));
    }

    /** "A, B, C and 4 more". */
    private static String advertisers(Set<String> names) {
        if (names.isEmpty()) {
            return null;
        }
        String shown = String.join(", ", names.stream().limit(ADVERTISERS_NAMED).toList());
        return names.size() > ADVERTISERS_NAMED ? shown + " and " + (names.size() - ADVERTISERS_NAMED) + " more" : shown;
    }
}
