package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The person's own activity: follows, likes, comments, searches, contacts. */
class ActivityParsersTest {
    @Test
    void followersAtTheRootAndFollowingWrapped() throws Exception {
        ParserRun followers = ParserRun.of(new RelationshipsParser(), "connections/followers_and_following/followers_1.json", """
                [
                  {"title": "", "media_list_data": [], "string_list_data": [
                    {"href": "https://www.instagram.com/lena.koehler", "value": "lena.koehler", "timestamp": 1500000000}]},
                  {"title": "", "media_list_data": [], "string_list_data": [
                    {"href": "https://www.instagram.com/tom.berger.lpz/", "timestamp": 1500000100}]},
                  {"title": "", "string_list_data": []}
                ]""");
        ParserRun following = ParserRun.of(new RelationshipsParser(), "connections/followers_and_following/following.json", """
                {"relationships_following": [{"title": "wiegenwelt", "string_list_data": [
                  {"href": "https://www.instagram.com/wiegenwelt", "timestamp": 1700000000}]}]}""");

        assertThat(followers.sink.items(Category.FRIENDS)).extracting(Item::title)
                .containsExactly("lena.koehler", "tom.berger.lpz");
        assertThat(followers.sink.items.get(0).attributes()).containsExactly(Map.entry("relation", "follower"),
                Map.entry("link", "https://www.instagram.com/lena.koehler"));
        assertThat(followers.sink.items.get(0).at()).isEqualTo(Instant.ofEpochSecond(1500000000));
        assertThat(followers.file.problemCount()).isEqualTo(1);
        assertThat(following.sink.items(Category.FOLLOWS)).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("wiegenwelt");
            assertThat(i.attributes()).containsEntry("relation", "following");
        });
    }

    @Test
    void likesOfPostsAndComments() throws Exception {
        ParserRun posts = ParserRun.of(new LikesParser(), "your_instagram_activity/likes/liked_posts.json", """
                {"likes_media_likes": [{"title": "lena.koehler", "string_list_data": [
                  {"href": "https://www.instagram.com/p/abc/", "value": "\\u00f0\\u009f\\u0091\\u008d", "timestamp": 1700000000}]},
                  {"title": "", "string_list_data": [{"timestamp": 0}]}]}""");
        ParserRun comments = ParserRun.of(new LikesParser(), "likes/liked_comments.json", """
                {"likes_comment_likes": [{"title": "tom.berger.lpz", "string_list_data": [{"href": "", "value": "", "timestamp": 1700000000}]}]}""");

        List<Item> likes = posts.sink.items(Category.LIKES);
        assertThat(likes).extracting(Item::title).containsExactly("lena.koehler", "A post");
        assertThat(likes.get(0).attributes()).containsExactly(Map.entry("liked", "post"), Map.entry("reaction", "👍"),
                Map.entry("link", "https://www.instagram.com/p/abc/"));
        assertThat(likes.get(1).at()).as("0 means no date, and is no problem").isNull();
        assertThat(posts.file.problemCount()).isZero();
        assertThat(comments.sink.items).singleElement().satisfies(i -> assertThat(i.attributes()).containsEntry("liked", "comment"));
    }

    @Test
    void savedPosts() throws Exception {
        ParserRun run = ParserRun.of(new SavedParser(), "your_instagram_activity/saved/saved_posts.json", """
                {"saved_saved_media": [{"title": "hebamme.leipzig", "string_map_data": {
                  "Saved on": {"href": "https://www.instagram.com/p/xyz/", "timestamp": 1700000000}}}]}""");

        assertThat(run.sink.items(Category.LIBRARY)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("hebamme.leipzig");
            assertThat(s.at()).isEqualTo(Instant.ofEpochSecond(1700000000));
            assertThat(s.attributes()).containsExactly(Map.entry("saved", "post"),
                    Map.entry("link", "https://www.instagram.com/p/xyz/"));
        });
    }

    @Test
    void commentsAsAListAsOneRecordAndInItalian() throws Exception {
        ParserRun list = ParserRun.of(new CommentsParser(), "your_instagram_activity/comments/post_comments_1.json", """
                [{"media_list_data": [{"uri": ""}], "string_map_data": {
                   "Comment": {"value": "So sch\\u00c3\\u00b6n! \\u00f0\\u009f\\u0098\\u008d"}, "Media Owner": {"value": "lena.koehler"},
                   "Time": {"timestamp": 1700000000}}},
                 {"string_map_data": {"Media Owner": {"value": "x"}}}]""");
        ParserRun single = ParserRun.of(new CommentsParser(), "your_instagram_activity/comments/post_comments_1.json", """
                {"media_list_data": [{"uri": ""}], "string_map_data": {
                   "Comment": {"value": "Gl\\u00c3\\u00bcckwunsch"}, "Media Owner": {"value": "tom.berger.lpz"}, "Time": {"timestamp": 1700000000}}}""");
        ParserRun italian = ParserRun.of(new CommentsParser(), "comments/reels_comments.json", """
                {"comments_reels_comments": [{"string_map_data": {
                   "Commento": {"value": "Bellissimo"}, "Proprietario del contenuto multimediale": {"value": "lisboa.daily"},
                   "Orario": {"timestamp": 1700000000}}}]}""");

        assertThat(list.sink.items(Category.COMMENTS)).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("So schön! 😍");
            assertThat(c.attributes()).containsExactly(Map.entry("on", "post"), Map.entry("owner", "lena.koehler"));
            assertThat(c.at()).isEqualTo(Instant.ofEpochSecond(1700000000));
        });
        assertThat(list.file.problemCount()).as("a comment without text").isEqualTo(1);
        assertThat(single.sink.items).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Glückwunsch");
            assertThat(c.attributes()).containsEntry("owner", "tom.berger.lpz");
        });
        assertThat(italian.sink.items).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Bellissimo");
            assertThat(c.attributes()).containsExactly(Map.entry("on", "reel"), Map.entry("owner", "lisboa.daily"));
        });
        assertThat(italian.facts.language()).isEqualTo("it");
    }

    @Test
    void searchesOfProfilesAndWords() throws Exception {
        ParserRun profiles = ParserRun.of(new SearchesParser(), "logged_information/recent_searches/profile_searches.json", """
                {"searches_user": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "Search": {"href": "", "value": "hebamme.leipzig", "timestamp": 0}, "Time": {"href": "", "value": "", "timestamp": 1700000000}}}]}""");
        ParserRun words = ParserRun.of(new SearchesParser(), "recent_searches/word_or_phrase_searches.json", """
                {"searches_keyword": [{"string_map_data": {"Suche": {"value": "Kinderwagen"}, "Uhrzeit": {"timestamp": 1700000000}}},
                                      {"string_map_data": {"Uhrzeit": {"timestamp": 1700000000}}}]}""");

        assertThat(profiles.sink.items(Category.SEARCHES)).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("hebamme.leipzig");
            assertThat(s.at()).isEqualTo(Instant.ofEpochSecond(1700000000));
            assertThat(s.attributes()).containsExactly(Map.entry("searched for", "profile"));
        });
        assertThat(words.sink.items).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Kinderwagen");
            assertThat(s.attributes()).containsEntry("searched for", "word or phrase");
        });
        assertThat(words.file.problemCount()).isEqualTo(1);
        assertThat(words.facts.language()).isEqualTo("de");
    }

    @Test
    void syncedContacts() throws Exception {
        ParserRun run = ParserRun.of(new ContactsParser(), "connections/contacts/synced_contacts.json", """
                {"contacts_contact_info": [
                  {"title": "", "media_map_data": {}, "string_map_data": {
                    "First Name": {"href": "", "value": "Sabine", "timestamp": 0}, "Last Name": {"href": "", "value": "K\\u00c3\\u00b6hler", "timestamp": 0},
                    "Contact Information": {"href": "", "value": "+493710000000", "timestamp": 0},
                    "Imported Time": {"href": "", "value": "", "timestamp": 1600000000}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {
                    "Contact Information": {"href": "", "value": "+493410000000", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {}}]}""");

        assertThat(run.sink.items(Category.CONTACTS)).extracting(Item::title).containsExactly("Sabine Köhler", "+493410000000");
        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("contact", "+493710000000"));
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.ofEpochSecond(1600000000));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
