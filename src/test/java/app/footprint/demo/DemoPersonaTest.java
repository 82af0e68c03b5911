package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoPersonaTest {
    private static final String FACEBOOK_ZIP = "facebook-janakoehler-2024-03-12-Xy7Kq2.zip";
    private static final String ACCOUNT_ZIP = "my_spotify_data.zip";
    private static final String HISTORY_ZIP = "spotify_extended_streaming_history.zip";
    private static final String THREAD = "your_facebook_activity/messages/inbox/[a-z0-9]+_\\d{16}/message_(\\d)\\.json";
    private static final String PHOTO = "your_facebook_activity/posts/media/MobileUploads_\\d{17}/\\d{15}\\.jpg";

    @TempDir
    static Path folder;
    private static List<Path> written;
    private static DemoFacts facts;
    private static DemoArchives facebook;
    private static DemoArchives account;
    private static DemoArchives history;
    private static List<JsonNode> extendedPlays;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        written = persona.writeTo(folder.resolve("demo"));
        facts = persona.facts();
        facebook = DemoArchives.read(written.get(0));
        account = DemoArchives.read(written.get(1));
        history = DemoArchives.read(written.get(2));
    }

    @Test
    void writesTheThreeZipsUnderTheirExportNames() {
        // later services' archives are appended after these three
        assertThat(written.subList(0, 3)).extracting(p -> p.getFileName().toString())
                .containsExactly(FACEBOOK_ZIP, ACCOUNT_ZIP, HISTORY_ZIP);
        assertThat(written).allMatch(Files::isRegularFile);
        assertThat(folder.resolve("demo").toFile().list()).containsExactlyInAnyOrderElementsOf(names(written));
    }

    @Test
    void writingTwiceGivesByteIdenticalZips(@TempDir Path other) throws IOException {
        List<Path> again = DemoPersona.standard().writeTo(other);
        for (int i = 0; i < 3; i++) {
            assertThat(Files.mismatch(written.get(i), again.get(i))).as(again.get(i).toString()).isEqualTo(-1L);
        }
        // Writing over an earlier copy replaces it, leaving no partial file behind.
        DemoPersona.standard().writeTo(other);
        assertThat(other.toFile().list()).containsExactlyInAnyOrderElementsOf(names(written));
        assertThat(Files.mismatch(written.get(0), other.resolve(FACEBOOK_ZIP))).isEqualTo(-1L);
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }

    @Test
    void aDryRunCountsWhatWritingCounts() {
        assertThat(new DemoPersona().facts()).isEqualTo(facts);
    }

    @Test
    void introducesJana() {
        DemoPersona persona = DemoPersona.standard();
        assertThat(persona.displayName()).isEqualTo("Jana Köhler");
        long sentences = persona.description().chars().filter(c -> c == '.').count();
        assertThat(sentences).isBetween(2L, 3L);
        assertThat(persona.description()).contains("invented");
    }

    @Test
    void theFacebookZipHoldsExactlyTheExpectedPaths() {
        List<String> fixed = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        List<String> photos = new ArrayList<>();
        for (String path : facebook.paths()) {
            if (path.matches(THREAD)) {
                threads.add(path);
            } else if (path.matches(PHOTO)) {
                photos.add(path);
            } else {
                fixed.add(path);
            }
        }
        assertThat(fixed).containsExactlyInAnyOrder(
                "personal_information/profile_information/profile_information.json",
                "connections/friends/your_friends.json",
                "connections/friends/sent_friend_requests.json",
                "connections/friends/received_friend_requests.json",
                "connections/friends/rejected_friend_requests.json",
                "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json",
                "logged_information/search/your_search_history.json",
                "security_and_login_information/ip_address_activity.json",
                "security_and_login_information/logins_and_logouts.json",
                "security_and_login_information/where_you're_logged_in.json",
                "security_and_login_information/recognized_devices.json",
                "ads_information/ad_preferences.json",
                "ads_information/advertisers_using_your_activity_or_information.json",
                "ads_information/advertisers_you've_interacted_with.json",
                "ads_information/other_categories_used_to_reach_you.json",
                "logged_information/other_logged_information/ads_interests.json",
                "logged_information/your_topics/your_topics.json",
                "logged_information/location/primary_location.json",
                "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json",
                "preferences/preferences/language_and_locale.json",
                "preferences/preferences/dark_mode_settings.json");
        assertThat(threads).hasSize(26);
        assertThat(threads.stream().filter(p -> p.endsWith("/message_2.json")))
                .singleElement().asString().startsWith("your_facebook_activity/messages/inbox/tomberger_");
        assertThat(threads).contains(threads.stream().filter(p -> p.endsWith("/message_2.json")).findFirst()
                .orElseThrow().replace("message_2", "message_1"));
        assertThat(photos).hasSize(facts.facebook().photos()).isNotEmpty();
    }

    @Test
    void theSpotifyZipsHoldExactlyTheExpectedPaths() {
        assertThat(account.paths()).containsExactly(
                "my_spotify_data/Follow.json",
                "my_spotify_data/Identifiers.json",
                "my_spotify_data/Inferences.json",
                "my_spotify_data/Marquee.json",
                "my_spotify_data/Playlist1.json",
                "my_spotify_data/Read_Me_First.pdf",
                "my_spotify_data/SearchQueries.json",
                "my_spotify_data/StreamingHistory_music_0.json",
                "my_spotify_data/StreamingHistory_music_1.json",
                "my_spotify_data/StreamingHistory_podcast_0.json",
                "my_spotify_data/Userdata.json",
                "my_spotify_data/YourLibrary.json");
        assertThat(history.paths()).containsExactly(
                "Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf",
                "Spotify Extended Streaming History/Streaming_History_Audio_2016-2020_0.json",
                "Spotify Extended Streaming History/Streaming_History_Audio_2020-2024_1.json");
    }

    @Test
    void everyEntryIsStampedWithTheExportDateAndCompressesWithinImportLimits() {
        for (DemoArchives zip : List.of(facebook, account, history)) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
                // Footprint's archive limits stop reading above 100:1, a sign of a zip bomb.
                assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
            }
        }
    }

    @Test
    void everyJsonFileParses() {
        int files = 0;
        for (DemoArchives zip : List.of(facebook, account, history)) {
            for (DemoArchives.Entry e : zip.entries()) {
                if (e.path().endsWith(".json")) {
                    JsonNode root = e.json();
                    assertThat(root.isObject() || root.isArray()).as(e.path()).isTrue();
                    files++;
                }
            }
        }
        assertThat(files).isEqualTo(21 + 26 + 11 + 2);
    }

    @Test
    void facebookWritesEveryTextByteAsItsOwnEscapeLikeMeta() {
        String profile = facebook.entry("personal_information/profile_information/profile_information.json").text();
        assertThat(profile).contains("\"full_name\": \"Jana K\\u00c3\\u00b6hler\"");
        assertThat(DemoArchives.meta(facebook.json("personal_information/profile_information/profile_information.json")
                .at("/profile_v2/name/full_name").asText())).isEqualTo("Jana Köhler");
        // An emoji is four escaped bytes; "ß" two.
        String tom = facebook.entry(facebook.paths().stream().filter(p -> p.contains("/tomberger_")
                && p.endsWith("message_1.json")).findFirst().orElseThrow()).text();
        assertThat(tom).contains("\\u00f0\\u009f").contains("\\u00c3\\u009f");
        for (DemoArchives.Entry e : facebook.entries()) {
            if (e.path().endsWith(".json")) {
                assertThat(e.text().chars().allMatch(c -> c < 0x80)).as(e.path() + " holds only ASCII").isTrue();
                assertThat(e.text()).as(e.path()).doesNotContain("\\u00C").doesNotContain("\\u00F");
            }
        }
    }

    @Test
    void spotifyWritesRawUtf8WithoutMetaEscapes() {
        for (DemoArchives zip : List.of(account, history)) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.text()).as(e.path()).doesNotContain("\\u");
            }
        }
        assertThat(account.entry("my_spotify_data/Marquee.json").text()).contains("\"Die Möwen\"");
        assertThat(account.entry("my_spotify_data/Playlist1.json").text()).contains("\"Schlaflieder 🌙\"");
    }

    @Test
    void eachFileIsFormattedTheWayItsCompanyFormatsIt() {
        String preferences = facebook.entry("ads_information/ad_preferences.json").text();
        assertThat(preferences).startsWith("{\n  \"media\": [\n    \n  ],\n  \"label_values\": [\n    {\n");
        assertThat(preferences).endsWith("\n}").doesNotContain("\" : ");
        String music = account.entry("my_spotify_data/StreamingHistory_music_0.json").text();
        assertThat(music).startsWith("[\n  {\n    \"endTime\" : \"").endsWith("\n  }\n]");
        assertThat(account.entry("my_spotify_data/SearchQueries.json").text())
                .contains("\"searchInteractionURIs\" : [ ]");
        String inferences = account.entry("my_spotify_data/Inferences.json").text();
        assertThat(inferences).startsWith("{\n  \"inferences\": [\n    \"1P_").contains("\n\t\"3P_").endsWith("\n  ]\n}\n");
        assertThat(account.entry("my_spotify_data/Userdata.json").text()).contains("\"facebookUid\": null,").endsWith("}\n");
        assertThat(account.entry("my_spotify_data/YourLibrary.json").text()).contains("\"bannedTracks\": [\n  ],");
        assertThat(history.entry("Spotify Extended Streaming History/Streaming_History_Audio_2016-2020_0.json").text())
                .startsWith("[\n  {\n    \"ts\": \"2016-02-");
    }

    @Test
    void facebookFactsMatchTheFiles() {
        DemoFacts.Facebook f = facts.facebook();
        JsonNode interests = facebook.json("logged_information/other_logged_information/ads_interests.json")
                .get("topics_v2");
        Set<String> distinct = new HashSet<>();
        interests.forEach(i -> distinct.add(DemoArchives.meta(i.asText())));
        assertThat(f.adInterestEntries()).isEqualTo(interests.size()).isEqualTo(180);
        assertThat(f.distinctAdInterests()).isEqualTo(distinct.size()).isEqualTo(177);
        assertThat(f.audienceCategories()).isEqualTo(
                facebook.json("ads_information/other_categories_used_to_reach_you.json").get("bcts").size()).isEqualTo(14);

        JsonNode advertisers = facebook.json("ads_information/advertisers_using_your_activity_or_information.json")
                .get("custom_audiences_all_types_v2");
        assertThat(f.advertisers()).isEqualTo(advertisers.size()).isEqualTo(60);
        assertThat(f.advertisersWithDataFile()).isEqualTo(countTrue(advertisers, "has_data_file_custom_audience"));
        assertThat(f.advertisersWithRemarketing()).isEqualTo(countTrue(advertisers, "has_remarketing_custom_audience"));
        assertThat(f.advertisersWithStoreVisit()).isEqualTo(countTrue(advertisers, "has_in_person_store_visit"));
        assertThat(f.advertisersWithStoreVisit()).isPositive().isLessThan(f.advertisersWithDataFile());

        JsonNode settings = facebook.json("ads_information/ad_preferences.json").get("label_values");
        assertThat(f.adSettings()).isEqualTo(settings.size());
        assertThat(f.addedInterests()).isEqualTo(vecSize(settings, "Added interests")).isEqualTo(2);
        assertThat(f.removedInterests()).isEqualTo(vecSize(settings, "Removed interests")).isEqualTo(3);
        assertThat(f.adInteractions()).isEqualTo(
                facebook.json("ads_information/advertisers_you've_interacted_with.json").get("history_v2").size())
                .isEqualTo(40);
        assertThat(f.topics()).isEqualTo(
                facebook.json("logged_information/your_topics/your_topics.json").get("inferred_topics_v2").size())
                .isEqualTo(25);

        JsonNode companies = facebook.json("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json")
                .get("off_facebook_activity_v2");
        int events = 0;
        for (JsonNode company : companies) {
            events += company.get("events").size();
        }
        assertThat(f.offMetaCompanies()).isEqualTo(companies.size()).isEqualTo(18);
        assertThat(f.offMetaEvents()).isEqualTo(events).isEqualTo(600);

        assertThat(f.profileFacts()).isEqualTo(profileFacts(
                facebook.json("personal_information/profile_information/profile_information.json").get("profile_v2")));
        assertThat(f.friends()).isEqualTo(size("connections/friends/your_friends.json", "friends_v2")).isEqualTo(230);
        assertThat(f.sentFriendRequests()).isEqualTo(size("connections/friends/sent_friend_requests.json", "sent_requests_v2"));
        assertThat(f.receivedFriendRequests()).isEqualTo(
                size("connections/friends/received_friend_requests.json", "received_requests_v2"));
        assertThat(f.rejectedFriendRequests()).isEqualTo(
                size("connections/friends/rejected_friend_requests.json", "rejected_requests_v2"));
        assertThat(f.friendRequests()).isEqualTo(37);

        JsonNode posts = facebook.json("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json");
        assertThat(f.posts()).isEqualTo(posts.size()).isEqualTo(120);
        List<String> photoUris = posts.findValuesAsText("uri");
        assertThat(photoUris).hasSize(f.photos()).allMatch(uri -> facebook.paths().contains(uri));
        assertThat(f.searches()).isEqualTo(size("logged_information/search/your_search_history.json", "searches_v2"))
                .isEqualTo(300);

        assertThat(f.ipAddressRecords()).isEqualTo(
                size("security_and_login_information/ip_address_activity.json", "used_ip_address_v2"));
        assertThat(f.loginsAndLogouts()).isEqualTo(
                size("security_and_login_information/logins_and_logouts.json", "account_accesses_v2"));
        assertThat(f.activeSessions()).isEqualTo(
                size("security_and_login_information/where_you're_logged_in.json", "active_sessions_v2"));
        assertThat(f.recognizedDevices()).isEqualTo(
                size("security_and_login_information/recognized_devices.json", "recognized_devices_v2"));
        assertThat(f.loginRecords()).isEqualTo(550);

        Set<String> threadFolders = new HashSet<>();
        int messages = 0;
        Pattern thread = Pattern.compile(THREAD);
        for (String path : facebook.paths()) {
            Matcher m = thread.matcher(path);
            if (m.matches()) {
                threadFolders.add(path.substring(0, path.lastIndexOf('/')));
                JsonNode file = facebook.json(path);
                messages += file.get("messages").size();
                assertThat(path).contains(file.get("thread_path").asText() + "/");
            }
        }
        assertThat(f.messageThreads()).isEqualTo(threadFolders.size()).isEqualTo(25);
        assertThat(f.messages()).isEqualTo(messages).isEqualTo(6000);
    }

    @Test
    void spotifyFactsMatchTheFiles() {
        DemoFacts.Spotify s = facts.spotify();
        JsonNode inferences = account.json("my_spotify_data/Inferences.json").get("inferences");
        int first = 0;
        int third = 0;
        for (JsonNode i : inferences) {
            first += i.asText().startsWith("1P_") ? 1 : 0;
            third += i.asText().startsWith("3P_") ? 1 : 0;
        }
        assertThat(s.inferences()).isEqualTo(inferences.size()).isEqualTo(120);
        assertThat(s.firstPartyInferences()).isEqualTo(first);
        assertThat(s.thirdPartyInferences()).isEqualTo(third);
        assertThat(s.unprefixedInferences()).isEqualTo(inferences.size() - first - third).isPositive();
        assertThat(s.marqueeEntries()).isEqualTo(account.json("my_spotify_data/Marquee.json").size()).isEqualTo(20);

        int music = account.jsonMatching("my_spotify_data/StreamingHistory_music_\\d+\\.json").stream()
                .mapToInt(JsonNode::size).sum();
        assertThat(s.musicPlays()).isEqualTo(music).isEqualTo(8000);
        assertThat(s.podcastPlays()).isEqualTo(account.json("my_spotify_data/StreamingHistory_podcast_0.json").size())
                .isEqualTo(600);
        assertThat(s.searches()).isEqualTo(account.json("my_spotify_data/SearchQueries.json").size()).isEqualTo(120);

        JsonNode library = account.json("my_spotify_data/YourLibrary.json");
        int items = Stream.of("tracks", "albums", "shows", "episodes", "artists").mapToInt(k -> library.get(k).size()).sum();
        assertThat(s.libraryItems()).isEqualTo(items);
        JsonNode playlists = account.json("my_spotify_data/Playlist1.json").get("playlists");
        int playlistItems = 0;
        for (JsonNode p : playlists) {
            playlistItems += p.get("items").size();
        }
        assertThat(s.playlists()).isEqualTo(playlists.size()).isEqualTo(6);
        assertThat(s.playlistItems()).isEqualTo(playlistItems);

        List<JsonNode> plays = extendedPlays();
        assertThat(s.extendedPlays()).isEqualTo(plays.size()).isEqualTo(16000);
        assertThat(s.extendedEpisodePlays()).isEqualTo(
                (int) plays.stream().filter(p -> !p.get("spotify_episode_uri").isNull()).count()).isPositive();
    }

    @Test
    void theAccountDataHoldsTheLastYearOfTheExtendedHistory() {
        // The last year starts at midnight in Leipzig, 2023-03-12, which is 23:00 UTC the day before.
        Instant lastYear = Instant.parse("2023-03-11T23:00:00Z");
        long music = extendedPlays().stream()
                .filter(p -> !p.get("spotify_track_uri").isNull() && !Instant.parse(p.get("ts").asText()).isBefore(lastYear))
                .count();
        long episodes = extendedPlays().stream()
                .filter(p -> !p.get("spotify_episode_uri").isNull() && !Instant.parse(p.get("ts").asText()).isBefore(lastYear))
                .count();
        assertThat(music).isEqualTo(facts.spotify().musicPlays());
        assertThat(episodes).isEqualTo(facts.spotify().podcastPlays());
        JsonNode firstPlay = account.json("my_spotify_data/StreamingHistory_music_0.json").get(0);
        JsonNode sameInHistory = extendedPlays().stream()
                .filter(p -> !p.get("spotify_track_uri").isNull() && !Instant.parse(p.get("ts").asText()).isBefore(lastYear))
                .findFirst().orElseThrow();
        assertThat(firstPlay.get("trackName").asText()).isEqualTo(sameInHistory.get("master_metadata_track_name").asText());
        assertThat(firstPlay.get("msPlayed").asInt()).isEqualTo(sameInHistory.get("ms_played").asInt());
        assertThat(sameInHistory.get("ts").asText()).startsWith(firstPlay.get("endTime").asText().replace(' ', 'T'));
    }

    @Test
    void everyFacebookTimeLiesBetweenHerSchoolDaysAndTheExport() {
        long earliest = Instant.parse("2009-01-01T00:00:00Z").getEpochSecond();
        long export = Instant.parse("2024-03-12T08:41:22Z").getEpochSecond();
        int checked = 0;
        for (DemoArchives.Entry e : facebook.entries()) {
            if (e.path().endsWith(".json")) {
                List<Long> times = new ArrayList<>();
                collectTimes(e.json(), null, times);
                for (long t : times) {
                    assertThat(t).as(e.path()).isBetween(earliest, export);
                }
                checked += times.size();
            }
        }
        DemoFacts.Facebook f = facts.facebook();
        assertThat(checked).isGreaterThan(f.messages() + f.searches() + f.friends() + f.offMetaEvents()
                + f.loginRecords() + f.posts());
    }

    @Test
    void theDataQuietlyTellsOfABabyDueInSpring() {
        Instant known = Instant.parse("2023-07-19T22:00:00Z");
        JsonNode companies = facebook.json("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json")
                .get("off_facebook_activity_v2");
        for (JsonNode company : companies) {
            String name = DemoArchives.meta(company.get("name").asText());
            for (JsonNode event : company.get("events")) {
                Instant when = Instant.ofEpochSecond(event.get("timestamp").asLong());
                if (name.startsWith("Lunara")) {
                    assertThat(when).as("the cycle tracker falls silent").isBefore(known);
                } else if (name.startsWith("BabyBloom")) {
                    assertThat(when).as("the pregnancy app starts").isAfter(known);
                }
            }
        }
        for (JsonNode search : facebook.json("logged_information/search/your_search_history.json").get("searches_v2")) {
            String query = DemoArchives.meta(search.at("/data/0/text").asText());
            if (FacebookContent.EXPECTING_SEARCHES.contains(query)) {
                assertThat(Instant.ofEpochSecond(search.get("timestamp").asLong())).as(query).isAfter(known);
            }
            assertThat(DemoArchives.meta(search.at("/attachments/0/data/0/text").asText())).isEqualTo("\"" + query + "\"");
        }
        for (JsonNode click : facebook.json("ads_information/advertisers_you've_interacted_with.json").get("history_v2")) {
            if (FacebookContent.BABY_SHOPS.contains(DemoArchives.meta(click.get("title").asText()))) {
                assertThat(Instant.ofEpochSecond(click.get("timestamp").asLong())).isAfter(known);
            }
        }
        assertThat(facebook.entry("logged_information/other_logged_information/ads_interests.json").text())
                .contains("\"Pregnancy\"", "\"Strollers\"");
        assertThat(facebook.entry("ads_information/other_categories_used_to_reach_you.json").text())
                .contains("\"Expectant parents\"");
        assertThat(account.entry("my_spotify_data/Inferences.json").text())
                .contains("\"3P_Expectant Parents_DE\"", "\"1P_Custom_Parenting_Podcast_Listeners\"");
        assertThat(account.json("my_spotify_data/Marquee.json").findValuesAsText("artistName"))
                .contains("Spieluhr Ensemble");
    }

    @Test
    void bothCompaniesSawTheSameTripToLisbon() {
        Instant arrived = Instant.parse("2019-05-17T22:00:00Z");
        Instant left = Instant.parse("2019-05-24T22:00:00Z");
        List<Instant> playsInPortugal = extendedPlays().stream().filter(p -> p.get("conn_country").asText().equals("PT"))
                .map(p -> Instant.parse(p.get("ts").asText())).toList();
        assertThat(playsInPortugal).isNotEmpty().allMatch(t -> t.isAfter(arrived) && t.isBefore(left));
        JsonNode posts = facebook.json("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json");
        List<Instant> lisbonPosts = new ArrayList<>();
        for (JsonNode post : posts) {
            if (DemoArchives.meta(post.get("title").asText()).equals("Jana Köhler was at Praça do Comércio.")) {
                lisbonPosts.add(Instant.ofEpochSecond(post.get("timestamp").asLong()));
            }
        }
        assertThat(lisbonPosts).singleElement().matches(t -> t.isAfter(arrived) && t.isBefore(left));
    }

    private static List<JsonNode> extendedPlays() {
        if (extendedPlays == null) {
            List<JsonNode> plays = new ArrayList<>();
            history.jsonMatching(".*/Streaming_History_Audio_.*\\.json").forEach(file -> file.forEach(plays::add));
            extendedPlays = plays;
        }
        return extendedPlays;
    }

    private int size(String path, String root) {
        return facebook.json(path).get(root).size();
    }

    private static int countTrue(JsonNode records, String field) {
        int count = 0;
        for (JsonNode r : records) {
            count += r.get(field).asBoolean() ? 1 : 0;
        }
        return count;
    }

    private static int vecSize(JsonNode labelValues, String label) {
        for (JsonNode entry : labelValues) {
            if (entry.get("label").asText().equals(label)) {
                return entry.get("vec").size();
            }
        }
        throw new AssertionError("no setting labelled " + label);
    }

    /** The definition in {@link DemoFacts.Facebook#profileFacts()}, applied to the file. */
    private static int profileFacts(JsonNode profile) {
        int facts = 0;
        for (String section : List.of("name", "birthday", "gender", "current_city", "hometown", "relationship")) {
            facts += profile.has(section) ? 1 : 0;
        }
        facts += profile.at("/emails/emails").size() + profile.at("/emails/previous_emails").size();
        for (String list : List.of("phone_numbers", "family_members", "education_experiences", "work_experiences",
                "websites", "previous_names")) {
            facts += profile.get(list).size();
        }
        return facts;
    }

    /** Every number stored under a field that holds a time, in seconds (message times are milliseconds). */
    private static void collectTimes(JsonNode node, String field, List<Long> times) {
        if (node.isObject()) {
            node.properties().forEach(f -> collectTimes(f.getValue(), f.getKey(), times));
        } else if (node.isArray()) {
            node.forEach(n -> collectTimes(n, field, times));
        } else if (node.isNumber() && field != null) {
            if (field.equals("timestamp_ms")) {
                times.add(node.asLong() / 1000);
            } else if (field.contains("timestamp") || field.equals("creation_time")) {
                times.add(node.asLong());
            }
        }
    }
}
