package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.FormatException;
import app.footprint.testing.ParserRun;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every known path of both layouts reaches its parser; files Footprint does not read reach none. */
class InstagramFilesTest {
    private static final Map<String, Class<? extends FileParser>> ROUTED = Map.ofEntries(
            // 2024+
            Map.entry("your_instagram_activity/messages/inbox/tomberger_1234/message_1.json", MessagesParser.class),
            Map.entry("your_instagram_activity/messages/message_requests/x_1/message_2.json", MessagesParser.class),
            Map.entry("preferences/your_topics/recommended_topics.json", InterestsParser.class),
            Map.entry("preferences/your_topics/your_topics.json", InterestsParser.class),
            Map.entry("personal_information/information_about_you/profile_based_in.json", LocationsParser.class),
            Map.entry("personal_information/information_about_you/locations_of_interest.json", LocationsParser.class),
            Map.entry("personal_information/information_about_you/possible_phone_numbers.json", PossibleContactsParser.class),
            Map.entry("personal_information/information_about_you/possible_emails.json", PossibleContactsParser.class),
            Map.entry("security_and_login_information/login_and_profile_creation/last_known_location.json", LocationsParser.class),
            Map.entry("ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json",
                    AdvertisersParser.class),
            Map.entry("ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json",
                    AudienceCategoriesParser.class),
            Map.entry("ads_information/ads_and_topics/ads_viewed.json", ImpressionsParser.class),
            Map.entry("ads_information/ads_and_topics/ads_clicked.json", ImpressionsParser.class),
            Map.entry("ads_information/ads_and_topics/videos_watched.json", ImpressionsParser.class),
            Map.entry("ads_information/ads_and_topics/posts_viewed.json", ImpressionsParser.class),
            Map.entry("ads_information/ads_and_topics/suggested_profiles_viewed.json", ImpressionsParser.class),
            Map.entry("apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json",
                    OffMetaActivityParser.class),
            Map.entry("connections/followers_and_following/followers_1.json", RelationshipsParser.class),
            Map.entry("connections/followers_and_following/following.json", RelationshipsParser.class),
            Map.entry("connections/followers_and_following/follow_requests_you've_received.json", RelationshipsParser.class),
            Map.entry("connections/contacts/synced_contacts.json", ContactsParser.class),
            Map.entry("your_instagram_activity/likes/liked_posts.json", LikesParser.class),
            Map.entry("your_instagram_activity/saved/saved_posts.json", SavedParser.class),
            Map.entry("your_instagram_activity/story_interactions/story_likes.json", LikesParser.class),
            Map.entry("your_instagram_activity/comments/post_comments_1.json", CommentsParser.class),
            Map.entry("your_instagram_activity/comments/reels_comments.json", CommentsParser.class),
            Map.entry("logged_information/recent_searches/profile_searches.json", SearchesParser.class),
            Map.entry("logged_information/recent_searches/word_or_phrase_searches.json", SearchesParser.class),
            Map.entry("personal_information/personal_information/personal_information.json", ProfileParser.class),
            Map.entry("personal_information/personal_information/instagram_profile_information.json", ProfileParser.class),
            Map.entry("personal_information/personal_information/profile_changes.json", ProfileParser.class),
            Map.entry("your_instagram_activity/media/posts_1.json", PostsParser.class),
            Map.entry("your_instagram_activity/content/stories.json", PostsParser.class),
            Map.entry("security_and_login_information/login_and_profile_creation/login_activity.json", LoginsParser.class),
            Map.entry("security_and_login_information/login_and_profile_creation/signup_details.json", LoginsParser.class),
            Map.entry("personal_information/device_information/devices.json", DevicesParser.class),
            // before 2024, one under a wrapper folder
            Map.entry("information_about_you/ads_interests.json", InterestsParser.class),
            Map.entry("insta_sampledata/your_topics/your_topics.json", InterestsParser.class),
            Map.entry("your_topics/your_reels_topics.json", InterestsParser.class),
            Map.entry("information_about_you/account_based_in.json", LocationsParser.class),
            Map.entry("ads_and_businesses/advertisers_using_your_activity_or_information.json", AdvertisersParser.class),
            Map.entry("ads_and_content/ads_viewed.json", ImpressionsParser.class),
            Map.entry("messages/inbox/tomberger_1234/message_1.json", MessagesParser.class),
            Map.entry("followers_and_following/followers.json", RelationshipsParser.class),
            Map.entry("comments/post_comments.json", CommentsParser.class),
            Map.entry("likes/liked_comments.json", LikesParser.class),
            Map.entry("recent_searches/account_searches.json", SearchesParser.class),
            Map.entry("contacts/synced_contacts.json", ContactsParser.class),
            Map.entry("account_information/personal_information.json", ProfileParser.class),
            Map.entry("personal_information/personal_information.json", ProfileParser.class),
            Map.entry("content/posts_1.json", PostsParser.class),
            Map.entry("login_and_account_creation/login_activity.json", LoginsParser.class));

    @Test
    void everyKnownFileReachesItsParser() {
        ROUTED.forEach((path, parser) -> assertThat(InstagramFiles.parserFor(path)).as(path)
                .get().isInstanceOf(parser));
    }

    @Test
    void filesFootprintDoesNotReadAreLeftToTheRunner() {
        for (String path : new String[] {"media/posts/202401/17900000000000000.jpg",
                "preferences/media_settings/consents.json", "your_instagram_activity/saved/saved_collections.json",
                "your_instagram_activity/messages/secret_conversations.json",
                "your_instagram_activity/other_activity/time_spent_on_instagram.json",
                "ads_information/instagram_ads_and_businesses/subscription_for_no_ads.json", "start_here.html"}) {
            assertThat(InstagramFiles.parserFor(path)).as(path).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theHtmlTwinOfAReadableFileAsksForJson() {
        Optional<FileParser> parser = InstagramFiles.parserFor("your_instagram_activity/likes/liked_posts.html");

        assertThat(parser).get().isInstanceOf(HtmlExportParser.class);
        assertThatThrownBy(() -> ParserRun.of(parser.get(), "liked_posts.html", "<html></html>"))
                .isInstanceOf(FormatException.class).hasMessageContaining("choose the format JSON");
    }
}
