package app.footprint.importers.linkedin;

import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * LinkedIn writes a different time format in nearly every file: {@code 2025-06-01 14:03:22 UTC}
 * (messages), {@code 2024/02/01 15:02:55 UTC} (searches, endorsements), {@code 08 Feb 2026}
 * (connections), {@code 1/29/26, 2:37 PM} (invitations, US style, no zone), {@code Jan 2024}
 * (positions), {@code 2009} (education). Only the ones ending in UTC state a zone; for the others UTC is
 * assumed. Returns null for anything else or anything implausible.
 */
final class LinkedInDates {
    private static final Pattern SLASHED_ISO = Pattern.compile("\\d{4}/\\d{2}/\\d{2}.*");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final List<DateTimeFormatter> US_TIMES = List.of(
            formatter("M/d/yy, h:mm a"), formatter("M/d/yy h:mm a"),
            formatter("M/d/yyyy, h:mm a"), formatter("M/d/yyyy h:mm a"));
    private static final List<DateTimeFormatter> DAYS = List.of(
            formatter("d MMM yyyy"), formatter("M/d/yyyy"), formatter("MMM d, yyyy"));
    private static final DateTimeFormatter MONTH = formatter("MMM yyyy");

    private LinkedInDates() {
    }

    static Moment parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        // Newer Java locale data put a narrow no-break space before AM/PM; exports use a plain one.
        String s = text.strip().replace('\u202f', ' ').replace('\u00a0', ' ');
        Moment moment = Timestamps.parse(SLASHED_ISO.matcher(s).matches()
                ? s.substring(0, 10).replace('/', '-') + s.substring(10) : s);
        if (moment == null) {
            moment = parseLocal(s);
        }
        return moment != null && Timestamps.plausible(moment.instant()) ? moment : null;
    }

    private static Moment parseLocal(String s) {
        for (DateTimeFormatter f : US_TIMES) {
            try {
                return assumed(LocalDateTime.parse(s, f));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        for (DateTimeFormatter f : DAYS) {
            try {
                return assumed(LocalDate.parse(s, f).atStartOfDay());
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        try {
            return assumed(YearMonth.parse(s, MONTH).atDay(1).atStartOfDay());
        } catch (DateTimeParseException e) {
            // not a month either
        }
        if (YEAR.matcher(s).matches()) {
            return assumed(Year.parse(s).atDay(1).atStartOfDay());
        }
        return null;
    }

    private static Moment assumed(LocalDateTime local) {
        return Moment.assumedUtc(local.toInstant(ZoneOffset.UTC));
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH);
    }
}
