package app.footprint.importers.facebook;

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

class FacebookRecognitionTest {
    @TempDir
    Path dir;

    private final FacebookImporter importer = new FacebookImporter();

    private Recognition recognise(ZipBuilder zip) throws IOException {
        Path file = zip.writeTo(dir.resolve("export.zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void recognisesAPre2024Export() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("ads_information/other_categories_used_to_reach_you.json", "{}")
                .add("logged_information/other_logged_information/ads_interests.json", "{}")
                .add("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", "{}")
                .add("messages/inbox/maxmuller_1/message_1.json", "{}")
                .add("profile_information/profile_information.json", "{}"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("before 2024");
        assertThat(r.language()).isNull();
    }

    @Test
    void recognisesA2024Export() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("your_facebook_activity/messages/inbox/maxmuller_1/message_1.json", "{}")
                .add("personal_information/profile_information/profile_information.json", "{}")
                .add("connections/friends/your_friends.json", "{}")
                .add("ads_information/ad_preferences.json", "{}"));

        assertThat(r.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(r.layout()).isEqualTo("2024+");
    }

    @Test
    void recognisesAnExportUnderAWrapperFolder() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("facebook-jana-2024-03-01/personal_information/profile_information/profile_information.json", "{}")
                .add("facebook-jana-2024-03-01/ads_information/ad_preferences.json", "{}")
                .add("facebook-jana-2024-03-01/security_and_login_information/ip_address_activity.json", "{}"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isEqualTo(0.7); // three known folders and readable files, none only Facebook has
        assertThat(r.layout()).isEqualTo("2024+");
    }

    @Test
    void recognisesAnHtmlExport() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("index.html", "<html></html>")
                .add("posts/your_posts_1.html", "<html></html>")
                .add("messages/inbox/maxmuller_1/message_1.html", "<html></html>")
                .add("profile_information/profile_information.html", "<html></html>"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isEqualTo(0.7);
        assertThat(r.layout()).isEqualTo("before 2024");
    }

    @Test
    void doesNotClaimAnInstagramExport() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("your_instagram_activity/messages/inbox/maxmuller_1/message_1.json", "{}")
                .add("ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json", "{}")
                .add("ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json", "{}")
                .add("apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json", "{}")
                .add("personal_information/information_about_you/locations_of_interest.json", "{}")
                .add("connections/followers_and_following/followers_1.json", "[]"));

        assertThat(r.recognised()).isFalse();
        assertThat(r.confidence()).isZero();
    }

    @Test
    void doesNotClaimAPre2024InstagramExport() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("instagram-jana-2023-05-01/messages/inbox/maxmuller_1/message_1.json", "{}")
                .add("instagram-jana-2023-05-01/information_about_you/ads_interests.json", "{}")
                .add("instagram-jana-2023-05-01/your_topics/your_topics.json", "{}"));

        assertThat(r.recognised()).isFalse();
    }

    @Test
    void doesNotClaimASpotifyExport() throws IOException {
        Recognition r = recognise(new ZipBuilder()
                .add("my_spotify_data/Userdata.json", "{}")
                .add("my_spotify_data/Inferences.json", "{}")
                .add("my_spotify_data/StreamingHistory_music_0.json", "[]"));

        assertThat(r.recognised()).isFalse();
    }

    @Test
    void doesNotClaimAFolderNamedMessagesWithoutFacebookFiles() throws IOException {
        // a Discord package has messages/ too
        Recognition r = recognise(new ZipBuilder()
                .add("messages/c123/messages.json", "[]")
                .add("messages/index.json", "{}")
                .add("account/user.json", "{}"));

        assertThat(r.recognised()).isFalse();
    }
}
