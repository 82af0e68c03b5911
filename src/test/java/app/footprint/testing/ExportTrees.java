package app.footprint.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Typical file lists of every service's export (FORMATS.md section 1.1 and the services' sections), for
 * recognisers' negative tests: an importer must not claim another service's export. Only paths; every
 * file holds "{}".
 */
public final class ExportTrees {
    private ExportTrees() {
    }

    /** By service name, the paths of one export in its usual layout. */
    public static Map<String, List<String>> all() {
        Map<String, List<String>> trees = new LinkedHashMap<>();
        trees.put("Google Takeout", List.of(
                "Takeout/archive_browser.html",
                "Takeout/My Activity/Search/My Activity.json",
                "Takeout/My Activity/YouTube/My Activity.json",
                "Takeout/Location History/Records.json",
                "Takeout/YouTube and YouTube Music/history/watch-history.json",
                "Takeout/Profile/Profile.json"));
        trees.put("Facebook", List.of(
                "ads_information/advertisers_using_your_activity_or_information.json",
                "logged_information/other_logged_information/ads_interests.json",
                "personal_information/profile_information/profile_information.json",
                "your_facebook_activity/messages/inbox/friend_123/message_1.json",
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
                "connections/friends/your_friends.json"));
        trees.put("Instagram", List.of(
                "personal_information/information_about_you/profile_based_in.json",
                "preferences/your_topics/recommended_topics.json",
                "your_instagram_activity/messages/inbox/someone_1/message_1.json",
                "connections/followers_and_following/following.json",
                "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json"));
        trees.put("X", List.of(
                "data/manifest.js", "data/tweets.js", "data/personalization.js", "data/ad-engagements.js",
                "data/direct-messages.js", "Your archive.html"));
        trees.put("LinkedIn", List.of(
                "Connections.csv", "Profile.csv", "Inferences_about_you.csv", "Ad_Targeting.csv", "messages.csv"));
        trees.put("Spotify", List.of(
                "my_spotify_data/Userdata.json", "my_spotify_data/Inferences.json",
                "my_spotify_data/StreamingHistory_music_0.json", "my_spotify_data/SearchQueries.json",
                "my_spotify_data/Follow.json"));
        trees.put("Netflix", List.of(
                "netflix-report/CONTENT_INTERACTION/ViewingActivity.csv",
                "netflix-report/CONTENT_INTERACTION/IndicatedPreferences.csv",
                "netflix-report/PROFILES/Profiles.csv", "netflix-report/IP_ADDRESSES/IpAddressesLogin.csv",
                "netflix-report/Cover sheet.pdf"));
        trees.put("Amazon", List.of(
                "Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
                "Advertising.1/Advertising.AdvertiserAudiences.csv",
                "Advertising.1/Advertising.AmazonAudiences.csv", "Digital-Ordering.1/Digital Items.csv"));
        trees.put("TikTok", List.of("TikTok_Data_1710230482/user_data_tiktok.json"));
        trees.put("TikTok text", List.of(
                "TikTok_Data_1735588272/Tiktok/Activity/Browsing History.txt",
                "TikTok_Data_1735588272/Tiktok/Activity/Like List.txt",
                "TikTok_Data_1735588272/Tiktok/Activity/Searches.txt",
                "TikTok_Data_1735588272/Tiktok/Profile/Profile Info.txt",
                "TikTok_Data_1735588272/Tiktok/App Settings/Settings.txt"));
        trees.put("Snapchat", List.of(
                "mydata~1710230482/json/user_profile.json", "mydata~1710230482/json/account.json",
                "mydata~1710230482/json/friends.json", "mydata~1710230482/json/chat_history.json",
                "mydata~1710230482/json/location_history.json", "mydata~1710230482/index.html",
                "mydata~1710230482/memories/2024-01-15_abc-main.jpg"));
        trees.put("Reddit", List.of(
                "checkfile.csv", "account_gender.csv", "comments.csv", "posts.csv", "ip_logs.csv",
                "sensitive_ads_preferences.csv", "subscribed_subreddits.csv"));
        trees.put("Discord", List.of(
                "README.txt", "account/user.json", "messages/index.json", "messages/c123/channel.json",
                "messages/c123/messages.csv", "activity/analytics/events-2023-00000-of-00001.json",
                "servers/index.json"));
        trees.put("Discord 2024", List.of(
                "README.txt", "Account/user.json", "Messages/index.json", "Messages/c123/messages.json",
                "Activity/analytics/events-2024-00000-of-00001.json", "Servers/index.json"));
        return trees;
    }

    /** Every tree but those of the named services. */
    public static Map<String, List<String>> except(String... services) {
        Map<String, List<String>> trees = all();
        for (String service : services) {
            trees.remove(service);
        }
        return trees;
    }
}
