package app.footprint.importers.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reddit's files known by name, and those read as tables of records. */
class RedditFileTest {
    private static ParserRun run(RedditFile kind, String path, String content) throws IOException {
        return ParserRun.of(kind.parser().orElseThrow(), path, content);
    }

    @Test
    void knowsFilesByNameInAnyFolderAndSplitPartsAsTheirTable() {
        assertThat(RedditFile.of("post_votes.csv")).contains(RedditFile.POST_VOTES);
        assertThat(RedditFile.of("export_jana/post_votes.csv")).contains(RedditFile.POST_VOTES);
        assertThat(RedditFile.of("post_votes_2.csv")).contains(RedditFile.POST_VOTES);
        assertThat(RedditFile.splitPart("post_votes_2.csv")).isTrue();
        assertThat(RedditFile.splitPart("post_votes.csv")).isFalse();
        assertThat(RedditFile.of("messages_archive.csv")).contains(RedditFile.MESSAGES_ARCHIVE);
        assertThat(RedditFile.splitPart("messages_archive.csv")).isFalse();
        assertThat(RedditFile.of("messages_archive_headers.csv")).contains(RedditFile.MESSAGES_ARCHIVE_HEADERS);
        assertThat(RedditFile.of("checkfile.csv")).contains(RedditFile.CHECKFILE);
        assertThat(RedditFile.of("Connections.csv")).isEmpty();
        assertThat(RedditFile.of("comments.json")).isEmpty();
    }

    @Test
    void theChecklistAndTheHeaderOnlyCopiesAreKnownButNotRead() {
        assertThat(RedditFile.CHECKFILE.parser()).isEmpty();
        assertThat(RedditFile.COMMENT_HEADERS.parser()).isEmpty();
        assertThat(RedditFile.POST_HEADERS.parser()).isEmpty();
        assertThat(RedditFile.MESSAGE_HEADERS.parser()).isEmpty();
        assertThat(RedditFile.COMMENTS.parser()).isPresent();
    }

