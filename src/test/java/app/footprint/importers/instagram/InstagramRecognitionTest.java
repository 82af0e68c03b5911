package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.importers.facebook.FacebookImporter;
import app.footprint.testing.ZipBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstagramRecognitionTest {
    @TempDir
    Path dir;

    private final InstagramImporter importer = new InstagramImporter();

    private Recognition recognise(ZipBuilder zip) throws IOException {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    private static ZipBuilder layout2024(String root) {
        return new ZipBuilder()
                .add(root + "your_instagram_activity/messages/inbox/tomberger_1/message_1.json", "{}")
                .add(root + "your_instagram_activity/likes/liked_posts.json", "{}")
                .add(root + "connections/followers_and_following/followers_1.json", "[]")
                .add(root + "personal_information/information_about_you/profile_based_in.json", "{}")
                .add(root + "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json", "{}")
                .add(root + "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json", "{}")
                .add(root + "preferences/your_topics/recommended_topics.json", "{}");
    }

    @Test
    void recognisesThe2024Layout() throws IOException {
        Recognition r = recognise(layout2024(""));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isCloseTo(0.95, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("2024+");
        assertThat(r.language()).isNull();
    }

    @Test
    void recognisesThe2024LayoutUnderAWrapperFolder() throws IOException {
        Recognition r = recognise(layout2024("instagram-janakoehler-2024-03-12-AbCd/"));

        assertThat(r.confidence()).isCloseTo(0.95, within(1e-9));
        assertThat(r.layout()).isEqualTo("2024+");
    }

    @Test
    void recognisesTheLayoutBefore2024() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("messages/inbox/tomberger_1/message_1.json", "{}")
                .add("information_about_you/ads_interests.json", "{}")
                .add("information_about_you/account_based_in.json", "{}")
                .add("your_topics/your_topics.json", "{}")
                .add("followers_and_following/followers.json", "{}")
                .add("likes/liked_posts.json", "{}")
                .add("account_information/personal_information.json", "{}"));

        assertThat(r.recognised()).isTrue();
        // three folders and two file names only Instagram has
        assertThat(r.confidence()).isCloseTo(0.95, within(1e-9));
        assertThat(r.layout()).isEqualTo("before 2024");
    }

    @Test
    void recognisesTheLayoutBefore2024UnderAWrapperFolder() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("insta_sampledata/information_about_you/ads_interests.json", "{}")
                .add("insta_sampledata/your_topics/your_topics.json", "{}"));

        assertThat(r.confidence()).isCloseTo(0.65, within(1e-9));
        assertThat(r.layout()).isEqualTo("before 2024");
    }

    @Test
    void eachPartOfADownloadSplitByTopFolderIsRecognisedAlone() throws IOException {
        Recognition activity = recognise(new ZipBuilder()
                .add("your_instagram_activity/messages/inbox/tomberger_1/message_1.json", "{}")
                .add("your_instagram_activity/comments/post_comments_1.json", "[]")
                .add("connections/followers_and_following/following.json", "{}"));
        Recognition rest = recognise(new ZipBuilder()
                .add("logged_information/recent_searches/profile_searches.json", "{}"));

        assertThat(activity.recognised()).isTrue();
        assertThat(activity.layout()).isEqualTo("2024+");
        assertThat(rest.recognised()).isTrue();
        assertThat(rest.confidence()).isCloseTo(0.75, within(1e-9)); // a folder and a file name
        assertThat(rest.layout()).isEqualTo("2024+");
    }

    @Test
    void aTreeWithOnlyInstagramFolderNamesButNothingToReadIsNotClaimed() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("your_instagram_activity/readme.txt", "hello")
                .add("followers_and_following/notes.txt", "hello"));

        assertThat(r.recognised()).isFalse();
    }

    @Test
    void doesNotClaimFacebookExportsOfEitherLayout() throws IOException {
        Recognition since2024 = recognise(new ZipBuilder()
                .add("your_facebook_activity/messages/inbox/maxmuller_1/message_1.json", "{}")
                .add("personal_information/profile_information/profile_information.json", "{}")
                .add("connections/friends/your_friends.json", "{}")
                .add("logged_information/other_logged_information/ads_interests.json", "{}")
                .add("ads_information/other_categories_used_to_reach_you.json", "{}")
                .add("logged_information/location/locations_of_interest.json", "{}")
                .add("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", "{}"));
        Recognition before2024 = recognise(new ZipBuilder()
                .add("messages/inbox/maxmuller_1/message_1.json", "{}")
                .add("other_logged_information/ads_interests.json", "{}")
                .add("your_topics/your_topics.json", "{}")
                .add("profile_information/profile_information.json", "{}")
                .add("ads_and_businesses/advertisers_using_your_activity_or_information.json", "{}"));

        assertThat(since2024.confidence()).isZero();
        assertThat(before2024.confidence()).isLessThan(0.2);
    }

    @Test
    void doesNotClaimOtherServicesExports() throws IOException {
        List<ZipBuilder> others = List.of(
                new ZipBuilder().add("my_spotify_data/Userdata.json", "{}").add("my_spotify_data/Inferences.json", "{}")
                        .add("my_spotify_data/StreamingHistory_music_0.json", "[]"),
                new ZipBuilder().add("Takeout/archive_browser.html", "<html/>")
                        .add("Takeout/My Activity/Search/My Activity.json", "[]")
                        .add("Takeout/Location History/Records.json", "{}"),
                new ZipBuilder().add("data/manifest.js", "window.__THAR_CONFIG = {}")
                        .add("data/tweets.js", "window.YTD.tweets.part0 = []")
                        .add("data/following.js", "window.YTD.following.part0 = []")
                        .add("data/personalization.js", "window.YTD.personalization.part0 = []"),
                new ZipBuilder().add("Connections.csv", "").add("Profile.csv", "").add("Inferences_about_you.csv", ""),
                new ZipBuilder().add("CONTENT_INTERACTION/ViewingActivity.csv", "").add("PROFILES/Profiles.csv", ""),
                new ZipBuilder().add("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "")
                        .add("Advertising.1/Advertising.AdvertiserAudiences.csv", ""),
                new ZipBuilder().add("user_data_tiktok.json", "{}"),
                new ZipBuilder().add("json/user_profile.json", "{}").add("json/account.json", "{}")
                        .add("json/friends.json", "{}").add("memories/2023-01-01.jpg", new byte[] {1}),
                new ZipBuilder().add("checkfile.csv", "filename,sha256").add("comments.csv", "").add("post_votes.csv", ""),
                new ZipBuilder().add("README.txt", "").add("account/user.json", "{}")
                        .add("messages/index.json", "{}").add("messages/c1/messages.json", "[]")
                        .add("activity/analytics/events-2024-00000-of-00001.json", ""));
        for (ZipBuilder other : others) {
            assertThat(recognise(other).confidence()).isLessThan(0.2);
        }
    }

    @Test
    void facebookRefusesInstagramExportsInTurn() throws IOException {
        Path file = layout2024("").writeTo(dir.resolve("instagram.zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            assertThat(new FacebookImporter().recognise(tree).recognised()).isFalse();
        }
    }
}
