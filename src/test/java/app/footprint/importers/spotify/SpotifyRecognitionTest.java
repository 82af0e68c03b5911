package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.Recognition;
import app.footprint.testing.ZipBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpotifyRecognitionTest {
    @TempDir
    Path dir;

    private final SpotifyImporter importer = new SpotifyImporter();

    private Recognition recognise(ZipBuilder zip) throws Exception {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    @Test
    void olderAccountDataUnderMyData() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("MyData/Userdata.json", "{}")
                .add("MyData/Inferences.json", "{}")
                .add("MyData/StreamingHistory0.json", "[]")
                .add("MyData/StreamingHistory1.json", "[]")
                .add("MyData/Follow.json", "{}")
                .add("MyData/Read_Me_First.pdf", "%PDF"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("StreamingHistoryN files");
        assertThat(r.language()).isNull();
    }

    @Test
    void newerAccountDataUnderMySpotifyDataInAWrapperFolder() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("download/my_spotify_data/Userdata.json", "{}")
                .add("download/my_spotify_data/Marquee.json", "[]")
                .add("download/my_spotify_data/StreamingHistory_music_0.json", "[]")
                .add("download/my_spotify_data/StreamingHistory_podcast_0.json", "[]")
                .add("download/my_spotify_data/Wrapped2023.json", "{}"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("StreamingHistory_music/podcast files");
    }

    @Test
    void accountDataWithoutItsFolderIsStillRecognisedByItsFiles() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Userdata.json", "{}")
                .add("SearchQueries.json", "[]"));

        assertThat(r.confidence()).isCloseTo(0.75, within(1e-9));
        assertThat(r.kind()).isEqualTo("account data");
        assertThat(r.layout()).isEqualTo("no StreamingHistory files");
    }

    @Test
    void extendedHistoryAlone() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("Spotify Extended Streaming History/Streaming_History_Audio_2019-2021_0.json", "[]")
                .add("Spotify Extended Streaming History/Streaming_History_Audio_2021-2024_1.json", "[]")
                .add("Spotify Extended Streaming History/Streaming_History_Video_2021-2024.json", "[]")
                .add("Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf", "%PDF"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isCloseTo(0.85, within(1e-9));
        assertThat(r.kind()).isEqualTo("extended streaming history");
        assertThat(r.layout()).isEqualTo("extended");
    }

    @Test
    void olderExtendedHistoryOfEndsongFiles() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("MyData/endsong_0.json", "[]")
                .add("MyData/endsong_1.json", "[]"));

        assertThat(r.confidence()).isCloseTo(0.6, within(1e-9));
        assertThat(r.kind()).isEqualTo("extended streaming history");
        assertThat(r.layout()).isEqualTo("extended, endsong files");
    }

    @Test
    void aFacebookExportIsNotSpotify() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("ads_information/advertisers_using_your_activity_or_information.json", "{}")
                .add("ads_information/other_categories_used_to_reach_you.json", "{}")
                .add("logged_information/other_logged_information/ads_interests.json", "{}")
                .add("personal_information/profile_information/profile_information.json", "{}")
                .add("your_facebook_activity/messages/inbox/friend_123/message_1.json", "{}")
                .add("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", "{}"));

        assertThat(r.recognised()).isFalse();
        assertThat(r.confidence()).isZero();
    }

    @Test
    void anInstagramExportIsNotSpotify() throws Exception {
        Recognition r = recognise(new ZipBuilder()
                .add("personal_information/information_about_you/profile_based_in.json", "{}")
                .add("preferences/your_topics/recommended_topics.json", "{}")
                .add("your_instagram_activity/messages/inbox/someone_1/message_1.json", "{}")
                .add("your_instagram_activity/followers_and_following/following.json", "{}"));

        assertThat(r.recognised()).isFalse();
    }

    @Test
    void oneSpotifyLookingNameAmongManyOtherFilesIsNotEnough() throws Exception {
        ZipBuilder zip = new ZipBuilder();
        for (int i = 0; i < 60; i++) {
            zip.add("your_facebook_activity/posts/album/" + i + ".json", "{}");
        }
        zip.add("your_facebook_activity/other/Inferences.json", "{}");

        Recognition r = recognise(zip);

        assertThat(r.recognised()).isFalse();
    }

    @Test
    void aLoneGenericFileIsNotClaimed() throws Exception {
        assertThat(recognise(new ZipBuilder().add("stuff/Follow.json", "{}")).recognised()).isFalse();
        assertThat(recognise(new ZipBuilder().add("MyData/Follow.json", "{}")).recognised()).isTrue();
    }
}
