package app.footprint.importers.discord;

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

class DiscordRecognitionTest {
    @TempDir
    Path dir;

    private final DiscordImporter importer = new DiscordImporter();

    private Recognition recognise(ZipBuilder zip) throws Exception {
        Path file = zip.writeTo(dir.resolve("export-" + System.nanoTime() + ".zip"));
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(file, ArchiveLimits.defaults())))) {
            return importer.recognise(tree);
        }
    }

    private static ZipBuilder with(String... paths) {
        ZipBuilder zip = new ZipBuilder();
        for (String path : paths) {
            zip.add(path, path.endsWith(".json") ? "{}" : "x");
        }
        return zip;
    }

    @Test
    void aPackageBefore2024WithLowerCaseFoldersAndCsvMessages() throws Exception {
        Recognition r = recognise(with("README.txt", "account/user.json", "account/avatar.png",
                "activity/analytics/events-2021-00000-of-00001.json", "activity/reporting/events-2021-00000-of-00001.json",
                "messages/index.json", "messages/c845021187654321098/channel.json",
                "messages/c845021187654321098/messages.csv", "servers/index.json",
                "servers/780000000000000001/guild.json", "programs/README.txt"));

        assertThat(r.recognised()).isTrue();
        assertThat(r.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(r.kind()).isEqualTo("data package");
        assertThat(r.layout()).isEqualTo("before 2024");
        assertThat(r.language()).as("only user.json tells it").isNull();
        assertThat(r.exportedAt()).as("Discord writes no date into the package").isNull();
    }

    @Test
    void aPackageOf2024WithCapitalisedFoldersAndJsonMessagesInAWrapperFolder() throws Exception {
        Recognition r = recognise(with("package/README.txt", "package/Account/user.json",
                "package/Activity/analytics/events-2024-00000-of-00001.json", "package/Activities/preferences.json",
                "package/Messages/index.json", "package/Messages/c845021187654321098/channel.json",
                "package/Messages/c845021187654321098/messages.json", "package/Servers/index.json"));

        assertThat(r.confidence()).isCloseTo(1.0, within(1e-9));
        assertThat(r.layout()).isEqualTo("2024+");
    }

    @Test
    void theMessageFormatDecidesTheLayoutWhereFolderCaseSaysOtherwise() throws Exception {
        // A 2024 package with lower-case folders (as some are shared) and an old one with capitalised ones.
        assertThat(recognise(with("README.txt", "messages/index.json", "messages/c845021187654321098/messages.json"))
                .layout()).isEqualTo("2024+");
        assertThat(recognise(with("Messages/index.json", "Messages/364055685807210506/channel.json",
                "Messages/364055685807210506/messages.csv")).layout()).isEqualTo("before 2024");
        assertThat(recognise(with("Account/user.json")).layout()).isEqualTo("2024+");
        assertThat(recognise(with("account/user.json")).layout()).isEqualTo("before 2024");
    }

    @Test
    void partialPackagesWithOneCategoryAreStillDiscord() throws Exception {
        Recognition onlyActivity = recognise(with("README.txt", "Activity/analytics/events-2024-00000-of-00002.json",
                "Activity/analytics/events-2024-00001-of-00002.json"));
        assertThat(onlyActivity.confidence()).isCloseTo(0.65, within(1e-9));
        Recognition onlyAccount = recognise(with("account/user.json"));
        assertThat(onlyAccount.confidence()).isCloseTo(0.6, within(1e-9));
        Recognition messagesAndServers = recognise(with("messages/index.json", "servers/index.json"));
        assertThat(messagesAndServers.confidence()).isCloseTo(0.85, within(1e-9));
    }

    @Test
    void aReadmeAndFolderNamesAloneAreNotEnough() throws Exception {
        assertThat(recognise(with("README.txt", "messages/notes.txt", "account/settings.ini")).recognised()).isFalse();
    }

    @Test
    void otherServicesExportsAreNotDiscord() throws Exception {
        List<ZipBuilder> others = List.of(
                // Facebook, 2024+ and before
                with("ads_information/advertisers_using_your_activity_or_information.json",
                        "logged_information/other_logged_information/ads_interests.json",
                        "personal_information/profile_information/profile_information.json",
                        "your_facebook_activity/messages/inbox/tomberger_123/message_1.json",
                        "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"),
                with("messages/inbox/tomberger_123/message_1.json", "friends/friends.json",
                        "profile_information/profile_information.json", "messages/stickers_used/sticker.png"),
                // Instagram
                with("personal_information/information_about_you/profile_based_in.json",
                        "your_instagram_activity/messages/inbox/someone_1/message_1.json",
                        "preferences/your_topics/recommended_topics.json"),
                // Spotify, both exports
                with("my_spotify_data/Userdata.json", "my_spotify_data/Inferences.json",
                        "my_spotify_data/StreamingHistory_music_0.json", "my_spotify_data/Read_Me_First.pdf"),
                with("Spotify Extended Streaming History/Streaming_History_Audio_2019-2021_0.json"),
                // Google Takeout
                with("Takeout/archive_browser.html", "Takeout/My Activity/Search/My Activity.json",
                        "Takeout/Location History/Records.json", "Takeout/Google Chat/Groups/DM 123/messages.json",
                        "Takeout/Google Chat/Users/User 1/user_info.json"),
                // X / Twitter
                with("data/manifest.js", "data/tweets.js", "data/direct-messages.js", "data/account.js",
                        "Your archive.html"),
                // LinkedIn
                with("Connections.csv", "Profile.csv", "Inferences_about_you.csv", "Ad_Targeting.csv", "messages.csv"),
                // Netflix
                with("CONTENT_INTERACTION/ViewingActivity.csv", "PROFILES/Profiles.csv", "IP_ADDRESSES/IpAddressesLogin.csv",
                        "Cover sheet.pdf"),
                // Amazon, with its README.txt files
                with("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", "Advertising.1/Advertising.AdvertiserAudiences.csv",
                        "Retail.OrderHistory.1/README.txt", "README.txt"),
                // TikTok
                with("user_data_tiktok.json"),
                // Snapchat
                with("json/user_profile.json", "json/account.json", "json/chat_history.json", "memories/a.jpg",
                        "account/account.html"),
                // Reddit
                with("checkfile.csv", "messages.csv", "comments.csv", "account_gender.csv", "sensitive_ads_preferences.csv"));
        for (ZipBuilder other : others) {
            Recognition r = recognise(other);
            assertThat(r.confidence()).isLessThan(0.2);
            assertThat(r.recognised()).isFalse();
        }
    }

    @Test
    void oneDiscordLookingFileAmongManyOthersIsNotEnough() throws Exception {
        ZipBuilder zip = new ZipBuilder();
        for (int i = 0; i < 60; i++) {
            zip.add("photos/album/" + i + ".json", "{}");
        }
        zip.add("backup/account/user.json", "{}");

        assertThat(recognise(zip).recognised()).isFalse();
    }
}
