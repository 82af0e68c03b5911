package app.footprint.importers.snapchat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Snapchat's JSON files, built from the field lists of FORMATS.md section 12 and public parsers (no real
 * export is at hand; see each parser for what is documented and what is guessed).
 */
class SnapchatParsersTest {
    private static final SnapchatImporter IMPORTER = new SnapchatImporter();

    private static ParserRun run(String name, String json) throws IOException {
        String path = "mydata~1710230482/json/" + name;
        FileParser parser = IMPORTER.parserFor(path).orElseThrow(() -> new AssertionError("no parser for " + path));
        return ParserRun.of(parser, path, json);
    }

    @Test
    void userProfileStatesAgeGenderInterestsAndTopics() throws IOException {
        ParserRun run = run("user_profile.json", """
                {"App Profile": {"Country": "DE", "Creation Time": "2016-05-03 18:22:10 UTC",
                   "Account Creation Country": "DE", "Platform Version": "Android 14", "In-app Language": "de"},
                 "Demographics": {"Cohort Age": "AGE_25_TO_34", "Derived Ad Demographic": "FEMALE"},
                 "Subscriptions": [],
                 "Engagement": [{"Event": "Snap Sends", "Occurrences": 1042}, {"Event": "Chats Sent", "Occurrences": "88"}],
                 "Discover Channels Viewed": ["Leipziger Zeitung"],
                 "Breakdown of Time Spent on App": ["Camera: 23.06%", "Chat: 40.1%"],
                 "Ads You Interacted With": [{"Advertiser Name": "Wiegenwelt", "Date": "2023-09-01 10:00:00 UTC"}],
                 "Interest Categories": ["Parenting & Family", "Last 12 Months Buyers - Babymarkt", "Runners"],
                 "Content Categories": ["Health", {"Name": "Music", "Weight": "0.4"}],
                 "Geographic Information": [],
                 "Interactions": {"Web Interactions": ["wiegenwelt.de"], "App Interactions": []},
                 "Off-Platform Sharing": [],
                 "Mobile Ad Id": "1b2c3d4e-0000-4000-8000-000000000000"}""");

        assertThat(run.sink.inferences(InferenceKind.DEMOGRAPHIC)).extracting(StatedInference::value,
                i -> i.attributes().get("field")).containsExactly(tuple("AGE_25_TO_34", "Cohort Age"),
                tuple("FEMALE", "Derived Ad Demographic"));
        assertThat(run.sink.values(InferenceKind.AD_INTEREST))
                .containsExactly("Parenting & Family", "Last 12 Months Buyers - Babymarkt", "Runners");
        assertThat(run.sink.values(InferenceKind.TOPIC)).containsExactly("Health", "Music");
        assertThat(run.sink.inferences(InferenceKind.TOPIC).get(1).attributes()).isEqualTo(Map.of("Weight", "0.4"));
        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title).containsExactly("Country: DE",
                "Creation Time: 2016-05-03 18:22:10 UTC", "Account Creation Country: DE",
                "Platform Version: Android 14", "In-app Language: de");
        assertThat(run.sink.items(Category.PROFILE).get(1).at()).isEqualTo(Instant.parse("2016-05-03T18:22:10Z"));
        assertThat(run.facts.language()).isEqualTo("de");
        assertThat(run.sink.items(Category.ACTIVITY)).extracting(Item::title).containsExactly("Snap Sends: 1042",
                "Chats Sent: 88", "Time spent: Camera: 23.06%", "Time spent: Chat: 40.1%");
        assertThat(run.sink.items(Category.AD_INTERACTIONS)).singleElement().satisfies(ad -> {
            assertThat(ad.title()).isEqualTo("Wiegenwelt");
            assertThat(ad.at()).isEqualTo(Instant.parse("2023-09-01T10:00:00Z"));
        });
        assertThat(run.sink.items(Category.WATCHING)).extracting(Item::title).containsExactly("Leipziger Zeitung");
        assertThat(run.sink.items(Category.OFF_SITE_ACTIVITY)).singleElement().satisfies(site -> {
            assertThat(site.title()).isEqualTo("wiegenwelt.de");
            assertThat(site.attributes()).containsEntry("kind", "website");
        });
        assertThat(run.sink.items(Category.DEVICES)).extracting(Item::title)
                .containsExactly("Mobile advertising ID: 1b2c3d4e-0000-4000-8000-000000000000");
        assertThat(run.sink.items).hasSize(13);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void locationHistoryInfersFrequentPlacesHomeAndWork() throws IOException {
        ParserRun run = run("location_history.json", """
                {"Frequent Locations": [{"City": "Leipzig", "Country": "DE", "Region": "Sachsen"},
                                        {"City": "Chemnitz", "Country": "DE", "Region": "Sachsen"}],
                 "Latest Location": [{"City": "Leipzig", "Country": "DE", "Region": "Sachsen"}],
                 "Home, School & Work": {"Home": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters",
                                         "Work": "51.3305 ± 15.0 meters, 12.3870 ± 15.0 meters"},
                 "Daily Top Locations": [],
                 "Location History": [{"Time": "2024-03-01 07:10:00 UTC",
                                       "Latitude, Longitude": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters"}],
                 "Areas you may have visited in the last two years": [{"Time": "2023-08-01 10:00:00 UTC",
                   "City": "Markkleeberg", "Region": "Sachsen", "Postal Code": "04416"}],
                 "Businesses and places you may have visited": {"a1B2c3D4e5F6g7H8i9J0kL": [
                   {"Name": "Café Kaffeesatz", "Category": "Cafe", "Date": "2023-06-01"}]},
                 "Actiomoji information from places you may have visited": [{"Place": "x"}]}""");

        List<StatedInference> inferred = run.sink.inferences(InferenceKind.INFERRED_LOCATION);
        assertThat(inferred).extracting(StatedInference::value).containsExactly("Leipzig, Sachsen, DE",
                "Chemnitz, Sachsen, DE", "Home: 51.3327, 12.3379", "Work: 51.3305, 12.387");
        assertThat(inferred.get(2).attributes()).containsEntry("kind", "home").containsEntry("latitude", "51.3327")
                .containsEntry("longitude", "12.3379").containsEntry("accuracy_meters", "20.12");
        List<Item> locations = run.sink.items(Category.LOCATIONS);
        assertThat(locations).extracting(Item::title).containsExactly("Leipzig, Sachsen, DE", "51.3327, 12.3379",
                "Markkleeberg, Sachsen, 04416", "Café Kaffeesatz");
        assertThat(locations.get(1).at()).isEqualTo(Instant.parse("2024-03-01T07:10:00Z"));
        assertThat(locations.get(3).attributes()).containsEntry("group", "a1B2c3D4e5F6g7H8i9J0kL");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void theOlderLocationLayout() throws IOException {
        ParserRun run = run("location_history.json", """
                {"Home & Work": {"Home": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters"},
                 "Locations You Have Visited": [{"Time": "2020-03-01 07:10:00 UTC",
                   "Latitude, Longitude": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters"}],
                 "Daily Top Locations": [[{"2020-03-01": "51.3327 ± 20.12 meters, 12.3379 ± 20.12 meters"}]]}""");

        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("Home: 51.3327, 12.3379");
        assertThat(run.sink.items(Category.LOCATIONS)).extracting(Item::title, Item::at).containsExactly(
                tuple("51.3327, 12.3379", Instant.parse("2020-03-01T07:10:00Z")),
                tuple("51.3327, 12.3379", Instant.parse("2020-03-01T00:00:00Z")));
    }

    @Test
    void chatsKeyedByConversationAndByDirection() throws IOException {
        ParserRun newer = run("chat_history.json", """
                {"tom.berger": [
                   {"From": "tom.berger", "Media Type": "TEXT", "Created": "2024-01-02 20:00:00 UTC", "Content": "Kino?",
                    "Conversation Title": null, "IsSender": false, "Created(microseconds)": 1704225600000000,
                    "IsSaved": true, "Media IDs": ""},
                   {"From": "jana.k", "Media Type": "MEDIA", "Created": "2024-01-02 20:01:00 UTC", "Content": null,
                    "Conversation Title": null, "IsSender": true, "Created(microseconds)": 1704225660000000,
                    "IsSaved": true, "Media IDs": "b~abc"}],
                 "7f3e0c1a-group": [{"From": "lena.k", "Media Type": "TEXT", "Created": "2024-01-05 09:00:00 UTC",
                    "Content": "Frühstück?", "Conversation Title": "Familie", "IsSender": false}]}""");
        ParserRun older = run("chat_history.json", """
                {"Received Saved Chat History": [{"From": "tom.berger", "Media Type": "TEXT",
                   "Created": "2020-07-22 19:28:21 UTC", "Text": "Hello"}],
                 "Sent Saved Chat History": [{"To": "tom.berger", "Media Type": "TEXT",
                   "Created": "2020-07-22 19:29:00 UTC", "Text": "Hi!"}]}""");
        ParserRun snaps = run("snap_history.json", """
                {"lena.k": [{"From": "lena.k", "Media Type": "IMAGE", "Created": "2024-02-01 12:00:00 UTC",
                   "IsSender": false, "Created(microseconds)": 1706788800000000}]}""");

        assertThat(newer.sink.items(Category.MESSAGES)).extracting(Item::title, Item::detail).containsExactly(
                tuple("tom.berger", "Kino?"), tuple("tom.berger", null), tuple("Familie", "Frühstück?"));
        assertThat(newer.sink.items.get(1).attributes()).containsEntry("sender", "jana.k")
                .containsEntry("Media IDs", "b~abc").containsEntry("IsSender", "true")
                .doesNotContainKey("Created(microseconds)");
        assertThat(older.sink.items).extracting(Item::title, Item::detail, i -> i.attributes().get("direction"))
                .containsExactly(tuple("tom.berger", "Hello", "received"), tuple("tom.berger", "Hi!", "sent"));
        assertThat(snaps.sink.items).singleElement().satisfies(snap -> {
            assertThat(snap.title()).isEqualTo("lena.k");
            assertThat(snap.attributes()).containsEntry("what", "snap").containsEntry("Media Type", "IMAGE");
            assertThat(snap.at()).isEqualTo(Instant.parse("2024-02-01T12:00:00Z"));
        });
    }

    @Test
    void friendsWithTheirRelation() throws IOException {
        ParserRun run = run("friends.json", """
                {"Friends": [{"Username": "tom.berger", "Display Name": "Tom", "Creation Timestamp": "2016-05-04 10:00:00 UTC",
                   "Last Modified Timestamp": "2023-01-01 10:00:00 UTC", "Source": "Added by username"}],
                 "Friend Requests Sent": [{"Username": "someone", "Display Name": "", "Creation Timestamp": "2020-01-01 10:00:00 UTC"}],
                 "Blocked Users": [], "Deleted Friends": null,
                 "Close Friends": [{"Username": "lena.k", "Display Name": "Lena"}]}""");

        assertThat(run.sink.items(Category.FRIENDS)).extracting(Item::title, i -> i.attributes().get("relation"))
                .containsExactly(tuple("Tom", "friend"), tuple("someone", "friend request sent"),
                        tuple("Lena", "close friends"));
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2016-05-04T10:00:00Z"));
        assertThat(run.sink.items.get(0).attributes()).containsEntry("Username", "tom.berger");
    }

    @Test
    void accountDevicesAndLogins() throws IOException {
        ParserRun run = run("account.json", """
                {"Basic Information": {"Username": "jana.k", "Name": "Jana Köhler",
                   "Creation Date": "2016-05-03 18:22:10 UTC", "Registration IP": "192.0.2.10", "Country": "DE",
                   "Last Active": "2024-03-11 21:00:00 UTC"},
                 "Device Information": {"Make": "samsung", "Model ID": "SM-G991B", "Model Name": "Galaxy S21",
                   "Language": "en", "OS Type": "ANDROID", "OS Version": "14", "Connection Type": "WIFI"},
                 "Device History": [{"Make": "samsung", "Model": "SM-G991B", "Start Time": "2021-04-01 10:00:00 UTC",
                   "Device Type": "PHONE"}],
                 "Privacy Policy and Terms of Service Acceptance History": [{"Version": "x"}],
                 "Login History": [{"IP": "192.0.2.11", "Country": "DE", "Created": "2024-03-01 07:00:00 UTC",
                   "Status": "success", "Device": "samsung SM-G991B"}],
                 "Family Center": []}""");

        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title).contains("Username: jana.k",
                "Name: Jana Köhler").hasSize(6);
        assertThat(run.sink.items(Category.DEVICES)).extracting(Item::title)
                .containsExactly("samsung · Galaxy S21", "samsung · SM-G991B · PHONE");
        assertThat(run.sink.items(Category.LOGINS)).singleElement().satisfies(login -> {
            assertThat(login.title()).isEqualTo("Logged in on samsung SM-G991B");
            assertThat(login.attributes()).containsEntry("IP", "192.0.2.11").containsEntry("Status", "success");
        });
        assertThat(run.facts.language()).as("from the device's language").isEqualTo("en");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void searchesMemoriesStoriesRankingAndAccountHistory() throws IOException {
        ParserRun searches = run("search_history.json", """
                [{"Date": "2024-01-03 10:00:00 UTC", "Search Term": "babyzeit"}, {"Date": "N/A", "Search Term": "lena"}]""");
        ParserRun memories = run("memories_history.json", """
                {"Saved Media": [{"Date": "2023-04-23 12:00:00 UTC", "Media Type": "Image", "Location": "Latitude, Longitude: 51.34, 12.35",
                   "Download Link": "https://example.org/dl"}]}""");
        ParserRun stories = run("story_history.json", """
                {"Your Story Views": [{"Story Date": "2023-04-23 12:00:00 UTC", "Story Views": 17, "Story Replies": 2}],
                 "Friend and Public Story Views": []}""");
        ParserRun ranking = run("ranking.json", """
                {"Statistics": {"Snapscore": "48213", "Your Total Friends": "31", "The Number of Accounts You Follow": "5"}}""");
        ParserRun history = run("account_history.json", """
                {"Email Change": [{"Date": "2019-02-01 10:00:00 UTC", "Email Address": "jana.koehler@example.org"}],
                 "Password Change": [{"Date": "2022-06-01 10:00:00 UTC"}],
                 "Download My Data Reports": [{"Date": "2024-03-11 08:00:00 UTC", "Status": "Completed"}]}""");

        assertThat(searches.sink.items(Category.SEARCHES)).extracting(Item::title, Item::at).containsExactly(
                tuple("babyzeit", Instant.parse("2024-01-03T10:00:00Z")), tuple("lena", null));
        assertThat(memories.sink.items(Category.LIBRARY)).extracting(Item::title).containsExactly("Memory: Image");
        assertThat(stories.sink.items(Category.POSTS)).singleElement().satisfies(story -> {
            assertThat(story.at()).isEqualTo(Instant.parse("2023-04-23T12:00:00Z"));
            assertThat(story.attributes()).containsEntry("Story Views", "17");
        });
        assertThat(ranking.sink.items(Category.PROFILE)).extracting(Item::title).containsExactly("Snapscore: 48213",
                "Your Total Friends: 31", "The Number of Accounts You Follow: 5");
        assertThat(history.sink.items).extracting(Item::category, Item::title).containsExactly(
                tuple(Category.PROFILE, "E-mail changed: jana.koehler@example.org"),
                tuple(Category.PROFILE, "Password changed"),
                tuple(Category.ACTIVITY, "Completed"));
    }

    @Test
    void unknownSectionsAreReportedAndAFileOfNoneFails() throws IOException {
        ParserRun run = run("friends.json", "{\"Friends\": []}");
        assertThat(run.file.problemCount()).isZero();

        ParserRun profile = run("user_profile.json", """
                {"Demographics": {"Cohort Age": "AGE_35_PLUS"}, "New Section": [{"a": "b"}, {"a": "N/A"}]}""");
        assertThat(profile.sink.inferences).hasSize(1);
        assertThat(profile.file.problemCount()).as("one message naming the section and its size").isEqualTo(1);

        assertThatThrownBy(() -> run("user_profile.json", "{\"Something\": [1, 2]}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("Something (2 values)".replace("Something", "\"Something\""));
        assertThatThrownBy(() -> run("location_history.json", "[1]")).isInstanceOf(FormatException.class);
    }

    @Test
    void onlyJsonFilesInTheJsonFolderAreRead() {
        assertThat(IMPORTER.parserFor("mydata~1/json/chat_history.json")).isPresent();
        assertThat(IMPORTER.parserFor("json/user_profile.json")).isPresent();
        assertThat(IMPORTER.parserFor("mydata~1/html/chat_history.html")).isEmpty();
        assertThat(IMPORTER.parserFor("mydata~1/json/bitmoji.json")).as("known, not read").isEmpty();
        assertThat(IMPORTER.parserFor("mydata~1/chat_history.json")).as("not in json/").isEmpty();
        assertThat(IMPORTER.parserFor("mydata~1/memories/2024-01-15_abc-main.jpg")).isEmpty();
    }
}
