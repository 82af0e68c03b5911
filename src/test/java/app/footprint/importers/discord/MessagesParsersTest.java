package app.footprint.importers.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MessagesParsersTest {
    @Test
    void csvMessagesOfOlderPackagesWithTheirZonedTimesAndMultiLineTexts() throws Exception {
        ParserRun run = ParserRun.of(new MessagesCsvParser(), "package/messages/c845021187654321098/messages.csv", """
                ID,Timestamp,Contents,Attachments
                1131861875613503489,2023-07-21 08:15:00.123000+00:00,Bin gleich da!,
                1131861875613503490,2023-07-21 08:16:00+00:00,"Zwei Zeilen,
                mit Komma",https://cdn.discordapp.com/attachments/1/2/bild.jpg
                1131861875613503491,,,https://cdn.discordapp.com/attachments/1/3/a.png https://cdn.discordapp.com/attachments/1/3/b.png
                1131861875613503492,kaputt,Hallo,
                """);

        assertThat(run.sink.items).hasSize(4).allMatch(i -> i.category() == Category.MESSAGES);
        Item first = run.sink.items.get(0);
        assertThat(first.title()).isEqualTo("Bin gleich da!");
        assertThat(first.at()).isEqualTo(Instant.parse("2023-07-21T08:15:00.123Z"));
        assertThat(first.zoneAssumed()).isFalse();
        assertThat(first.attributes()).containsExactly(entry("channel_id", "845021187654321098"),
                entry("message_id", "1131861875613503489"));
        assertThat(run.sink.items.get(1).title()).isEqualTo("Zwei Zeilen,\nmit Komma");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("attachments",
                "https://cdn.discordapp.com/attachments/1/2/bild.jpg");
        // No time written: the id tells it, exactly. An unreadable time is reported and replaced the same way.
        assertThat(run.sink.items.get(2).title()).isEqualTo("(attachment)");
        assertThat(run.sink.items.get(2).at()).isEqualTo(Instant.parse("2023-07-21T08:15:00.123Z"));
        assertThat(run.sink.items.get(3).at()).isEqualTo(Instant.parse("2023-07-21T08:15:00.123Z"));
        assertThat(run.file.problemCount()).isEqualTo(1);
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void jsonMessagesOfNewerPackagesWithNumericIdsAndZoneFreeTimes() throws Exception {
        ParserRun run = ParserRun.of(new MessagesJsonParser(), "Messages/c845021187654321098/messages.json", """
                [
                {"ID": 1131861875613503491, "Timestamp": "2023-07-21 08:17:00", "Contents": "Ich werde Tante!!! 🥹", "Attachments": ""},
                {"ID": 1131861875613503490, "Timestamp": "2023-07-21 08:16:00", "Contents": "", "Attachments": ""},
                "not a message",
                {"ID": 1131861875613503489, "Timestamp": null, "Contents": "ohne Zeit", "Attachments": ""}
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Ich werde Tante!!! 🥹", "(no text)", "ohne Zeit");
        Item newest = run.sink.items.get(0);
        assertThat(newest.at()).isEqualTo(Instant.parse("2023-07-21T08:17:00Z"));
        assertThat(newest.zoneAssumed()).as("the JSON writes no zone; UTC is assumed").isTrue();
        assertThat(newest.attributes()).containsExactly(entry("channel_id", "845021187654321098"),
                entry("message_id", "1131861875613503491"));
        assertThat(run.sink.items.get(2).at()).isEqualTo(Instant.parse("2023-07-21T08:15:00.123Z"));
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 3L);
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void aMessagesJsonThatIsNoListFails() {
        assertThatThrownBy(() -> ParserRun.of(new MessagesJsonParser(), "messages/c1/messages.json", "{\"ID\": 1}"))
                .isInstanceOf(FormatException.class);
    }

    @Test
    void theChannelIndexNamesEveryConversation() throws Exception {
        ParserRun run = ParserRun.of(new ChannelIndexParser(), "messages/index.json", """
                {"845021187654321098": "Direct Message with tom.berger", "845021187654321099": "allgemein in Laufclub Leipzig",
                 "845021187654321100": "Direct Message with laeufer77#4821", "845021187654321101": null,
                 "845021187654321102": "\\ud83c\\udfc3 Laufgruppe Sonntag", "845021187654321103": ["odd"]}""");

        assertThat(run.sink.items).allMatch(i -> i.category() == Category.MESSAGES && i.at() == null)
                .extracting(Item::title).containsExactly("Direct Message with tom.berger",
                        "allgemein in Laufclub Leipzig", "Direct Message with laeufer77#4821",
                        "Unnamed channel 845021187654321101", "🏃 Laufgruppe Sonntag");
        assertThat(run.sink.items.get(0).attributes()).containsExactly(entry("record", "conversation"),
                entry("channel_id", "845021187654321098"), entry("kind", "direct message"));
        assertThat(run.sink.items.get(1).attributes()).doesNotContainKey("kind");
        assertThat(run.sink.items.get(3).attributes()).containsEntry("kind", "no longer visible");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
