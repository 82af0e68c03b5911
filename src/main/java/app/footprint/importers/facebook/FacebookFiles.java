package app.footprint.importers.facebook;

import static app.footprint.importers.common.PathRoutes.route;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.PathRoutes;
import java.util.List;
import java.util.Optional;

/**
 * Which parser reads which file. Files are matched by name and, where a name alone is ambiguous, by their
 * parent folders, with the alternatives of each layout generation. Every pattern is anchored at a "/" or
 * the start of the path, so a wrapper folder ("facebook-jana-2024-03-01/…") makes no difference. The
 * parser then picks the shape of the file from its root keys.
 */
final class FacebookFiles {
    private static final String APOSTROPHE = PathRoutes.APOSTROPHE;

    private static final PathRoutes ROUTES = new PathRoutes(List.of(
            route("profile_information/profile_information\\.json", ProfileParser::new),
            route("(?:friends|friends_and_followers)/(?:your_friends|friends|received_friend_requests"
                    + "|friend_requests_received|sent_friend_requests|friend_requests_sent|rejected_friend_requests"
                    + "|removed_friends|deleted_friends)\\.json", FriendsParser::new),
            route("posts/(?:your_posts__check_ins__photos_and_videos|your_posts)_\\d+\\.json", PostsParser::new),
            route("messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/[^/]+"
                    + "/message_\\d+\\.json", MessagesParser::new),
            route("(?:search|search_history|facebook_marketplace)/your_search_history\\.json",
                    SearchHistoryParser::new),
            route("(?:ip_address_activity|logins_and_logouts|account_activity|where_you" + APOSTROPHE
                    + "re_logged_in|recognized_devices)\\.json", LoginsParser::new),
            route("advertisers_you" + APOSTROPHE + "ve_interacted_with\\.json", AdInteractionsParser::new),
            route("ad_preferences\\.json", AdPreferencesParser::new),
            route("(?:your_activity_off_meta_technologies|your_off-facebook_activity)\\.json",
                    OffMetaActivityParser::new),
            route("ads_interests\\.json", AdInterestsParser::new),
            route("other_categories_used_to_reach_you\\.json", AudienceCategoriesParser::new),
            route("(?:advertisers_using_your_activity_or_information"
                    + "|advertisers_who_uploaded_a_contact_list_with_your_information)\\.json", AdvertisersParser::new),
            route("your_topics/your_topics\\.json", TopicsParser::new),
            route("(?:primary_location|primary_public_location|last_location|locations_of_interest)\\.json",
                    LocationsParser::new)), HtmlExportParser::new);

    private FacebookFiles() {
    }


    /** The parser for a file (or for the HTML twin of one), or empty for files not read. */
    static Optional<FileParser> parserFor(String path) {
        return ROUTES.parserFor(path);
    }
}
