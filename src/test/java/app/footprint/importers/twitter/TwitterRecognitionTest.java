package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TwitterRecognitionTest {
    @TempDir
    Path dir;

    private final TwitterImporter importer = new TwitterImporter();

    private Recognition recognise(List<String> paths) throws IOException {
        ZipBuilder zip = new ZipBuilder();
        paths.forEach(p -> zip.add(p, p.endsWith(".js") ? "window.YTD.x.part0 = [ ]" : "x"));
        Path file = zip.writeTo(dir.resolve("export-" + Math.abs(paths.hashCode()) + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    private static List<String> under(String wrapper, String... paths) {
        return List.of(paths).stream().map(p -> wrapper + p).toList();
    }

    @Test
    void recognisesThe2022Layout() throws IOException {
        Recognition r = recognise(List.of("Your archive.html", "data/manifest.js", "data/README.txt", "data/account.js",
                "data/tweets.js", "data/tweets-part1.js", "data/like.js", "data/personalization.js",
                "data/ad-impressions.js", "data/tweets_media/1-a.jpg", "assets/js/main.9f2c1e4b.js"));

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.kind()).isEqualTo("archive");
        assertThat(r.layout()).isEqualTo("2022+ (data/tweets.js)");
        assertThat(r.language()).isNull();
        assertThat(r.exportedAt()).as("the manifest says when; it is read on import").isNull();
    }

    @Test
    void recognisesThe2020LayoutBelowAWrapperFolder() throws IOException {
        Recognition r = recognise(under("twitter-2021-09-08-4f2a9c/", "Your archive.html", "data/manifest.js",
                "data/account.js", "data/tweet.js", "data/direct-messages.js", "data/ip-audit.js"));

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.layout()).isEqualTo("2020–2022 (data/tweet.js)");
    }

    @Test
    void theArchivePageAloneWithDataFilesIsEnough() throws IOException {
        Recognition r = recognise(List.of("Your archive.html", "data/tweets.js", "data/ageinfo.js"));

        assertThat(r.confidence()).isEqualTo(0.9);
        assertThat(r.layout()).isEqualTo("2022+ (data/tweets.js)");
    }

    @Test
    void aDataFolderWithoutPostsHasItsOwnLayoutName() throws IOException {
        Recognition r = recognise(List.of("data/manifest.js", "data/personalization.js", "data/like.js"));

        assertThat(r.confidence()).isEqualTo(0.95);
        assertThat(r.layout()).isEqualTo("2020+ (data/, no posts file)");
    }

    @Test
    void recognisesThe2019LayoutWithTheFilesAtTheTop() throws IOException {
        List<String> files = List.of("README.txt", "account.js", "tweet.js", "like.js", "direct-message.js",
                "direct-message-headers.js", "ad-engagements.js", "ad-impressions.js", "personalization.js",
                "ip-audit.js", "tweet_media/1-a.jpg");

        Recognition bare = recognise(files);
        Recognition wrapped = recognise(under("twitter-2019-05-01-abc/", files.toArray(String[]::new)));

        assertThat(bare.confidence()).isEqualTo(0.8);
        assertThat(bare.layout()).isEqualTo("2019 (files at the top)");
        assertThat(wrapped.confidence()).isEqualTo(0.8);
        assertThat(wrapped.layout()).isEqualTo("2019 (files at the top)");
        assertThat(recognise(List.of("tweet.js", "ip-audit.js", "ad-impressions.js", "account.js")).confidence())
                .isEqualTo(0.6);
    }

    @Test
    void fewOrCommonNamesAreNotEnough() throws IOException {
        assertThat(recognise(List.of("tweet.js", "ip-audit.js")).recognised()).isFalse();
        assertThat(recognise(List.of("data/manifest.js")).recognised()).isFalse();
        // a web project with a manifest and scripts named like X's common words
        assertThat(recognise(List.of("site/data/manifest.js", "site/data/app.js", "site/data/profile.js",
                "site/assets/js/like.js")).recognised()).isFalse();
        assertThat(recognise(List.of("app.js", "account.js", "profile.js", "contact.js", "like.js")).recognised()).isFalse();
    }

    static List<List<String>> otherServices() {
        return List.of(
                // Facebook 2024+ and before
                List.of("your_facebook_activity/messages/inbox/maxmuller_1/message_1.json",
                        "personal_information/profile_information/profile_information.json",
                        "ads_information/advertisers_using_your_activity_or_information.json",
                        "logged_information/other_logged_information/ads_interests.json"),
                List.of("messages/inbox/maxmuller_1/message_1.json", "profile_information/profile_information.json",
                        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"),
                // Instagram
                List.of("your_instagram_activity/messages/inbox/maxmuller_1/message_1.json",
                        "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json",
                        "connections/followers_and_following/followers_1.json"),
                // Spotify, both exports
                List.of("my_spotify_data/Userdata.json", "my_spotify_data/Inferences.json",
                        "my_spotify_data/StreamingHistory_music_0.json"),
                List.of("Spotify Extended Streaming History/Streaming_History_Audio_2019-2023_0.json"),
                // Google Takeout
                List.of("Takeout/archive_browser.html", "Takeout/My Activity/Search/MyActivity.json",
                        "Takeout/Location History/Records.json", "Takeout/YouTube and YouTube Music/history/watch-history.json"),
                // TikTok
                List.of("user_data_tiktok.json"),
                // LinkedIn
                List.of("Connections.csv", "Profile.csv", "Inferences_about_you.csv", "Ad_Targeting.csv", "messages.csv"),
                // Netflix
                List.of("CONTENT_INTERACTION/ViewingActivity.csv", "PROFILES/Profiles.csv",
                        "IP_ADDRESSES/IpAddressesLogin.csv", "Cover sheet.pdf"),
                // Amazon
                List.of("Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
                        "Advertising.1/Advertising.AdvertiserAudiences.csv"),
                // Snapchat
                List.of("json/user_profile.json", "json/account.json", "memories/2023-01-01_abc-main.jpg"),
                // Reddit
                List.of("checkfile.csv", "comments.csv", "posts.csv", "sensitive_ads_preferences.csv"),
                // Discord
                List.of("README.txt", "account/user.json", "messages/index.json", "messages/c123/messages.json",
                        "activity/analytics/events-2021-00000-of-00001.json"));
    }

    @ParameterizedTest
    @MethodSource("otherServices")
    void doesNotClaimOtherServicesExports(List<String> paths) throws IOException {
        Recognition r = recognise(paths);

        assertThat(r.confidence()).isLessThan(0.2);
        assertThat(r.recognised()).isFalse();
    }
}
