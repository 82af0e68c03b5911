package app.footprint.importers.twitter;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The times of an X archive: posts carry {@code created_at} as "Sat Aug 19 10:57:40 +0000 2023", the ad
 * files "2023-06-05 17:00:52" without a zone (UTC assumed), the phone devices "2021.10.20", everything else
 * ISO-8601. Impossible times are refused, as {@link Timestamps} does.
 */
final class TwitterTimes {
    /** After the weekday, which is left out: a wrong one would make the whole time unreadable. */
    private static final DateTimeFormatter POST_TIME =
            DateTimeFormatter.ofPattern("MMM dd HH:mm:ss xx yyyy", Locale.ENGLISH);
    private static final Pattern POST_SHAPE = Pattern.compile("[A-Za-z]{3} [A-Za-z]{3} \\d{2} .*");
    private static final Pattern DOTTED_DATE = Pattern.compile("\\d{4}\\.\\d{2}\\.\\d{2}");

    private TwitterTimes() {
    }

    /** The moment a text names, or null when it names none (or an impossible one). */
    static Moment parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (POST_SHAPE.matcher(s).matches()) {
            try {
                Instant instant = ZonedDateTime.parse(s.substring(4), POST_TIME).toInstant();
                return Timestamps.plausible(instant) ? Moment.utc(instant) : null;
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        if (DOTTED_DATE.matcher(s).matches()) {
            return Timestamps.parse(s.replace('.', '-'));
        }
        return Timestamps.parse(s);
    }

    /**
     * The time in {@code field} of a record; a time that is present but unreadable is reported on the file
     * and the record is kept without it.
     */
    static Moment read(ImportFile file, long position, JsonNode record, String field) {
        String text = Values.text(record, field);
        if (text == null) {
            return null;
        }
        Moment moment = parse(text);
        if (moment == null) {
            file.problem("record " + position + ": \"" + field + "\" is not a time that can be read; kept without a time");
        }
        return moment;
    }

    /** The time as ISO-8601 for an attribute: the instant where it can be read, else the text as written. */
    static String iso(String text) {
        Moment moment = parse(text);
        return moment == null ? text : moment.instant().toString();
    }
}
