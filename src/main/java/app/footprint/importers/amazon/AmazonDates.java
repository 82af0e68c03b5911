package app.footprint.importers.amazon;

import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time formats of Amazon's files, by generation: US {@code 11/11/2021 22:32:48 UTC} (orders, carts),
 * US without a zone {@code 12/14/2016 19:00:00} (Prime Video's playback hour), ISO
 * {@code 2026-08-19T14:15:16Z} (newer files), {@code 2020-02-27 15:52:06} (search data, "GMT" in the
 * column name), and Audible's {@code 22-JAN-2018}. Placeholders such as "Not Available" mean no time, not
 * a broken one.
 */
final class AmazonDates {
    private static final Pattern US = Pattern.compile(
            "(\\d{1,2})/(\\d{1,2})/(\\d{4})(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?(\\s+UTC|\\s+GMT|Z)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})-([A-Za-z]{3})-(\\d{4})");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("FEB", 2), Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5),
            Map.entry("JUN", 6), Map.entry("JUL", 7), Map.entry("AUG", 8), Map.entry("SEP", 9), Map.entry("OCT", 10),
            Map.entry("NOV", 11), Map.entry("DEC", 12));
    private static final Set<String> PLACEHOLDERS = Set.of("not available", "n/a", "na", "none", "null", "-",
            "not applicable", "unknown");

    private AmazonDates() {
    }

    /** Whether a cell says "no value" in words. */
    static boolean isPlaceholder(String text) {
        return text == null || PLACEHOLDERS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Any of Amazon's time formats; null for placeholders and for anything unreadable or implausible. */
    static Moment parse(String text) {
        if (isPlaceholder(text)) {
            return null;
        }
        String s = text.strip();
        Matcher us = US.matcher(s);
        if (us.matches()) {
            return us(us);
        }
        Matcher dmy = DAY_MONTH_YEAR.matcher(s);
        if (dmy.matches()) {
            Integer month = MONTHS.get(dmy.group(2).toUpperCase(Locale.ROOT));
            if (month == null) {
                return null;
            }
            return checked(() -> Moment.assumedUtc(LocalDate.of(Integer.parseInt(dmy.group(3)), month,
                    Integer.parseInt(dmy.group(1))).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (s.endsWith(".0") && s.length() == 21) {
            s = s.substring(0, 19); // "2019-11-24 20:30:23.0"
        }
        return Timestamps.parse(s);
    }

    /**
     * A time from a column that says it is in UTC or GMT ("First Search Time (GMT)"): known, not
     * assumed, to be UTC even where the cell has no zone.
     */
    static Moment parseUtc(String text) {
        Moment moment = parse(text);
        return moment == null || moment.instant() == null || text.strip().length() <= 11 ? moment
                : Moment.utc(moment.instant());
    }

    private static Moment us(Matcher m) {
        return checked(() -> {
            int month = Integer.parseInt(m.group(1));
            int day = Integer.parseInt(m.group(2));
            int year = Integer.parseInt(m.group(3));
            if (m.group(4) == null) {
                return Moment.assumedUtc(LocalDate.of(year, month, day).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            LocalDateTime time = LocalDateTime.of(year, month, day, Integer.parseInt(m.group(4)),
                    Integer.parseInt(m.group(5)), m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            return m.group(7) == null ? Moment.assumedUtc(time.toInstant(ZoneOffset.UTC))
                    : Moment.utc(time.toInstant(ZoneOffset.UTC));
        });
    }

    private interface MomentSupplier {
        Moment get();
    }

    private static Moment checked(MomentSupplier supplier) {
        try {
            Moment moment = supplier.get();
            return Timestamps.plausible(moment.instant()) ? moment : null;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
