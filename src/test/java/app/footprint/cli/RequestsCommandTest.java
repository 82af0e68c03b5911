package app.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.testing.CommandRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestsCommandTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void addThenListAsJson() throws IOException {
        String db = dir.resolve("f.db").toString();
        CommandRun added = CommandRun.of("requests", "add", "--db", db, "--service", "facebook", "--law", "gdpr",
                "--type", "access", "--sent", "2026-01-31");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).startsWith("FP-2026-0001: facebook access request under gdpr").contains("due 2026-03-02");
        assertThat(CommandRun.of("requests", "add", "--db", db, "--service", "google", "--law", "ccpa", "--type", "know",
                "--sent", "2026-02-02").exit()).isZero();

        CommandRun list = CommandRun.of("requests", "list", "--db", db, "--json");
        assertThat(list.exit()).as(list.err()).isZero();
        JsonNode array = MAPPER.readTree(list.out());
        assertThat(array.size()).isEqualTo(2);
        JsonNode first = array.get(0);
        assertThat(first.get("reference").asText()).isEqualTo("FP-2026-0001");
        assertThat(first.get("service").asText()).isEqualTo("facebook");
        assertThat(first.get("law").asText()).isEqualTo("gdpr");
        assertThat(first.get("type").asText()).isEqualTo("access");
        assertThat(first.get("sent").asText()).isEqualTo("2026-01-31");
        assertThat(first.get("due").asText()).isEqualTo("2026-03-02");
        assertThat(first.get("extendedDue").isNull()).isTrue();
        assertThat(first.get("acknowledgeBy").isNull()).isTrue();
        assertThat(first.get("status").asText()).isIn("sent", "overdue");
        assertThat(array.get(1).get("reference").asText()).isEqualTo("FP-2026-0002");
        assertThat(array.get(1).get("acknowledgeBy").isNull()).isFalse();
        assertThat(first.size()).isEqualTo(9);
    }

    @Test
    void wrongInputIsRefusedWithAMessageAndNothingIsStored() throws IOException {
        String db = dir.resolve("f.db").toString();
        CommandRun law = CommandRun.of("requests", "add", "--db", db, "--service", "facebook", "--law", "mars",
                "--type", "access", "--sent", "2026-01-31");
        assertThat(law.exit()).isEqualTo(2);
        assertThat(law.err()).contains("Unknown law: mars");
        CommandRun date = CommandRun.of("requests", "add", "--db", db, "--service", "facebook", "--law", "gdpr",
                "--type", "access", "--sent", "31.01.2026");
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("Not a date (YYYY-MM-DD): 31.01.2026");
        CommandRun granted = CommandRun.of("requests", "add", "--db", db, "--service", "facebook", "--law", "gdpr",
                "--type", "opt-out", "--sent", "2026-01-31");
        assertThat(granted.exit()).isEqualTo(2);
        assertThat(granted.err()).contains("grants no opt-out");
        CommandRun list = CommandRun.of("requests", "list", "--db", db, "--json");
        assertThat(MAPPER.readTree(list.out()).size()).isZero();
    }

    @Test
    void backupRestoreAndCalendar() throws IOException {
        String db = dir.resolve("f.db").toString();
        CommandRun.of("requests", "add", "--db", db, "--service", "facebook", "--law", "gdpr", "--type", "access",
                "--sent", "2026-01-31");
        Path backup = dir.resolve("backup.json");
        CommandRun saved = CommandRun.of("requests", "backup", "--db", db, "--out", backup.toString());
        assertThat(saved.exit()).as(saved.err()).isZero();
        assertThat(saved.out()).contains("Saved 1 request(s)");

        String empty = dir.resolve("empty.db").toString();
        CommandRun restored = CommandRun.of("requests", "restore", "--db", empty, backup.toString());
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(CommandRun.of("requests", "list", "--db", empty, "--json").out())
                .isEqualTo(CommandRun.of("requests", "list", "--db", db, "--json").out());

        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\":\"footprint-requests\",\"requests\":[{\"id\":\"x\"}]}");
        CommandRun refused = CommandRun.of("requests", "restore", "--db", empty, broken.toString());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("Nothing restored: request 1: ");
        CommandRun missing = CommandRun.of("requests", "restore", "--db", empty, dir.resolve("nope.json").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("No such file");

        Path ics = dir.resolve("deadlines.ics");
        CommandRun calendar = CommandRun.of("requests", "calendar", "--db", db, "--out", ics.toString());
        assertThat(calendar.exit()).as(calendar.err()).isZero();
        assertThat(calendar.out()).contains("Saved 1 deadline(s)");
        String text = Files.readString(ics, StandardCharsets.UTF_8);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("UID:FP-2026-0001@footprint.app\r\n")
                .contains("DTSTART;VALUE=DATE:20260302\r\n");
    }
}
