package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MessagesParserTest {
    private static final String PATH = "your_instagram_activity/messages/inbox/tomberger_1234567890123456/message_1.json";

    @Test
    void readsMessagesWithTheirZoneMarkedAssumed() throws Exception {
        ParserRun run = ParserRun.of(new MessagesParser(), PATH, """
                {"participants": [{"name": "Tom Berger"}, {"name": "Jana K\\u00c3\\u00b6hler"}],
                 "messages": [
                   {"sender_name": "Tom Berger", "timestamp_ms": 1710000000000, "content": "Bin gleich da \\u00f0\\u009f\\u0098\\u0098",
                    "reactions": [{"reaction": "\\u00e2\\u009d\\u00a4", "actor": "Jana K\\u00c3\\u00b6hler"}], "is_geoblocked_for_viewer": false},
                   {"sender_name": "Jana K\\u00c3\\u00b6hler", "timestamp_ms": 1709990000000,
                    "share": {"link": "https://www.instagram.com/reel/xyz/", "share_text": "Kinderwagen-Test"}},
                   {"sender_name": "Tom Berger", "timestamp_ms": 1709980000000, "photos": [{"uri": "a.jpg"}, {"uri": "b.jpg"}]},
                   "odd"
                 ],
                 "title": "Tom Berger", "is_still_participant": true, "thread_path": "inbox/tomberger_1234567890123456", "magic_words": []}""");

        List<Item> messages = run.sink.items(Category.MESSAGES);
        assertThat(messages).hasSize(3).allSatisfy(m -> {
            assertThat(m.title()).as("named after the participants until the title comes").isEqualTo("Tom Berger");
            assertThat(m.zoneAssumed()).isTrue();
        });
        assertThat(messages.get(0).detail()).isEqualTo("Bin gleich da 😘");
        assertThat(messages.get(0).at()).isEqualTo(Instant.ofEpochMilli(1710000000000L));
        assertThat(messages.get(0).attributes()).containsExactly(Map.entry("sender", "Tom Berger"),
                Map.entry("thread", "inbox/tomberger_1234567890123456"), Map.entry("reactions", "❤ Jana Köhler"));
        assertThat(messages.get(1).attributes()).containsEntry("link", "https://www.instagram.com/reel/xyz/")
                .containsEntry("shared", "Kinderwagen-Test").containsEntry("sender", "Jana Köhler");
        assertThat(messages.get(2).attributes()).containsEntry("attachments", "2 photos");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void aGroupWithoutTitleIsNamedAfterTheOthers() throws Exception {
        ParserRun run = ParserRun.of(new MessagesParser(), "messages/inbox/laufgruppe_1/message_1.json", """
                {"participants": [{"name": "Anna"}, {"name": "Max"}, {"name": "Jana"}],
                 "messages": [{"sender_name": "Anna", "timestamp_ms": 1700000000000, "content": "Samstag?"}]}""");

        assertThat(run.sink.items).singleElement().satisfies(m -> assertThat(m.title()).isEqualTo("Anna, Max"));
    }

    @Test
    void aFileWithoutMessagesIsNotAConversation() {
        assertThatThrownBy(() -> ParserRun.of(new MessagesParser(), PATH, "{\"participants\": []}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("messages");
        assertThatThrownBy(() -> ParserRun.of(new MessagesParser(), PATH, "[]"))
                .isInstanceOf(FormatException.class);
    }
}
