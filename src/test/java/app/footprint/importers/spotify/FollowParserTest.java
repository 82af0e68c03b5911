package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FollowParserTest {
    @Test
    void countsBecomeOneItemEach() throws Exception {
        ParserRun run = ParserRun.of(new FollowParser(), "my_spotify_data/Follow.json", """
                {"followerCount": 3, "followingUsersCount": 5, "dismissingUsersCount": 0}""");

        assertThat(run.sink.items).allMatch(i -> i.category() == Category.FOLLOWS);
        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Followers: 3", "Users you follow: 5", "Users you dismissed: 0");
        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("followerCount", "3"));
    }

    @Test
    void listsOfUsersAndArtistsBecomeOneItemPerEntry() throws Exception {
        ParserRun run = ParserRun.of(new FollowParser(), "MyData/Follow.json", """
                {
                  "userIsFollowing": ["friend1", "friend2"],
                  "userIsFollowedBy": ["friend1"],
                  "userIsBlocking": [],
                  "followingArtists": [{"name": "Queen", "uri": "spotify:artist:q"}, {"uri": null}, 5]
                }""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly(
                "You follow: friend1", "You follow: friend2", "Follows you: friend1", "Artists you follow: Queen");
        assertThat(run.sink.items.get(3).attributes()).containsExactly(Map.entry("relation", "followingArtists"),
                Map.entry("name", "Queen"), Map.entry("uri", "spotify:artist:q"));
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
