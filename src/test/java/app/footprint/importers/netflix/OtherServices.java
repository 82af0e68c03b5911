package app.footprint.importers.netflix;

import app.footprint.testing.ZipBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small trees in the layouts of the other services, for recognisers that must not claim them. */
final class OtherServices {
    private OtherServices() {
    }

    static Map<String, ZipBuilder> trees() {
        Map<String, ZipBuilder> trees = new LinkedHashMap<>();
        trees.put("Facebook", new ZipBuilder()
                .add("ads_information/advertisers_using_your_activity_or_information.json", "{}")
                .add("logged_information/other_logged_information/ads_interests.json", "{}")
                .add("personal_information/profile_information/profile_information.json", "{}")
                .add("your_facebook_activity/messages/inbox/friend_123/message_1.json", "{}"));
        trees.put("Instagram", new ZipBuilder()
                .add("personal_information/information_about_you/profile_based_in.json", "{}")
                .add("preferences/your_topics/recommended_topics.json", "{}")
                .add("your_instagram_activity/messages/inbox/someone_1/message_1.json", "{}"));
        trees.put("Spotify", new ZipBuilder()
                .add("my_spotify_data/Userdata.json", "{}")
                .add("my_spotify_data/Inferences.json", "{}")
                .add("my_spotify_data/StreamingHistory_music_0.json", "[]"));
        trees.put("Google", new ZipBuilder()
                .add("Takeout/archive_browser.html", "<html>")
                .add("Takeout/My Activity/Search/My Activity.json", "[]")
                .add("Takeout/YouTube and YouTube Music/history/watch-history.json", "[]"));
        trees.put("X", new ZipBuilder()
                .add("data/manifest.js", "window.__THAR_CONFIG = {}")
                .add("data/tweets.js", "window.YTD.tweets.part0 = []")
                .add("Your archive.html", "<html>"));
        trees.put("LinkedIn", new ZipBuilder()
                .add("Connections.csv", "First Name\n")
                .add("Profile.csv", "First Name\n")
                .add("Inferences_about_you.csv", "Category\n"));
        trees.put("Amazon", new ZipBuilder()
                .add("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "\"Website\"\n")
                .add("Advertising.1/Advertising.AmazonAudiences.csv", "Amazon Audiences in which you are included\n"));
        trees.put("TikTok", new ZipBuilder().add("user_data_tiktok.json", "{}"));
        trees.put("Snapchat", new ZipBuilder()
                .add("json/user_profile.json", "{}")
                .add("json/account.json", "{}")
                .add("memories/2023-01-01.jpg", "x"));
        trees.put("Reddit", new ZipBuilder()
                .add("checkfile.csv", "filename,sha256\n")
                .add("comments.csv", "id\n")
                .add("sensitive_ads_preferences.csv", "type,preference\n"));
        trees.put("Discord", new ZipBuilder()
                .add("README.txt", "Discord data package")
                .add("account/user.json", "{}")
                .add("messages/index.json", "{}")
                .add("activity/analytics/events-2023-00000-of-00001.json", "{}"));
        return trees;
    }
}
