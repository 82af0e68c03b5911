package app.footprint.ui.common;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How numbers, dates and spans of time read on screen. The screens are in English, so numbers and month
 * names are too; times are shown in the computer's time zone.
 */
public final class Formats {
    private static final Locale LOCALE = Locale.ENGLISH;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", LOCALE);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", LOCALE);

    private Formats() {
    }

    /** 12345 as "12,345". */
    public static String count(long n) {
        return NumberFormat.getIntegerInstance(LOCALE).format(n);
    }

    /** "1 item", "12,345 items". */
    public static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** "Mar 2024", or "no date". */
    public static String month(Instant at) {
        return at == null ? "no date" : MONTH.format(at.atZone(zone()));
    }

    /** "12 Mar 2024, 14:05" in this computer's time zone, or "" when there is no time. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(zone()));
    }

    /** "Mar 2011 – Mar 2024"; one month alone when both ends fall in it; "no dates" when nothing is dated. */
    public static String span(Instant first, Instant last) {
        if (first == null && last == null) {
            return "no dates";
        }
        String from = month(first != null ? first : last);
        String to = month(last != null ? last : first);
        return from.equals(to) ? from : from + " – " + to;
    }

    private static ZoneId zone() {
        return ZoneId.systemDefault();
    }
}
