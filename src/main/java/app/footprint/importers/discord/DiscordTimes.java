package app.footprint.importers.discord;

import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Discord's three ways of writing a time: messages ({@code 2017-10-01 18:20:34.469000+00:00} in the CSV of
 * older packages, {@code 2022-09-09 00:14:25} without a zone in the JSON of newer ones), activity events (ISO
 * inside an extra pair of quotes, {@code "\"2021-05-06T12:34:56.789Z\""}), and the ids themselves:
 * "snowflakes" that carry the milliseconds since 2015 in their upper bits.
 */
final class DiscordTimes {
    /** 2015-01-01T00:00:00Z, the start of Discord's snowflake clock. */
    private static final long DISCORD_EPOCH_MILLIS = 1_420_070_400_000L;
    private static final Pattern SPACED_WITH_ZONE_OR_FRACTION =
            Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)?(?:[+-]\\d\\d:?\\d\\d|Z)?");
    private static final Pattern DIGITS = Pattern.compile("\\d{15,20}");

    private DiscordTimes() {
    }

    /** A message's Timestamp, or null when it is missing or unreadable. */
    static Moment message(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        // "2017-10-01 18:20:34.469000+00:00": ISO but for the space, which the shared reader only takes without
        // fraction and zone.
        if (SPACED_WITH_ZONE_OR_FRACTION.matcher(s).matches() && s.length() > 19) {
            s = s.substring(0, 10) + 'T' + s.substring(11);
        }
        return Timestamps.parse(s);
    }

    /** An event's timestamp with its extra quotes (or without them, should Discord drop them). */
    static Moment event(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return message(s);
    }

    /** When a snowflake id was made, to the millisecond; null for anything that is not one. */
    static Moment snowflake(String id) {
        if (id == null || !DIGITS.matcher(id.strip()).matches()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(id.strip());
        } catch (NumberFormatException e) {
            return null;
        }
        Instant made = Instant.ofEpochMilli((value >>> 22) + DISCORD_EPOCH_MILLIS);
        return Timestamps.plausible(made) ? Moment.utc(made) : null;
    }
}
