package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's TikTok and Snapchat exports: their paths, their bytes, and their counts read back from the files. */
class TikTokSnapchatDemoTest {
    private static final String TIKTOK_ZIP = "TikTok_Data_1710232882.zip";
    private static final String SNAPCHAT_ZIP = "mydata~1710232882.zip";
    private static final Instant EXPORT = Instant.parse("2024-03-12T08:41:22Z");
    private static final Instant EXPECTING = Instant.parse("2023-07-19T22:00:00Z");
    private static final DateTimeFormatter TIKTOK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter SNAPCHAT_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    @TempDir
    static Path folder;
    private static List<Path> written;
    private static DemoFacts facts;
    private static DemoArchives tiktok;
    private static DemoArchives snapchat;
    private static JsonNode userData;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        written = persona.writeTo(folder.resolve("demo"));
        facts = persona.facts();
        tiktok = DemoArchives.read(folder.resolve("demo").resolve(TIKTOK_ZIP));
        snapchat = DemoArchives.read(folder.resolve("demo").resolve(SNAPCHAT_ZIP));
        userData = tiktok.json("user_data_tiktok.json");
    }

    private static Instant tiktokTime(JsonNode text) {
        return LocalDateTime.parse(text.asText(), TIKTOK_TIME).toInstant(ZoneOffset.UTC);
    }

    private static Instant snapchatTime(JsonNode text) {
        return LocalDateTime.parse(text.asText(), SNAPCHAT_TIME).toInstant(ZoneOffset.UTC);
    }

    private static int count(JsonNode list, Predicate<JsonNode> test) {
        int n = 0;
        for (JsonNode element : list) {
            n += test.test(element) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theTwoZipsComeAfterTheEarlierArchivesUnderTheirExportNames() {
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsSubsequence(TIKTOK_ZIP, SNAPCHAT_ZIP).doesNotHaveDuplicates();
        assertThat(tiktok.paths()).containsExactly("user_data_tiktok.json");
        assertThat(snapchat.paths()).containsExactly("index.html", "json/account.json", "json/chat_history.json",
                "json/friends.json", "json/location_history.json", "json/memories_history.json", "json/ranking.json",
                "json/search_history.json", "json/snap_history.json", "json/story_history.json",
                "json/user_profile.json");
    }

    @Test
    void writingTwiceGivesByteIdenticalZips(@TempDir Path other) throws IOException {
        List<Path> again = DemoPersona.standard().writeTo(other);
        for (String zip : List.of(TIKTOK_ZIP, SNAPCHAT_ZIP)) {
            assertThat(again).contains(other.resolve(zip));
            assertThat(Files.mismatch(folder.resolve("demo").resolve(zip), other.resolve(zip))).as(zip).isEqualTo(-1L);
        }
        assertThat(new DemoPersona().facts().of(TikTokFacts.class)).isEqualTo(facts.of(TikTokFacts.class));
        assertThat(new DemoPersona().facts().of(SnapchatFacts.class)).isEqualTo(facts.of(SnapchatFacts.class));
    }

    @Test
    void everyFileParsesIsStampedWithTheExportDateAndCompressesWithinImportLimits() {
        for (DemoArchives zip : List.of(tiktok, snapchat)) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
                assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
                if (e.path().endsWith(".json")) {
                    assertThat(e.json().isContainerNode()).as(e.path()).isTrue();
                    assertThat(e.text()).as("raw UTF-8, as both companies write").doesNotContain("\\u");
                }
            }
        }
        assertThat(userData.fieldNames()).toIterable().containsExactly("Your Activity", "Ads and data", "App Settings",
                "Comment", "Direct Message", "Income Plus Wallet Transactions", "Location Review", "Post", "Profile",
                "Tiktok Live", "TikTok Shop");
    }

    @Test
    void tiktokFactsMatchTheFile() {
        TikTokFacts t = facts.of(TikTokFacts.class);
        JsonNode activity = userData.get("Your Activity");
        JsonNode watched = activity.at("/Watch History/VideoList");
        assertThat(t.videosWatched()).isEqualTo(watched.size()).isBetween(1500, 3000);
        assertThat(t.expectingWatched()).isPositive().isLessThan(count(watched, v -> !tiktokTime(v.get("Date")).isBefore(EXPECTING)));
        JsonNode searches = activity.at("/Searches/SearchList");
        assertThat(t.searches()).isEqualTo(searches.size()).isEqualTo(140);
        assertThat(t.expectingSearches()).isEqualTo(count(searches,
                s -> TikTokContent.EXPECTING_SEARCHES.contains(s.get("SearchTerm").asText())));
        assertThat(count(searches, s -> TikTokContent.EXPECTING_SEARCHES.contains(s.get("SearchTerm").asText())
                && tiktokTime(s.get("Date")).isBefore(EXPECTING))).as("no baby searches before July 2023").isZero();
        assertThat(t.likes()).isEqualTo(activity.at("/Like List/ItemFavoriteList").size()).isPositive();
        assertThat(t.favoriteVideos()).isEqualTo(activity.at("/Favorite Videos/FavoriteVideoList").size()).isPositive();
        assertThat(t.favoriteSounds()).isEqualTo(activity.at("/Favorite Sounds/FavoriteSoundList").size());
        assertThat(t.following()).isEqualTo(activity.at("/Following/Following").size()).isEqualTo(30);
        assertThat(t.followers()).isEqualTo(activity.at("/Follower/FansList").size()).isEqualTo(22);
        assertThat(t.blocked()).isEqualTo(userData.at("/App Settings/Block List/BlockList").size());
        assertThat(t.logins()).isEqualTo(activity.at("/Login History/LoginHistoryList").size()).isEqualTo(100);
        assertThat(t.shares()).isEqualTo(activity.at("/Share History/ShareHistoryList").size());
        assertThat(t.hashtagsUsed()).isEqualTo(activity.at("/Hashtag/HashtagList").size());
        assertThat(t.devices()).isEqualTo(activity.at("/Status/Status List").size());
        assertThat(t.comments()).isEqualTo(userData.at("/Comment/Comments/CommentsList").size())
                .isEqualTo(activity.at("/Activity Summary/ActivitySummaryMap/videosCommentedOnSinceAccountRegistration").asInt());
        JsonNode chats = userData.at("/Direct Message/Direct Messages/ChatHistory");
        assertThat(t.conversations()).isEqualTo(chats.size()).isEqualTo(2);
        int messages = 0;
        for (JsonNode conversation : chats) {
            messages += conversation.size();
        }
        assertThat(t.messages()).isEqualTo(messages).isEqualTo(110);
        assertThat(t.posts()).isEqualTo(userData.at("/Post/Posts/VideoList").size());
        assertThat(t.adInterests()).isEqualTo(
                userData.at("/Ads and data/Ad Interests/AdInterestCategories").asText().split(", ").length);
        assertThat(t.chosenInterests()).isEqualTo(
                userData.at("/App Settings/Settings/SettingsMap/Interests").asText().split("\\|").length);
        JsonNode offTikTok = userData.at("/Ads and data/Off TikTok Activity/OffTikTokActivityDataList");
        assertThat(t.offTikTokEvents()).isEqualTo(offTikTok.size()).isEqualTo(150);
        List<String> sources = new ArrayList<>();
        offTikTok.forEach(e -> {
            if (!sources.contains(e.get("Source").asText())) {
                sources.add(e.get("Source").asText());
            }
        });
        assertThat(t.offTikTokSources()).isEqualTo(sources.size());
        assertThat(t.orders()).isEqualTo(userData.at("/TikTok Shop/Order History/OrderHistories").size());
        assertThat(t.productViews()).isEqualTo(
                userData.at("/TikTok Shop/Product Browsing History/ProductBrowsingHistories").size());
        assertThat(userData.at("/Profile/Profile Info/ProfileMap/inferredGender").asText()).isEqualTo("Female");
    }

    @Test
    void tiktokTellsTheStoryWithinTheExportsTime() {
        for (JsonNode event : userData.at("/Ads and data/Off TikTok Activity/OffTikTokActivityDataList")) {
            Instant when = tiktokTime(event.get("TimeStamp"));
            String source = event.get("Source").asText();
            if (source.startsWith("Lunara")) {
                assertThat(when).as("the cycle tracker falls silent").isBefore(EXPECTING);
            } else if (source.startsWith("BabyBloom")) {
                assertThat(when).as("the pregnancy app starts").isAfter(EXPECTING);
            }
        }
        assertThat(userData.at("/Ads and data/Ad Interests/AdInterestCategories").asText()).contains("Pregnancy");
        assertThat(userData.at("/Profile/Autofill/ZipCode").asText()).isEqualTo("04229");
        for (JsonNode view : userData.at("/Your Activity/Watch History/VideoList")) {
            assertThat(tiktokTime(view.get("Date"))).isBefore(EXPORT);
            assertThat(view.get("Link").asText()).matches("https://www\\.tiktokv\\.com/share/video/7\\d{18}/");
        }
    }

    @Test
    void snapchatFactsMatchTheFiles() {
        SnapchatFacts s = facts.of(SnapchatFacts.class);
        JsonNode profile = snapchat.json("json/user_profile.json");
        assertThat(s.demographics()).isEqualTo(profile.get("Demographics").size()).isEqualTo(2);
        assertThat(s.interestCategories()).isEqualTo(profile.get("Interest Categories").size()).isEqualTo(40);
        assertThat(s.contentCategories()).isEqualTo(profile.get("Content Categories").size());
        assertThat(s.engagementEvents()).isEqualTo(profile.get("Engagement").size());
        assertThat(s.timeSpentParts()).isEqualTo(profile.get("Breakdown of Time Spent on App").size());
        assertThat(s.adsInteracted()).isEqualTo(profile.get("Ads You Interacted With").size());
        assertThat(s.discoverChannels()).isEqualTo(profile.get("Discover Channels Viewed").size());
        assertThat(s.webInteractions()).isEqualTo(profile.at("/Interactions/Web Interactions").size());
        JsonNode account = snapchat.json("json/account.json");
        assertThat(s.profileFacts()).isEqualTo(profile.get("App Profile").size() + account.get("Basic Information").size()
                + snapchat.json("json/ranking.json").get("Statistics").size());
        assertThat(s.devices()).isEqualTo(1 + account.get("Device History").size() + 1);
        assertThat(s.logins()).isEqualTo(account.get("Login History").size()).isEqualTo(60);
        JsonNode locations = snapchat.json("json/location_history.json");
        assertThat(s.frequentLocations()).isEqualTo(locations.get("Frequent Locations").size());
        assertThat(s.homeAndWork()).isEqualTo(locations.get("Home, School & Work").size());
        JsonNode positions = locations.get("Location History");
        assertThat(s.positions()).isEqualTo(positions.size()).isBetween(200, 400);
        assertThat(s.positionsAtWork()).isEqualTo(count(positions, p -> p.get("Latitude, Longitude").asText()
                .matches("51\\.330\\d ± .*, 12\\.38\\d\\d ± .*"))).isPositive();
        assertThat(s.latestLocations()).isEqualTo(locations.get("Latest Location").size());
        assertThat(s.areasVisited()).isEqualTo(locations.get("Areas you may have visited in the last two years").size());
        JsonNode friends = snapchat.json("json/friends.json");
        assertThat(s.friends()).isEqualTo(friends.get("Friends").size()).isEqualTo(24);
        assertThat(s.friendRequests()).isEqualTo(friends.get("Friend Requests Sent").size());
        assertThat(s.deletedFriends()).isEqualTo(friends.get("Deleted Friends").size());
        JsonNode chats = snapchat.json("json/chat_history.json");
        assertThat(s.conversations()).isEqualTo(chats.size());
        int messages = 0;
        for (JsonNode conversation : chats) {
            messages += conversation.size();
        }
        assertThat(s.chatMessages()).isEqualTo(messages).isEqualTo(150);
        int snaps = 0;
        for (JsonNode conversation : snapchat.json("json/snap_history.json")) {
            snaps += conversation.size();
        }
        assertThat(s.snaps()).isEqualTo(snaps).isEqualTo(250);
        assertThat(s.searches()).isEqualTo(snapchat.json("json/search_history.json").size());
        assertThat(s.memories()).isEqualTo(snapchat.json("json/memories_history.json").get("Saved Media").size());
        assertThat(s.stories()).isEqualTo(snapchat.json("json/story_history.json").get("Your Story Views").size());
    }

    @Test
    void snapchatKnowsHomeAndWorkAndSeesTheShiftsStop() {
        JsonNode locations = snapchat.json("json/location_history.json");
        assertThat(locations.at("/Home, School & Work/Home").asText()).startsWith("51.3310 ± ").contains(", 12.3350 ± ");
        assertThat(locations.at("/Home, School & Work/Work").asText()).startsWith("51.3305 ± ");
        Instant leave = Instant.parse("2024-02-23T23:00:00Z");
        for (JsonNode position : locations.get("Location History")) {
            Instant when = snapchatTime(position.get("Time"));
            assertThat(when).isBefore(EXPORT);
            if (!when.isBefore(leave)) {
                assertThat(position.get("Latitude, Longitude").asText()).as("no shifts in maternity leave")
                        .startsWith("51.33").doesNotContain(", 12.38");
            }
        }
        JsonNode friends = snapchat.json("json/friends.json").get("Friends");
        assertThat(friends.get(0).get("Username").asText()).isEqualTo("tomberger88");
        assertThat(friends.get(1).get("Username").asText()).isEqualTo("lenakoehler");
        assertThat(snapchat.json("json/user_profile.json").get("Interest Categories").toString())
                .contains("Expectant Parents", "Last 12 Months Buyers - Wiegenwelt Babymarkt");
    }
}
