package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Instagram export: two parts in the 2024+ layout, written the same every time, counted right. */
class InstagramDemoTest {
    private static final String PART_1 = "instagram-janakoehler-2024-03-12-part_1.zip";
    private static final String PART_2 = "instagram-janakoehler-2024-03-12-part_2.zip";
    private static final String THREAD = "your_instagram_activity/messages/inbox/[a-z0-9]+_\\d{16}/message_1\\.json";
    /** Midnight in Leipzig on the day she learned she was expecting. */
    private static final Instant EXPECTING = Instant.parse("2023-07-19T22:00:00Z");

    @TempDir
    static Path folder;
    private static List<Path> written;
    private static InstagramFacts facts;
    private static DemoArchives activity;
    private static DemoArchives rest;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        written = persona.writeTo(folder.resolve("demo"));
        facts = persona.facts().of(InstagramFacts.class);
        activity = DemoArchives.read(find(written, PART_1));
        rest = DemoArchives.read(find(written, PART_2));
    }

    private static Path find(List<Path> paths, String name) {
        return paths.stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " among " + paths));
    }

    @Test
    void writesTheTwoPartsAfterTheEarlierArchives() {
        List<String> names = written.stream().map(p -> p.getFileName().toString()).toList();
        assertThat(names.subList(0, 3)).containsExactly("facebook-janakoehler-2024-03-12-Xy7Kq2.zip",
                "my_spotify_data.zip", "spotify_extended_streaming_history.zip");
        assertThat(names.indexOf(PART_2)).isEqualTo(names.indexOf(PART_1) + 1);
        assertThat(folder.resolve("demo").toFile().list()).contains(PART_1, PART_2);
    }

    @Test
    void writingTwiceGivesByteIdenticalParts(@TempDir Path other) throws IOException {
        List<Path> again = DemoPersona.standard().writeTo(other);
        assertThat(Files.mismatch(find(written, PART_1), find(again, PART_1))).isEqualTo(-1L);
        assertThat(Files.mismatch(find(written, PART_2), find(again, PART_2))).isEqualTo(-1L);
    }

    @Test
    void thePartsAreSplitByTopFolderAsMetaSplitsLargeDownloads() {
        assertThat(topFolders(activity)).containsExactlyInAnyOrder("your_instagram_activity", "connections");
        assertThat(topFolders(rest)).containsExactlyInAnyOrder("personal_information", "ads_information",
                "apps_and_websites_off_of_instagram", "preferences", "logged_information",
                "security_and_login_information");
        Set<String> shared = new HashSet<>(activity.paths());
        shared.retainAll(rest.paths());
        assertThat(shared).isEmpty();
    }

    @Test
    void eachPartHoldsExactlyTheExpectedPaths() {
        List<String> threads = activity.paths().stream().filter(p -> p.matches(THREAD)).toList();
        assertThat(threads).hasSize(6).anyMatch(p -> p.contains("/inbox/tombergerlpz_"))
                .anyMatch(p -> p.contains("/inbox/lenakoehler_"));
        assertThat(activity.paths().stream().filter(p -> !p.matches(THREAD))).containsExactly(
                "your_instagram_activity/likes/liked_posts.json",
                "your_instagram_activity/comments/post_comments_1.json",
                "connections/followers_and_following/followers_1.json",
                "connections/followers_and_following/following.json");
        assertThat(rest.paths()).containsExactly(
                "personal_information/personal_information/personal_information.json",
                "personal_information/information_about_you/profile_based_in.json",
                "personal_information/information_about_you/locations_of_interest.json",
                "logged_information/recent_searches/profile_searches.json",
                "logged_information/recent_searches/word_or_phrase_searches.json",
                "security_and_login_information/login_and_profile_creation/last_known_location.json",
                "preferences/settings/comments_allowed_from.json",
                "preferences/your_topics/recommended_topics.json",
                "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json",
                "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json",
                "ads_information/ads_and_topics/ads_viewed.json",
                "ads_information/ads_and_topics/ads_clicked.json",
                "ads_information/ads_and_topics/videos_watched.json",
                "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json");
        assertThat(facts.firstPartFiles()).isEqualTo(activity.paths().size()).isEqualTo(10);
        assertThat(facts.secondPartFiles()).isEqualTo(rest.paths().size()).isEqualTo(14);
    }

    @Test
    void everyFileIsJsonInMetasStyleStampedWithTheExportDate() {
        for (DemoArchives zip : List.of(activity, rest)) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
                assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
                JsonNode root = e.json();
                assertThat(root.isObject() || root.isArray()).as(e.path()).isTrue();
                assertThat(e.text().chars().allMatch(c -> c < 0x80)).as(e.path() + " holds only ASCII").isTrue();
            }
        }
        String profile = rest.entry("personal_information/personal_information/personal_information.json").text();
        assertThat(profile).contains("\"value\": \"Jana K\\u00c3\\u00b6hler\"").contains("\"media_map_data\": {\n        \n      }");
        assertThat(DemoArchives.meta(rest.json("personal_information/personal_information/personal_information.json")
                .at("/profile_user/0/string_map_data/Name/value").asText())).isEqualTo("Jana Köhler");
    }

    @Test
    void factsMatchTheFiles() {
        assertThat(facts.topics()).isEqualTo(size(rest, "preferences/your_topics/recommended_topics.json",
                "topics_your_topics")).isEqualTo(48);
        assertThat(facts.audienceCategories()).isEqualTo(rest.json(
                "ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json")
                .at("/label_values/0/vec").size()).isEqualTo(10);
        JsonNode advertisers = rest.json(
                "ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json")
                .get("ig_custom_audiences_all_types");
        assertThat(facts.advertisers()).isEqualTo(advertisers.size()).isEqualTo(34);
        assertThat(facts.advertisersWithDataFile()).isEqualTo(countTrue(advertisers, "has_data_file_custom_audience"));
        assertThat(facts.advertisersWithRemarketing()).isEqualTo(countTrue(advertisers, "has_remarketing_custom_audience"));
        assertThat(facts.advertisersWithStoreVisit()).isEqualTo(countTrue(advertisers, "has_in_person_store_visit"))
                .isPositive();
        JsonNode locations = rest.json("personal_information/information_about_you/locations_of_interest.json")
                .get("label_values");
        assertThat(facts.locationsOfInterest()).isEqualTo(locations.get(0).get("vec").size()).isEqualTo(5);
        assertThat(locations.get(1).get("label").asText()).isEqualTo("Usage explanation");
        assertThat(facts.inferredLocations()).isEqualTo(5 + 1 + 1);

        JsonNode companies = rest.json(
                "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json")
                .get("apps_and_websites_off_meta_activity");
        int events = 0;
        for (JsonNode company : companies) {
            events += company.get("events").size();
        }
        assertThat(facts.offMetaCompanies()).isEqualTo(companies.size()).isEqualTo(18);
        assertThat(facts.offMetaEvents()).isEqualTo(events);

        JsonNode adsViewed = rest.json("ads_information/ads_and_topics/ads_viewed.json").get("impressions_history_ads_seen");
        assertThat(facts.adsViewed()).isEqualTo(adsViewed.size()).isEqualTo(500);
        long fromBabyShops = 0;
        for (JsonNode ad : adsViewed) {
            fromBabyShops += InstagramContent.BABY_ACCOUNTS.contains(ad.at("/string_map_data/Author/value").asText()) ? 1 : 0;
        }
        assertThat(facts.adsViewedFromBabyShops()).isEqualTo(fromBabyShops).isPositive();
        assertThat(facts.adsClicked()).isEqualTo(size(rest, "ads_information/ads_and_topics/ads_clicked.json",
                "impressions_history_ads_clicked")).isEqualTo(30);
        assertThat(facts.videosWatched()).isEqualTo(size(rest, "ads_information/ads_and_topics/videos_watched.json",
                "impressions_history_videos_watched")).isEqualTo(300);
        assertThat(facts.profileFacts()).isEqualTo(rest.json(
                "personal_information/personal_information/personal_information.json")
                .at("/profile_user/0/string_map_data").size()).isEqualTo(9);
        assertThat(facts.searches()).isEqualTo(
                size(rest, "logged_information/recent_searches/profile_searches.json", "searches_user")
                + size(rest, "logged_information/recent_searches/word_or_phrase_searches.json", "searches_keyword"))
                .isEqualTo(150);

        assertThat(facts.followers()).isEqualTo(activity.json("connections/followers_and_following/followers_1.json").size())
                .isEqualTo(170);
        assertThat(facts.following()).isEqualTo(size(activity, "connections/followers_and_following/following.json",
                "relationships_following")).isEqualTo(2 + 150 + 25 + 15);
        assertThat(facts.likes()).isEqualTo(size(activity, "your_instagram_activity/likes/liked_posts.json",
                "likes_media_likes")).isEqualTo(800);
        assertThat(facts.comments()).isEqualTo(activity.json("your_instagram_activity/comments/post_comments_1.json").size())
                .isEqualTo(120);
        int messages = activity.jsonMatching(THREAD).stream().mapToInt(t -> t.get("messages").size()).sum();
        assertThat(facts.messageThreads()).isEqualTo(activity.jsonMatching(THREAD).size()).isEqualTo(6);
        assertThat(facts.messages()).isEqualTo(messages).isEqualTo(1150);
    }

    @Test
    void messagesCarryLeipzigWallClockTimesAsInstagramWritesThem() {
        List<Integer> hours = new ArrayList<>();
        for (JsonNode thread : activity.jsonMatching(THREAD)) {
            for (JsonNode m : thread.get("messages")) {
                hours.add(Instant.ofEpochMilli(m.get("timestamp_ms").asLong()).atZone(ZoneOffset.UTC).getHour());
            }
        }
        // waking hours in Leipzig, 7:00 to 23:30, read as if UTC: nothing between midnight and seven
        assertThat(hours).hasSize(facts.messages()).allMatch(h -> h >= 7);
        JsonNode tom = activity.jsonMatching(THREAD).stream()
                .filter(t -> t.get("title").asText().equals("Tom Berger")).findFirst().orElseThrow();
        assertThat(tom.get("messages")).hasSize(600);
        assertThat(DemoArchives.meta(tom.at("/participants/1/name").asText())).isEqualTo("Jana Köhler");
    }

    @Test
    void theDataQuietlyTellsOfABabyDueInSpring() {
        for (JsonNode follow : activity.json("connections/followers_and_following/following.json").get("relationships_following")) {
            String account = follow.at("/string_list_data/0/value").asText();
            Instant since = Instant.ofEpochSecond(follow.at("/string_list_data/0/timestamp").asLong());
            if (InstagramContent.BABY_ACCOUNTS.contains(account)) {
                assertThat(since).as(account).isAfter(EXPECTING);
            }
        }
        for (JsonNode ad : rest.json("ads_information/ads_and_topics/ads_viewed.json").get("impressions_history_ads_seen")) {
            if (InstagramContent.BABY_ACCOUNTS.contains(ad.at("/string_map_data/Author/value").asText())) {
                assertThat(Instant.ofEpochSecond(ad.at("/string_map_data/Time/timestamp").asLong())).isAfter(EXPECTING);
            }
        }
        Set<String> expectingSearches = FacebookContent.EXPECTING_SEARCHES.stream()
                .map(s -> s.toLowerCase(java.util.Locale.GERMAN)).collect(Collectors.toSet());
        int babySearches = 0;
        for (JsonNode search : rest.json("logged_information/recent_searches/word_or_phrase_searches.json").get("searches_keyword")) {
            if (expectingSearches.contains(DemoArchives.meta(search.at("/string_map_data/Search/value").asText()))) {
                babySearches++;
                assertThat(Instant.ofEpochSecond(search.at("/string_map_data/Time/timestamp").asLong())).isAfter(EXPECTING);
            }
        }
        assertThat(babySearches).isPositive();
        for (JsonNode company : rest.json(
                "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json")
                .get("apps_and_websites_off_meta_activity")) {
            String name = DemoArchives.meta(company.get("name").asText());
            for (JsonNode event : company.get("events")) {
                Instant when = Instant.ofEpochSecond(event.get("timestamp").asLong());
                if (name.startsWith("Lunara")) {
                    assertThat(when).isBefore(EXPECTING);
                } else if (name.startsWith("BabyBloom")) {
                    assertThat(when).isAfter(EXPECTING);
                }
            }
        }
        assertThat(DemoArchives.meta(rest.json("personal_information/information_about_you/profile_based_in.json")
                .at("/inferred_data_primary_location/0/string_map_data/City Name/value").asText())).isEqualTo("Leipzig");
    }

    private static Set<String> topFolders(DemoArchives zip) {
        return zip.paths().stream().map(p -> p.substring(0, p.indexOf('/'))).collect(Collectors.toSet());
    }

    private static int size(DemoArchives zip, String path, String key) {
        return zip.json(path).get(key).size();
    }

    private static int countTrue(JsonNode list, String flag) {
        int n = 0;
        for (JsonNode element : list) {
            n += element.get(flag).asBoolean() ? 1 : 0;
        }
        return n;
    }
}
