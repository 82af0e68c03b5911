package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TweetsParserTest {
    private static final String POST = """
            {
              "tweet" : {
                "edit_info" : { "initial" : { "editTweetIds" : [ "1692869532045312345" ], "editableUntil" : "2023-08-19T11:57:40.000Z",
                  "editsRemaining" : "5", "isEditEligible" : true } },
                "retweeted" : false,
                "source" : "<a href=\\"http://twitter.com/download/android\\" rel=\\"nofollow\\">Twitter for Android</a>",
                "entities" : {
                  "hashtags" : [ { "text" : "laufen", "indices" : [ "20", "27" ] }, { "text" : "Leipzig", "indices" : [ "28", "36" ] } ],
                  "symbols" : [ ],
                  "user_mentions" : [ { "name" : "Tom Berger", "screen_name" : "tomberger", "indices" : [ "0", "10" ],
                    "id_str" : "222", "id" : "222" } ],
                  "urls" : [ { "url" : "https://t.co/x", "expanded_url" : "https://example.org/lauf", "display_url" : "example.org/lauf",
                    "indices" : [ "37", "60" ] } ]
                },
                "display_text_range" : [ "0", "60" ],
                "favorite_count" : "4",
                "in_reply_to_status_id_str" : "1692860000000000000",
                "id_str" : "1692869532045312345",
                "in_reply_to_user_id" : "222",
                "truncated" : false,
                "retweet_count" : "1",
                "id" : "1692869532045312345",
                "in_reply_to_status_id" : "1692860000000000000",
                "possibly_sensitive" : false,
                "created_at" : "Sat Aug 19 10:57:40 +0000 2023",
                "favorited" : false,
                "full_text" : "@tomberger 10 km im Auwald #laufen #Leipzig https://t.co/x",
                "lang" : "de",
                "in_reply_to_screen_name" : "tomberger",
                "in_reply_to_user_id_str" : "222"
              }
            }""";

    @Test
    void aReplyWithItsEntities() throws IOException {
        ParserRun run = ParserRun.of(new TweetsParser(), "data/tweets.js", "window.YTD.tweets.part0 = [ " + POST + " ]");

        Item post = run.sink.items.get(0);
        assertThat(post.category()).isEqualTo(Category.POSTS);
        assertThat(post.title()).isEqualTo("Reply to @tomberger");
        assertThat(post.detail()).isEqualTo("@tomberger 10 km im Auwald #laufen #Leipzig https://t.co/x");
        assertThat(post.at()).isEqualTo(Instant.parse("2023-08-19T10:57:40Z"));
        assertThat(post.zoneAssumed()).isFalse();
        assertThat(post.attributes()).containsEntry("id", "1692869532045312345")
                .containsEntry("lang", "de")
                .containsEntry("client", "Twitter for Android")
                .containsEntry("likes", "4")
                .containsEntry("reposts", "1")
                .containsEntry("reply_to_post", "1692860000000000000")
                .containsEntry("reply_to_user_id", "222")
                .containsEntry("hashtags", "#laufen #Leipzig")
                .containsEntry("mentions", "@tomberger (Tom Berger)")
                .containsEntry("links", "https://example.org/lauf")
                .containsEntry("possibly_sensitive", "no")
                .doesNotContainKeys("cashtags", "media", "deleted_at");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void repostsPostsAndThe2019ShapeWithoutTheTweetKey() throws IOException {
        ParserRun run = ParserRun.of(new TweetsParser(), "tweet.js", """
                window.YTD.tweet.part0 = [
                  { "id_str" : "1", "created_at" : "Thu Nov 14 03:37:58 +0000 2019", "full_text" : "RT @laufgruppe_le: Samstag 9 Uhr!" },
                  { "id_str" : "2", "created_at" : "Thu Nov 14 04:00:00 +0000 2019", "full_text" : "Kaffee. Sofort. ☕",
                    "extended_entities" : { "media" : [ { "id" : "9" }, { "id" : "10" } ] } },
                  { "note" : "not a post" }
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Repost of @laufgruppe_le", "Post");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("media", "2");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void deletedPostsKeepWhenTheyWereDeleted() throws IOException {
        ParserRun run = ParserRun.of(new TweetsParser(), "data/deleted-tweets.js", """
                window.YTD.deleted_tweets.part0 = [ { "tweet" : { "id_str" : "3", "full_text" : "Ups",
                  "created_at" : "Mon Jan 01 10:00:00 +0000 2024", "deleted_at" : "Mon Jan 01 10:05:00 +0000 2024" } } ]""");

        assertThat(run.sink.items.get(0).attributes()).containsEntry("deleted_at", "2024-01-01T10:05:00Z");
    }

    @Test
    void anUnreadableTimeKeepsThePostWithoutATime() throws IOException {
        ParserRun run = ParserRun.of(new TweetsParser(), "data/tweets-part2.js", """
                window.YTD.tweets.part2 = [ { "tweet" : { "id_str" : "4", "full_text" : "x", "created_at" : "someday" } } ]""");

        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void aCutOffFileOrOneWithoutAListFails() {
        // what was read before the cut is kept by the runner: TwitterImporterTest
        String cut = "window.YTD.tweets.part1 = [ " + POST + ", { \"tweet\" : { \"id_str\" : \"5\", \"full_te";
        assertThatThrownBy(() -> ParserRun.of(new TweetsParser(), "data/tweets-part1.js", cut))
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> ParserRun.of(new TweetsParser(), "data/tweets.js",
                "window.YTD.tweets.part0 = { \"tweet\" : 1 }")).isInstanceOf(FormatException.class)
                .hasMessageContaining("list");
    }
}
