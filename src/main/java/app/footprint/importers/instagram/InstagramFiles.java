package app.footprint.importers.instagram;

import static app.footprint.importers.common.PathRoutes.route;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.PathRoutes;
import java.util.List;
import java.util.Optional;

/**
 * Which parser reads which file. Files are matched by name and, where a name alone is ambiguous, by their
 * parent folder, with the alternatives of the 2022–23 and 2024–25 layouts. Every pattern is anchored at a
 * "/" or the start of the path, so a wrapper folder makes no difference; the parser then picks the shape
 * of the file from its root keys.
 */
final class InstagramFiles {
    private static final String APOSTROPHE = PathRoutes.APOSTROPHE;

    private static final PathRoutes ROUTES = new PathRoutes(List.of(
            route("messages/(?:inbox|message_requests|archived_threads|filtered_threads|e2ee_cutover)/[^/]+"
                    + "/message_\\d+\\.json", MessagesParser::new),
            route("(?:ads_interests|your_topics|recommended_topics|your_reels_topics|your_reels_sentiments)\\.json",
                    InterestsParser::new),
            route("(?:account_based_in|profile_based_in|locations_of_interest|last_known_location)\\.json",
                    LocationsParser::new),
            route("(?:possible_phone_numbers|possible_emails)\\.json", PossibleContactsParser::new),
            route("advertisers_using_your_activity_or_information\\.json", AdvertisersParser::new),
            route("other_categories_used_to_reach_you\\.json", AudienceCategoriesParser::new),
            route("your_activity_off_meta_technologies\\.json", OffMetaActivityParser::new),
            route("(?:ads_viewed|ads_clicked|posts_viewed|videos_watched|suggested_profiles_viewed"
                    + "|suggested_accounts_viewed)\\.json", ImpressionsParser::new),
            route("(?:followers(?:_\\d+)?|following|close_friends|blocked_accounts|blocked_profiles"
                    + "|restricted_accounts|restricted_profiles|pending_follow_requests|recent_follow_requests"
                    + "|follow_requests_you" + APOSTROPHE + "ve_received|recently_unfollowed_accounts"
                    + "|recently_unfollowed_profiles|removed_suggestions|following_hashtags)\\.json",
                    RelationshipsParser::new),
            route("(?:liked_posts|liked_comments|story_likes)\\.json", LikesParser::new),
            route("saved/saved_posts\\.json", SavedParser::new),
            route("comments/(?:post_comments(?:_\\d+)?|reels_comments|story_comments)\\.json", CommentsParser::new),
            route("(?:account_searches|profile_searches|word_or_phrase_searches|tag_searches|hashtag_searches"
                    + "|location_searches)\\.json", SearchesParser::new),
            route("synced_contacts\\.json", ContactsParser::new),
            route("(?:personal_information|instagram_profile_information|account_information|profile_changes)\\.json",
                    ProfileParser::new),
            route("(?:content|media)/(?:posts_\\d+|stories|archived_posts)\\.json", PostsParser::new),
            route("(?:login_activity|logout_activity|signup_information|signup_details|instagram_signup_details"
                    + "|password_change_activity)\\.json", LoginsParser::new),
            route("device_information/devices\\.json", DevicesParser::new)), HtmlExportParser::new);

    private InstagramFiles() {
    }


    /** The parser for a file (or for the HTML twin of one), or empty for files not read. */
    static Optional<FileParser> parserFor(String path) {
        return ROUTES.parserFor(path);
    }
}
