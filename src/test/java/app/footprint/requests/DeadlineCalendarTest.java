package app.footprint.requests;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.RequestStatus;
import app.footprint.model.TrackedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineCalendarTest {
    private static final Instant NOW = Instant.parse("2026-02-01T08:30:05Z");

    @Test
    void oneAllDayEventPerOpenRequestWithCrlfAndLinesFoldedAt75Octets() throws IOException {
        TrackedRequest open = request("FP-2026-0001", "facebook-ireland-und-ein-sehr-langer-name-für-die-faltung",
                RequestStatus.SENT, null);
        TrackedRequest extended = request("FP-2026-0002", "google", RequestStatus.EXTENDED, LocalDate.of(2026, 5, 1));
        TrackedRequest done = request("FP-2026-0003", "spotify", RequestStatus.FULFILLED, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(DeadlineCalendar.write(List.of(open, extended, done), NOW, out)).isEqualTo(2);
        byte[] bytes = out.toByteArray();
        String ics = new String(bytes, StandardCharsets.UTF_8);

        assertThat(ics).endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        List<String> physical = Arrays.asList(ics.split("\r\n"));
        assertThat(physical).allSatisfy(l -> assertThat(l.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(physical).anySatisfy(l -> assertThat(l).startsWith(" "));

        List<String> lines = unfold(physical);
        assertThat(lines.get(0)).isEqualTo("BEGIN:VCALENDAR");
        assertThat(lines).contains("VERSION:2.0");
        assertThat(lines.stream().filter(l -> l.equals("BEGIN:VEVENT")).count()).isEqualTo(2);
        assertThat(lines.stream().filter(l -> l.equals("END:VEVENT")).count()).isEqualTo(2);
        assertThat(lines).contains("UID:FP-2026-0001@footprint.app", "UID:FP-2026-0002@footprint.app",
                "DTSTAMP:20260201T083005Z", "DTSTART;VALUE=DATE:20260302", "DTEND;VALUE=DATE:20260303",
                "DTSTART;VALUE=DATE:20260501",
                "SUMMARY:FP-2026-0001: facebook-ireland-und-ein-sehr-langer-name-für-die-faltung must answer your "
                        + "access request (gdpr)");
        assertThat(lines).noneMatch(l -> l.contains("FP-2026-0003"));
        assertThat(lines).anyMatch(l -> l.startsWith("DESCRIPTION:") && l.contains("extended to 2026-05-01"));
    }

    @Test
    void foldingNeverSplitsAUtf8CharacterAndEscapesText() {
        StringBuilder out = new StringBuilder();
        DeadlineCalendar.line(out, "SUMMARY:" + "é".repeat(80));
        for (String l : out.toString().split("\r\n")) {
            byte[] b = l.getBytes(StandardCharsets.UTF_8);
            assertThat(b.length).isLessThanOrEqualTo(75);
            assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo(l).doesNotContain("\uFFFD");
        }
        assertThat(unfold(Arrays.asList(out.toString().split("\r\n")))).containsExactly("SUMMARY:" + "é".repeat(80));
        assertThat(DeadlineCalendar.escape("a;b,c\\d\ne")).isEqualTo("a\\;b\\,c\\\\d\\ne");
    }

    /** RFC 5545 3.1: a line starting with a space continues the one before. */
    private static List<String> unfold(List<String> physical) {
        List<String> lines = new ArrayList<>();
        for (String l : physical) {
            if (l.startsWith(" ")) {
                lines.set(lines.size() - 1, lines.get(lines.size() - 1) + l.substring(1));
            } else {
                lines.add(l);
            }
        }
        return lines;
    }

    private static TrackedRequest request(String reference, String service, RequestStatus status, LocalDate extended) {
        return new TrackedRequest(1, reference, service, "gdpr", "access", status, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 2), extended, null, false, NOW, NOW, "");
    }
}
