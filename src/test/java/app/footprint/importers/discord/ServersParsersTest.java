package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServersParsersTest {
    @Test
    void theServerIndexListsMemberships() throws Exception {
        ParserRun run = ParserRun.of(new ServerIndexParser(), "Servers/index.json", """
                {"780000000000000001": "Laufclub Leipzig", "780000000000000002": "Pflege-Community Sachsen",
                 "780000000000000003": null}""");

        assertThat(run.sink.items).allMatch(i -> i.category() == Category.FOLLOWS && i.at() == null)
                .extracting(Item::title).containsExactly("Laufclub Leipzig", "Pflege-Community Sachsen",
                        "Server 780000000000000003");
        assertThat(run.sink.items.get(0).attributes()).containsExactly(entry("record", "server"),
                entry("server_id", "780000000000000001"));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void auditLogEntriesAreWhatTheModeratorDidAtTheTimeOfTheirId() throws Exception {
        ParserRun run = ParserRun.of(new AuditLogParser(), "servers/780000000000000001/audit-log.json", """
                [{"id": "1131861875613503489", "user_id": "5", "target_id": "77", "action_type": 25,
                  "changes": [{"key": "$add", "new_value": [{"name": "Mitglied", "id": "9"}]}]},
                 {"id": "1131861875613503490", "action_type": 10, "reason": "Lauftreff-Kanal"},
                 {"id": "x", "action_type": 999}]""");

        assertThat(run.sink.items).allMatch(i -> i.category() == Category.ACTIVITY).extracting(Item::title)
                .containsExactly("Changed a member's roles", "Created a channel", "Audit-log action 999");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2023-07-21T08:15:00.123Z"));
        assertThat(run.sink.items.get(0).attributes()).containsExactly(entry("record", "server audit log"),
                entry("server_id", "780000000000000001"), entry("action_type", "25"), entry("target_id", "77"));
        assertThat(run.sink.items.get(1).detail()).isEqualTo("Lauftreff-Kanal");
        assertThat(run.sink.items.get(2).at()).isNull();
        assertThat(run.file.problemCount()).isZero();
    }
}
