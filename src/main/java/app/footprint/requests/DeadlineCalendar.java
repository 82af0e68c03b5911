package app.footprint.requests;

import app.footprint.model.TrackedRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the deadlines of the open requests as an iCalendar file (RFC 5545): one all-day event per request on
 * its last day. Written by hand because the format needs only a handful of properties; the rules that matter
 * are kept here: CRLF line ends, lines folded at 75 octets without splitting a UTF-8 character, text escaped.
 */
public final class DeadlineCalendar {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    static final int MAX_OCTETS = 75;

    private DeadlineCalendar() {
    }

    /** Writes an event for every request whose deadline still runs; returns how many. */
    public static int write(List<TrackedRequest> requests, Instant now, OutputStream out) throws IOException {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Footprint//Request deadlines//EN");
        line(ics, "CALSCALE:GREGORIAN");
        int events = 0;
        for (TrackedRequest r : requests) {
            if (!RequestTracker.isOpen(r)) {
                continue;
            }
            events++;
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + r.reference() + "@footprint.app");
            line(ics, "DTSTAMP:" + STAMP.format(now));
            line(ics, "DTSTART;VALUE=DATE:" + DAY.format(r.lastDay()));
            line(ics, "DTEND;VALUE=DATE:" + DAY.format(r.lastDay().plusDays(1)));
            line(ics, "SUMMARY:" + escape(r.reference() + ": " + r.service() + " must answer your " + r.typeKey()
                    + " request (" + r.lawKey() + ")"));
            line(ics, "DESCRIPTION:" + escape("Sent " + r.sent() + "; due " + r.due()
                    + (r.extendedDue() == null ? "" : "; extended to " + r.extendedDue())
                    + ". Reference " + r.reference() + "."));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        out.write(ics.toString().getBytes(StandardCharsets.UTF_8));
        return events;
    }

    /** RFC 5545 3.3.11: backslash, semicolon and comma are escaped, line breaks become \n. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends one content line, folded (RFC 5545 3.1) so that no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
