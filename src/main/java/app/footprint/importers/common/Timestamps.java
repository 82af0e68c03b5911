package app.footprint.importers.common;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Reads the zoo of time formats found in exports, and refuses impossible values (pseudonymised samples
 * hold epoch "seconds" such as 1665849123456789): those come back as null so that the caller can report
 * them instead of storing nonsense.
 */
public final class Timestamps {
    /** Nothing in a personal-data export predates the consumer web. */
    public static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");

    private static final Pattern DIGITS = Pattern.compile("-?\\d{1,19}");
    private static final DateTimeFormatter LOCAL_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter LOCAL_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static Clock clock = Clock.systemUTC();

    private Timestamps() {
    }

    /** Whether an instant lies between 1990 and one day from now. */
    public static boolean plausible(Instant instant) {
        return instant != null && !instant.isBefore(EARLIEST)
                && instant.isBefore(clock.instant().plus(Duration.ofDays(1)));
    }

    public static Moment epochSeconds(long seconds) {
        if (seconds < EARLIEST.getEpochSecond() || seconds > clock.instant().getEpochSecond() + 86_400) {
            return null;
        }
        return Moment.utc(Instant.ofEpochSecond(seconds));
    }

    public static Moment epochMillis(long millis) {
        if (millis < EARLIEST.toEpochMilli() || millis > clock.millis() + 86_400_000L) {
            return null;
        }
        return Moment.utc(Instant.ofEpochMilli(millis));
    }

    /**
     * Parses ISO-8601 instants and offsets, Java's {@code ...Z[UTC]} form, "yyyy-MM-dd HH:mm[:ss]" (UTC
     * assumed), "yyyy-MM-dd HH:mm:ss UTC", a bare date (UTC midnight, assumed), and epoch seconds or
     * milliseconds written as digits. Returns null for anything else or anything implausible.
     */
    public static Moment parse(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        Moment m = parseUnchecked(s);
        return m != null && plausible(m.instant()) ? m : null;
    }

    private static Moment parseUnchecked(String s) {
        Instant utc = isoUtc(s);
        if (utc != null) {
            return Moment.utc(utc);
        }
        if (DIGITS.matcher(s).matches()) {
            if (s.length() > 18) {
                return null; // nineteen digits can exceed a long; no time has that many
            }
            long n = Long.parseLong(s);
            // Ten digits or fewer are seconds until the year 2286; more are milliseconds.
            return Math.abs(n) < 100_000_000_000L ? Moment.utc(Instant.ofEpochSecond(n)) : Moment.utc(Instant.ofEpochMilli(n));
        }
        try {
            if (s.endsWith("]")) {
                return Moment.utc(ZonedDateTime.parse(s).toInstant());
            }
            if (s.endsWith(" UTC")) {
                return Moment.utc(parseLocal(s.substring(0, s.length() - 4)).toInstant(ZoneOffset.UTC));
            }
            if (s.length() == 10) {
                return Moment.assumedUtc(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));
            }
            if (s.indexOf('T') > 0) {
                if (s.endsWith("Z") || s.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                    return Moment.utc(OffsetDateTime.parse(s.endsWith("Z") ? s : fixOffset(s)).toInstant());
                }
                return Moment.assumedUtc(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC));
            }
            return Moment.assumedUtc(parseLocal(s).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * The most common form by far ("2017-06-03T14:07:12.345Z": millions of times in a location history),
     * read by hand because the general formatters cost more than the rest of a record. Null for any
     * other form, which then takes the general path.
     */
    static Instant isoUtc(String s) {
        int n = s.length();
        if (n < 20 || s.charAt(n - 1) != 'Z' || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T'
                || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return null;
        }
        int nanos = 0;
        if (n > 20) {
            if (s.charAt(19) != '.' || n == 21 || n > 30) {
                return null;
            }
            for (int i = 20; i < n - 1; i++) {
                int d = s.charAt(i) - '0';
                if (d < 0 || d > 9) {
                    return null;
                }
                nanos = nanos * 10 + d;
            }
            for (int i = n - 1 - 20; i < 9; i++) {
                nanos *= 10;
            }
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = digits(s, 17, 2);
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // the 31st of a short month
        }
    }

    private static int digits(String s, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value;
    }

    private static LocalDateTime parseLocal(String s) {
        return LocalDateTime.parse(s, s.length() == 16 ? LOCAL_MINUTES : LOCAL_SECONDS);
    }

    /** "+0000" becomes "+00:00", which {@link OffsetDateTime} requires. */
    private static String fixOffset(String s) {
        int n = s.length();
        return s.charAt(n - 3) == ':' ? s : s.substring(0, n - 2) + ":" + s.substring(n - 2);
    }

    /** For tests: fixes "now", which bounds plausible timestamps. */
    static void useClock(Clock testClock) {
        clock = testClock;
    }
}
