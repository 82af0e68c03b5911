package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DirectMessagesParserTest {
    @Test
    void messagesOfEveryConversationWithTheirLinksMediaAndReactions() throws IOException {
        ParserRun run = ParserRun.of(new DirectMessagesParser(false), "data/direct-messages.js", """
                window.YTD.direct_messages.part0 = [
                  {
                    "dmConversation" : {
                      "conversationId" : "111-222",
                      "messages" : [
                        { "messageCreate" : { "recipientId" : "222", "reactions" : [
                            { "senderId" : "222", "reactionKey" : "like", "eventId" : "9", "createdAt" : "2023-07-21T08:01:00.000Z" } ],
                          "urls" : [ { "url" : "https://t.co/a", "expanded" : "https://example.org/kinderwagen", "display" : "example.org/kin…" } ],
                          "text" : "Schau mal https://t.co/a", "mediaUrls" : [ "https://ton.twitter.com/1/2.jpg" ],
                          "senderId" : "111", "id" : "5001", "createdAt" : "2023-07-21T08:00:00.000Z", "editHistory" : [ ] } },
                        { "messageCreate" : { "recipientId" : "111", "reactions" : [ ], "urls" : [ ], "text" : "Süß 😍",
                          "mediaUrls" : [ ], "senderId" : "222", "id" : "5002", "createdAt" : "2023-07-21T08:02:00.000Z" } }
                      ]
                    }
                  },
                  { "dmConversation" : { "conversationId" : "111-333", "messages" : [
                        { "messageCreate" : { "recipientId" : "333", "text" : "Hallo", "senderId" : "111", "createdAt" : "2020-01-01T10:00:00.000Z" } } ] } },
                  { "somethingElse" : { } }
                ]""");

        assertThat(run.sink.items).hasSize(3).allMatch(i -> i.category() == Category.MESSAGES);
        Item first = run.sink.items.get(0);
        assertThat(first.title()).isEqualTo("Conversation 111-222");
        assertThat(first.detail()).isEqualTo("Schau mal https://t.co/a");
        assertThat(first.at()).isEqualTo(Instant.parse("2023-07-21T08:00:00Z"));
        assertThat(first.attributes()).containsEntry("sender_id", "111").containsEntry("recipient_id", "222")
                .containsEntry("links", "https://example.org/kinderwagen").containsEntry("media", "1")
                .containsEntry("reactions", "like 1");
        assertThat(run.sink.items.get(1).detail()).isEqualTo("Süß 😍");
        assertThat(run.sink.items.get(1).attributes()).doesNotContainKeys("links", "media", "reactions");
        assertThat(run.sink.items.get(2).title()).isEqualTo("Conversation 111-333");
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L);
        assertThat(run.file.problemCount()).as("the record without a conversation").isEqualTo(1);
    }

    @Test
    void groupConversationsPassOverJoinsAndRenames() throws IOException {
        ParserRun run = ParserRun.of(new DirectMessagesParser(true), "data/direct-messages-group.js", """
                window.YTD.direct_messages_group.part0 = [ { "dmConversation" : {
                  "conversationId" : "1650000000000000000",
                  "messages" : [
                    { "joinConversation" : { "initiatingUserId" : "444", "participantsSnapshot" : [ "111", "444" ], "createdAt" : "2022-04-01T10:00:00.000Z" } },
                    { "messageCreate" : { "reactions" : [ ], "urls" : [ ], "text" : "Samstag 9 Uhr am Clara-Park?", "mediaUrls" : [ ],
                      "senderId" : "444", "id" : "6001", "createdAt" : "2022-04-01T10:05:00.000Z" } },
                    { "conversationNameUpdate" : { "name" : "Laufgruppe", "createdAt" : "2022-04-02T10:00:00.000Z" } },
                    "not an event"
                  ] } } ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Group conversation 1650000000000000000");
        assertThat(run.sink.items.get(0).source().position()).isEqualTo(1);
        assertThat(run.sink.items.get(0).attributes()).containsEntry("sender_id", "444").doesNotContainKey("recipient_id");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
