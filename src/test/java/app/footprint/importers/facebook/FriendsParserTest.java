package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FriendsParserTest {
    @Test
    void readsFriendsWithTheirRelation() throws IOException {
        ParserRun run = ParserRun.of(new FriendsParser(), "connections/friends/your_friends.json", """
                {"friends_v2": [{"name": "Max M\\u00c3\\u00bcller", "timestamp": 1600000000}, {"name": "Eva"}, {"timestamp": 1}]}""");

        assertThat(run.sink.items(Category.FRIENDS)).extracting(Item::title).containsExactly("Max Müller", "Eva");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.ofEpochSecond(1600000000));
        assertThat(run.sink.items).allSatisfy(i -> assertThat(i.attributes()).containsEntry("relation", "friend"));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void readsRequestsAndRemovedFriendsInEveryGeneration() throws IOException {
        ParserRun received = ParserRun.of(new FriendsParser(), "connections/friends/received_friend_requests.json", """
                {"received_requests_v2": [{"name": "A", "timestamp": 1600000000}]}""");
        ParserRun sent = ParserRun.of(new FriendsParser(), "friends_and_followers/friend_requests_sent.json", """
                {"sent_requests_v2": [{"name": "B", "timestamp": 1600000000}]}""");
        ParserRun rejected = ParserRun.of(new FriendsParser(), "connections/friends/rejected_friend_requests.json", """
                {"rejected_requests_v2": [{"name": "C", "timestamp": 1600000000}]}""");
        ParserRun removed = ParserRun.of(new FriendsParser(), "friends_and_followers/removed_friends.json", """
                {"deleted_friends_v2": [{"name": "D", "timestamp": 1600000000}]}""");
        ParserRun old = ParserRun.of(new FriendsParser(), "friends/friends.json", """
                {"friends": [{"name": "E", "timestamp": 1400000000}]}""");

        assertThat(received.sink.items.get(0).attributes()).containsEntry("relation", "friend request received");
        assertThat(sent.sink.items.get(0).attributes()).containsEntry("relation", "friend request sent");
        assertThat(rejected.sink.items.get(0).attributes()).containsEntry("relation", "friend request rejected");
        assertThat(removed.sink.items.get(0).attributes()).containsEntry("relation", "removed friend");
        assertThat(old.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("E");
            assertThat(i.attributes()).containsEntry("relation", "friend");
        });
    }
}
