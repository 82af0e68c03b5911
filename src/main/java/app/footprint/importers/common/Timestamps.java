package app.footprint.importers.common;

import java.time.Clock;
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
