package app.footprint.testing;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Small trees in the layout of each service's export (file names and folders only, the content a stub),
 * for recognition tests that must tell one service from all the others. Built from the fingerprints in
 * FORMATS.md section 1.1.
 */
public final class ServiceTrees {
    private ServiceTrees() {
    }

    /** Every service's tree by a short name. */
    public static Map<String, ZipBuilder> all() {
        Map<String, ZipBuilder> trees = new LinkedHashMap<>();
        trees.put("facebook", facebook());
        trees.put("instagram", instagram());
        trees.put("spotify", spotify());
        trees.put("google", google());
        trees.put("x", x());
        trees.put("netflix", netflix());
        trees.put("amazon", amazon());
        trees.put("tiktok", tiktok());
        trees.put("snapchat", snapchat());
        trees.put("discord", discord());
        trees.put("linkedin", linkedIn());
        trees.put("reddit", reddit());
        return trees;
    }

    /** Every service's tree but those named, for a recogniser that must claim none of them. */
    public static Map<String, ZipBuilder> except(String... services) {
        Map<String, ZipBuilder> trees = all();
        for (String service : services) {
            trees.remove(service);
        }
        return trees;
    }

    public static ZipBuilder facebook() {
        return new ZipBuilder()
                .add("ads_information/advertisers_using_your_activity_or_information.json", "{}")
                .add("logged_information/other_logged_information/ads_interests.json", "{}")
                .add("personal_information/profile_information/profile_information.json", "{}")
                .add("your_facebook_activity/messages/inbox/friend_123/message_1.json", "{}")
                .add("your_facebook_activity/comments_and_reactions/comments.json", "{}")
                .add("connections/friends/your_friends.json", "{}");
    }

    public static ZipBuilder instagram() {
        return new ZipBuilder()
                .add("personal_information/information_about_you/profile_based_in.json", "{}")
                .add("preferences/your_topics/recommended_topics.json", "{}")
                .add("your_instagram_activity/messages/inbox/someone_1/message_1.json", "{}")
                .add("connections/followers_and_following/following.json", "{}");
    }

    public static ZipBuilder spotify() {
        return new ZipBuilder()
                .add("my_spotify_data/Userdata.json", "{}")
                .add("my_spotify_data/Inferences.json", "{}")
                .add("my_spotify_data/StreamingHistory_music_0.json", "[]")
                .add("my_spotify_data/SearchQueries.json", "[]");
    }

    public static ZipBuilder google() {
        return new ZipBuilder()
                .add("Takeout/archive_browser.html", "<html></html>")
                .add("Takeout/My Activity/Search/My Activity.json", "[]")
                .add("Takeout/YouTube and YouTube Music/history/search-history.json", "[]")
                .add("Takeout/Contacts/All Contacts/All Contacts.vcf", "BEGIN:VCARD");
    }

    public static ZipBuilder x() {
        return new ZipBuilder()
                .add("data/manifest.js", "window.__THAR_CONFIG = {}")
                .add("data/tweets.js", "window.YTD.tweets.part0 = []")
                .add("data/personalization.js", "window.YTD.personalization.part0 = []")
                .add("Your archive.html", "<html></html>");
    }

    public static ZipBuilder netflix() {
        return new ZipBuilder()
                .add("CONTENT_INTERACTION/ViewingActivity.csv", "Profile Name,Start Time\n")
                .add("CONTENT_INTERACTION/SearchHistory.csv", "Profile Name,Query Typed\n")
                .add("CONTENT_INTERACTION/IndicatedPreferences.csv", "Profile Name,Show\n")
                .add("PROFILES/Profiles.csv", "Profile Name\n")
                .add("IP_ADDRESSES/IpAddressesLogin.csv", "ip\n")
                .add("MESSAGES/MessagesSentByNetflix.csv", "Profile Name\n")
                .add("Cover sheet.pdf", "%PDF");
    }

    public static ZipBuilder amazon() {
        return new ZipBuilder()
                .add("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "\"Website\",\"Order ID\"\n")
                .add("Advertising.1/Advertising.AdvertiserAudiences.csv", "Advertisers\n\n")
                .add("Advertising.1/Advertising.AmazonAudiences.csv", "Audiences\n\n")
                .add("Digital.Subscriptions.1/Subscriptions.csv", "Subscription\n");
    }

    public static ZipBuilder tiktok() {
        return new ZipBuilder().add("user_data_tiktok.json", "{\"Profile\":{}}");
    }

    public static ZipBuilder snapchat() {
        return new ZipBuilder()
                .add("json/user_profile.json", "{}")
                .add("json/account.json", "{}")
                .add("json/chat_history.json", "{}")
                .add("memories/2023-01-01_abc-main.jpg", "jpg");
    }

    public static ZipBuilder discord() {
        return new ZipBuilder()
                .add("README.txt", "Discord package")
                .add("account/user.json", "{}")
                .add("messages/index.json", "{}")
                .add("messages/c123456789/channel.json", "{}")
                .add("messages/c123456789/messages.csv", "ID,Timestamp,Contents,Attachments\n")
                .add("activity/analytics/events-2023-00000-of-00001.json", "{}");
    }

    public static ZipBuilder linkedIn() {
        return new ZipBuilder()
                .add("Connections.csv", "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
                .add("Profile.csv", "First Name,Last Name\n")
                .add("Positions.csv", "Company Name,Title\n")
                .add("Invitations.csv", "From,To,Sent At,Message,Direction\n")
                .add("messages.csv", "CONVERSATION ID,DATE\n")
                .add("Comments.csv", "Date,Link,Message\n")
                .add("Votes.csv", "Date,Link,OptionText\n")
                .add("Inferences_about_you.csv", "Category,Type of inference,Description,Inference\n")
                .add("Ad_Targeting.csv", "Member Age\n");
    }

    public static ZipBuilder reddit() {
        return new ZipBuilder()
                .add("checkfile.csv", "filename,sha256\r\n")
                .add("comments.csv", "id,permalink,date,ip,subreddit,gildings,link,parent,body,media\r\n")
                .add("posts.csv", "id,permalink,date,ip,subreddit,gildings,title,url,body\r\n")
                .add("messages.csv", "id,permalink,thread_id,date,ip,from,to,subject,body\r\n")
                .add("post_votes.csv", "id,permalink,direction\r\n")
                .add("subscribed_subreddits.csv", "subreddit\r\n")
                .add("sensitive_ads_preferences.csv", "type,preference\r\n")
                .add("statistics.csv", "statistic,value\r\n");
    }
}
