package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.FormatException;
import app.footprint.testing.ParserRun;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FacebookFilesTest {

    @ParameterizedTest
    @CsvSource({
            // 2024+ layout
            "personal_information/profile_information/profile_information.json, ProfileParser",
            "connections/friends/your_friends.json, FriendsParser",
            "connections/friends/received_friend_requests.json, FriendsParser",
            "connections/friends/sent_friend_requests.json, FriendsParser",
            "connections/friends/rejected_friend_requests.json, FriendsParser",
            "connections/friends/removed_friends.json, FriendsParser",
            "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json, PostsParser",
            "your_facebook_activity/messages/inbox/maxmuller_123/message_1.json, MessagesParser",
            "your_facebook_activity/messages/e2ee_cutover/maxmuller_123/message_12.json, MessagesParser",
            "your_facebook_activity/messages/message_requests/x_1/message_1.json, MessagesParser",
            "logged_information/search/your_search_history.json, SearchHistoryParser",
            "your_facebook_activity/facebook_marketplace/your_search_history.json, SearchHistoryParser",
            "security_and_login_information/ip_address_activity.json, LoginsParser",
            "security_and_login_information/logins_and_logouts.json, LoginsParser",
            "security_and_login_information/account_activity.json, LoginsParser",
            "security_and_login_information/where_you're_logged_in.json, LoginsParser",
            "security_and_login_information/recognized_devices.json, LoginsParser",
            "ads_information/advertisers_you've_interacted_with.json, AdInteractionsParser",
            "ads_information/ad_preferences.json, AdPreferencesParser",
            "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json, OffMetaActivityParser",
            "logged_information/other_logged_information/ads_interests.json, AdInterestsParser",
            "ads_information/other_categories_used_to_reach_you.json, AudienceCategoriesParser",
            "ads_information/advertisers_using_your_activity_or_information.json, AdvertisersParser",
            "logged_information/location/primary_location.json, LocationsParser",
            "logged_information/location/primary_public_location.json, LocationsParser",
            "logged_information/location/last_location.json, LocationsParser",
            "logged_information/other_logged_information/locations_of_interest.json, LocationsParser",
            // before 2024
            "profile_information/profile_information.json, ProfileParser",
            "friends_and_followers/friends.json, FriendsParser",
            "friends_and_followers/friend_requests_received.json, FriendsParser",
            "friends/friends.json, FriendsParser",
            "posts/your_posts_1.json, PostsParser",
            "posts/your_posts_12.json, PostsParser",
            "messages/inbox/maxmuller_123/message_1.json, MessagesParser",
            "messages/archived_threads/maxmuller_123/message_1.json, MessagesParser",
            "messages/filtered_threads/maxmuller_123/message_1.json, MessagesParser",
            "search/your_search_history.json, SearchHistoryParser",
            "other_logged_information/ads_interests.json, AdInterestsParser",
            "ads_and_businesses/ads_interests.json, AdInterestsParser",
            "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json, AdvertisersParser",
            "ads_and_businesses/your_off-facebook_activity.json, OffMetaActivityParser",
            "logged_information/your_topics/your_topics.json, TopicsParser",
            // under a wrapper folder
            "facebook-jana-2024-03-01/ads_information/ad_preferences.json, AdPreferencesParser",
            "facebook-jana-2024-03-01/your_facebook_activity/messages/inbox/a_1/message_3.json, MessagesParser",
    })
    void dispatchesByFileNameAndParentFolders(String path, String parser) {
        Optional<FileParser> found = FacebookFiles.parserFor(path);

        assertThat(found).isPresent();
        assertThat(found.get().getClass().getSimpleName()).isEqualTo(parser);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "your_facebook_activity/posts/album/0.json",
            "your_facebook_activity/posts/album/0.html",
            "your_facebook_activity/messages/inbox/maxmuller_123/photos/123.jpg",
            "your_facebook_activity/messages/inbox/maxmuller_123/message_1.json.bak",
            "messages/inbox/message_1.json",
            "preferences/preferences/language_and_locale.json",
            "myads_interests.json",
            "index.html",
            "start_here.html",
            "other/your_search_history.json",
    })
    void leavesOtherFilesAlone(String path) {
        assertThat(FacebookFiles.parserFor(path)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "posts/your_posts_1.html",
            "messages/inbox/maxmuller_123/message_1.html",
            "facebook-jana/profile_information/profile_information.html",
            "ads_information/advertisers_using_your_activity_or_information.html",
    })
    void failsTheFilesOfAnHtmlExportWithAnExplanation(String path) {
        Optional<FileParser> found = FacebookFiles.parserFor(path);

        assertThat(found).isPresent();
        assertThatThrownBy(() -> ParserRun.of(found.get(), path, "<html><body>…</body></html>"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("HTML export")
                .hasMessageContaining("choose the format JSON");
    }
}
