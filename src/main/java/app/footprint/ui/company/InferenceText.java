package app.footprint.ui.company;

import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInferenceRow;
import app.footprint.ui.common.Formats;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a company's stated inferences into lines a person can read: the advertisers' flags become badges
 * in plain words, counts of events read as counts, and other facts keep the export's own names.
 */
final class InferenceText {
    /** Advertiser flags as Facebook names them, and what they mean, in the order they are shown. */
    private static final Map<String, String> FLAGS = flags();
    /** Attributes whose value is itself a short label worth a badge. */
    private static final List<String> BADGE_VALUES = List.of("party", "tags", "segment");
    /** Attributes that only repeat what the line already says. */
    private static final List<String> HIDDEN = List.of("raw");

    private InferenceText() {
    }

    static InferenceGroup group(InferenceKind kind, List<StatedInferenceRow> rows) {
        return new InferenceGroup(kind, kind.label(), rows.size(), rows.stream().map(InferenceText::line).toList());
    }

    static InferenceLine line(StatedInferenceRow row) {
        List<String> badges = new ArrayList<>();
        List<String> details = new ArrayList<>();
        FLAGS.forEach((flag, meaning) -> {
            if ("true".equalsIgnoreCase(row.attributes().get(flag))) {
                badges.add(meaning);
            }
        });
        String span = span(row.attributes().get("first"), row.attributes().get("last"));
        row.attributes().forEach((key, value) -> {
            if (FLAGS.containsKey(key)) {
                return; // shown above, in a fixed order
            }
            if (span != null && (key.equals("first") || key.equals("last"))) {
                if (key.equals("first")) {
                    details.add(span);
                }
                return;
            }
            if (BADGE_VALUES.contains(key)) {
                badges.add(value);
            } else if (key.equals("events")) {
                details.add(events(value));
            } else if (key.equals("types")) {
                details.add(value.toLowerCase(Locale.ROOT).replace('_', ' '));
            } else if (!HIDDEN.contains(key)) {
                details.add(key.replace('_', ' ') + ": " + value);
            }
        });
        return new InferenceLine(row.value(), row.occurrences() > 1 ? "listed " + row.occurrences() + "×" : null,
                badges, String.join(" · ", details));
    }

    private static Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("has_data_file_custom_audience", "uploaded a list with your details");
        flags.put("has_remarketing_custom_audience", "retargeting");
        flags.put("has_in_person_store_visit", "store visits");
        return Collections.unmodifiableMap(flags);
    }

    /** "May 2021 – May 2023" from the ISO times an importer wrote; null when they are not times. */
    private static String span(String first, String last) {
        try {
            return first == null || last == null ? null : Formats.span(Instant.parse(first), Instant.parse(last));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String events(String value) {
        try {
            return Formats.count(Long.parseLong(value.strip()), "event", "events");
        } catch (NumberFormatException e) {
            return "events: " + value;
        }
    }
}