    @Test
    void commentsWithMultiLineBodiesAndCrlfLineEnds() throws IOException {
        ParserRun run = run(RedditFile.COMMENTS, "comments.csv",
                "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\r\n"
                        + "lq7a2b9,https://www.reddit.com/r/running/comments/1abcd2/x/lq7a2b9/,2024-05-02 18:11:04 UTC,,running,0,"
                        + "https://www.reddit.com/r/running/comments/1abcd2/x/,t1_lq79zz1,\"Agree.\r\nMostly.\",\r\n");

        assertThat(run.sink.items).singleElement().satisfies(i -> {
            assertThat(i.category()).isEqualTo(Category.COMMENTS);
            assertThat(i.title()).isEqualTo("Comment in r/running");
            assertThat(i.detail()).isEqualTo("Agree.\r\nMostly.");
            assertThat(i.at()).isEqualTo(Instant.parse("2024-05-02T18:11:04Z"));
            assertThat(i.attributes()).containsEntry("subreddit", "running").containsEntry("parent", "t1_lq79zz1")
                    .containsEntry("gildings", "0").doesNotContainKey("ip").doesNotContainKey("body");
        });
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void postsAndMessages() throws IOException {
        ParserRun posts = run(RedditFile.POSTS, "posts.csv", "id,permalink,date,ip,subreddit,gildings,title,url,body\r\n"
                + "uypaav,/r/BabyBumps/comments/uypaav/nesting/,2023-11-02 10:00:00 UTC,,BabyBumps,0,Nesting has begun!,,Crib is up.\r\n"
                + "uypaaw,/r/running/comments/uypaaw/x/,2019-01-02 10:00:00 UTC,,running,0,,https://example.org/race,\r\n");
        ParserRun messages = run(RedditFile.MESSAGES, "messages.csv", "id,permalink,thread_id,date,ip,from,to,subject,body\r\n"
                + "2bq9x1,https://www.reddit.com/message/messages/2bq9x1,,2023-11-08 09:30:00 UTC,,river_otter,maple_owl,re: meetup,See you\r\n");

        assertThat(posts.sink.items(Category.POSTS)).extracting(Item::title)
                .containsExactly("Nesting has begun!", "Post in r/running");
        assertThat(posts.sink.items.get(0).detail()).isEqualTo("Crib is up.");
        assertThat(posts.sink.items.get(1).attributes()).containsEntry("url", "https://example.org/race");
        assertThat(messages.sink.items).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("re: meetup");
            assertThat(m.detail()).isEqualTo("See you");
            assertThat(m.attributes()).containsEntry("from", "river_otter").containsEntry("to", "maple_owl");
        });
    }

    @Test
    void votesHaveNoTimeButTheLinkNamesTheCommunity() throws IOException {
        ParserRun run = run(RedditFile.POST_VOTES, "post_votes.csv", "id,permalink,direction\r\n"
                + "a1,https://www.reddit.com/r/BabyBumps/comments/a1/first_scan/,up\r\n"
                + "a2,https://www.reddit.com/r/running/comments/a2/x/,down\r\n"
                + "a3,https://www.reddit.com/comments/a3/,none\r\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly(
                "Upvoted a post in r/BabyBumps", "Downvoted a post in r/running", "Vote on a post");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.LIKES && i.at() == null);
        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("subreddit", "BabyBumps"),
                Map.entry("id", "a1"), Map.entry("permalink", "https://www.reddit.com/r/BabyBumps/comments/a1/first_scan/"),
                Map.entry("direction", "up"));
    }

    @Test
    void subscriptionsSavedAndHiddenPostsChats() throws IOException {
        ParserRun subscribed = run(RedditFile.SUBSCRIBED_SUBREDDITS, "subscribed_subreddits.csv",
                "subreddit\r\nrunning\r\nBabyBumps\r\n");
        ParserRun moderated = run(RedditFile.MODERATED_SUBREDDITS, "moderated_subreddits.csv", "subreddit\r\nLeipzig\r\n");
        ParserRun saved = run(RedditFile.SAVED_POSTS, "saved_posts.csv",
                "id,permalink\r\ns1,https://www.reddit.com/r/NewParents/comments/s1/list/\r\n");
        ParserRun hidden = run(RedditFile.HIDDEN_POSTS, "hidden_posts.csv",
                "id,permalink\r\nh1,https://www.reddit.com/r/de/comments/h1/x/\r\n");
        ParserRun chat = run(RedditFile.CHAT_HISTORY, "chat_history.csv", "message_id,created_at,updated_at,username,"
                + "message,thread_parent_message_id,channel_url,subreddit,channel_name,conversation_type\r\n"
                + "123,2022-05-06 16:02:00 UTC,2022-05-06 16:02:00 UTC,leipzig_laeuft,Sonntag 9 Uhr?,,sb_1,Leipzig,"
                + "Laufgruppe Leipzig,group\r\n");

        assertThat(subscribed.sink.items(Category.FOLLOWS)).extracting(Item::title).containsExactly("r/running", "r/BabyBumps");
        assertThat(subscribed.sink.items.get(1).attributes()).containsExactly(Map.entry("role", "subscriber"),
                Map.entry("subreddit", "BabyBumps"));
        assertThat(moderated.sink.items.get(0).attributes()).containsEntry("role", "moderator");
        assertThat(saved.sink.items(Category.LIBRARY)).extracting(Item::title).containsExactly("Saved a post in r/NewParents");
        assertThat(hidden.sink.items(Category.ACTIVITY)).extracting(Item::title).containsExactly("Hid a post in r/de");
        assertThat(chat.sink.items(Category.MESSAGES)).singleElement().satisfies(m -> {
            assertThat(m.title()).isEqualTo("Laufgruppe Leipzig");
            assertThat(m.detail()).isEqualTo("Sonntag 9 Uhr?");
            assertThat(m.at()).isEqualTo(Instant.parse("2022-05-06T16:02:00Z"));
            assertThat(m.attributes()).containsEntry("username", "leipzig_laeuft");
        });
    }
}
