package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account: profile, posts, logins, devices. */
class AccountParsersTest {
    @Test
    void profileFactsInEnglishWhateverTheExportsLanguage() throws Exception {
        ParserRun run = ParserRun.of(new ProfileParser(), "personal_information/personal_information/personal_information.json", """
                {"profile_user": [{"title": "", "media_map_data": {"Profile Photo": {"uri": "media/other/1.jpg", "creation_timestamp": 1600000000, "title": ""}},
                  "string_map_data": {
                    "Nome utente": {"href": "", "value": "janakoehler", "timestamp": 0},
                    "Nome": {"href": "", "value": "Jana K\\u00c3\\u00b6hler", "timestamp": 0},
                    "Indirizzo e-mail": {"href": "", "value": "jana.koehler@example.org", "timestamp": 0},
                    "Numero di telefono": {"href": "", "value": "", "timestamp": 0},
                    "Data di nascita": {"href": "", "value": "1990-08-21", "timestamp": 0},
                    "Emoji Pong High Score": {"href": "", "value": "12", "timestamp": 0}}}]}""");

        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title).containsExactly(
                "Username: janakoehler", "Name: Jana Köhler", "E-mail: jana.koehler@example.org",
                "Birthday: 1990-08-21", "Emoji Pong High Score: 12");
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(run.facts.language()).isEqualTo("it");
    }

    @Test
    void accountInsightsAreDatedFactsAndChangesKeepBothValues() throws Exception {
        ParserRun insights = ParserRun.of(new ProfileParser(), "personal_information/personal_information/instagram_profile_information.json", """
                {"profile_account_insights": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "Contact Syncing": {"href": "", "value": "Disabled", "timestamp": 0},
                  "Last Login": {"href": "", "value": "", "timestamp": 1710000000},
                  "Last Logout": {"href": "", "value": "", "timestamp": 0}}}]}""");
        ParserRun changes = ParserRun.of(new ProfileParser(), "personal_information/personal_information/profile_changes.json", """
                {"profile_profile_change": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "Changed": {"href": "", "value": "Name", "timestamp": 0}, "Previous Value": {"href": "", "value": "Jana", "timestamp": 0},
                  "New Value": {"href": "", "value": "Jana K\\u00c3\\u00b6hler", "timestamp": 0}, "Change Date": {"href": "", "value": "", "timestamp": 1600000000}}}]}""");

        assertThat(insights.sink.items).extracting(Item::title).containsExactly("Contact Syncing: Disabled", "Last login");
        assertThat(insights.sink.items.get(1).at()).isEqualTo(Instant.ofEpochSecond(1710000000));
        assertThat(changes.sink.items).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Changed: Name");
            assertThat(c.attributes()).containsExactly(Map.entry("previous", "Jana"), Map.entry("new", "Jana Köhler"));
            assertThat(c.at()).isEqualTo(Instant.ofEpochSecond(1600000000));
        });
    }

    @Test
    void postsAndStories() throws Exception {
        ParserRun posts = ParserRun.of(new PostsParser(), "your_instagram_activity/media/posts_1.json", """
                [{"media": [{"uri": "media/posts/202305/1.jpg", "creation_timestamp": 1684800000, "title": "Lissabon \\u00e2\\u0098\\u0080\\u00ef\\u00b8\\u008f"},
                            {"uri": "media/posts/202305/2.jpg", "creation_timestamp": 1684800000, "title": ""}],
                  "title": "", "creation_timestamp": 1684800001},
                 {"media": [{"uri": "media/posts/202306/3.jpg", "creation_timestamp": 1686000000, "title": ""}]}]""");
        ParserRun stories = ParserRun.of(new PostsParser(), "your_instagram_activity/media/stories.json", """
                {"ig_stories": [{"uri": "media/stories/202401/4.mp4", "creation_timestamp": 1704100000, "title": ""}]}""");

        assertThat(posts.sink.items(Category.POSTS)).extracting(Item::title).containsExactly("Lissabon ☀️", "Post");
        assertThat(posts.sink.items.get(0).at()).isEqualTo(Instant.ofEpochSecond(1684800001));
        assertThat(posts.sink.items.get(0).attributes()).containsExactly(Map.entry("kind", "post"), Map.entry("media", "2"),
                Map.entry("file", "media/posts/202305/1.jpg"));
        assertThat(posts.sink.items.get(1).at()).as("from its photo").isEqualTo(Instant.ofEpochSecond(1686000000));
        assertThat(stories.sink.items).singleElement().satisfies(s -> {
            assertThat(s.title()).isEqualTo("Story");
            assertThat(s.attributes()).containsEntry("media", "1").containsEntry("kind", "story");
        });
    }

    @Test
    void loginsAndDevices() throws Exception {
        ParserRun logins = ParserRun.of(new LoginsParser(),
                "security_and_login_information/login_and_profile_creation/login_activity.json", """
                {"account_history_login_history": [{"title": "2024-03-01T07:00:00+00:00", "media_map_data": {}, "string_map_data": {
                  "Cookie Name": {"href": "", "value": "abc", "timestamp": 0}, "IP Address": {"href": "", "value": "203.0.113.7", "timestamp": 0},
                  "Language Code": {"href": "", "value": "de", "timestamp": 0}, "Time": {"href": "", "value": "", "timestamp": 1709276400},
                  "User Agent": {"href": "", "value": "Instagram 300.0 Android", "timestamp": 0}}}]}""");
        ParserRun devices = ParserRun.of(new DevicesParser(), "personal_information/device_information/devices.json", """
                {"devices_devices": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "Last Login": {"href": "", "value": "", "timestamp": 1709276400}, "User Agent": {"href": "", "value": "Pixel 7", "timestamp": 0}}}]}""");

        assertThat(logins.sink.items(Category.LOGINS)).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Login");
            assertThat(l.at()).isEqualTo(Instant.ofEpochSecond(1709276400));
            assertThat(l.attributes()).containsExactly(Map.entry("ip", "203.0.113.7"),
                    Map.entry("browser", "Instagram 300.0 Android"), Map.entry("language", "de"));
        });
        assertThat(devices.sink.items(Category.DEVICES)).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("Pixel 7");
            assertThat(d.at()).isEqualTo(Instant.ofEpochSecond(1709276400));
        });
    }
}
