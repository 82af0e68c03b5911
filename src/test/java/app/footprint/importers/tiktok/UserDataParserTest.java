package app.footprint.importers.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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

class UserDataParserTest {
    private static ParserRun run(String json) throws IOException {
        return ParserRun.of(new UserDataParser(), "user_data_tiktok.json", json);
    }

    @Test
    void readsThe2022GenerationWithVideoLinkAndUtcDates() throws IOException {
        ParserRun run = ParserRun.of(new UserDataParser(), "user_data.json", """
                {"Activity": {
                   "Video Browsing History": {"VideoList": [
                     {"Date": "2022-03-01 10:00:00 UTC", "VideoLink": "https://www.tiktokv.com/share/video/1/"},
                     {"Date": "2022-03-01 10:01:30 UTC", "VideoLink": "https://www.tiktokv.com/share/video/2/"}]},
                   "Search History": {"SearchList": [{"Date": "2022-03-02 08:00:00 UTC", "SearchTerm": "laufen"}]},
                   "Following List": {"Following": [{"Date": "2022-01-05 12:00:00 UTC", "UserName": "laufgruppe"}]},
                   "Follower List": {"FansList": null}},
                 "Video": {"Videos": {"VideoList": [{"Date": "2022-02-02 09:00:00 UTC", "Link": "https://v/3",
                   "Likes": "12", "Title": "Morgenlauf"}]}}}""");

        List<Item> watched = run.sink.items(Category.WATCHING);
        assertThat(watched).extracting(Item::title).containsExactly("https://www.tiktokv.com/share/video/1/",
                "https://www.tiktokv.com/share/video/2/");
        assertThat(watched.get(1).at()).isEqualTo(Instant.parse("2022-03-01T10:01:30Z"));
        assertThat(watched).noneMatch(Item::zoneAssumed);
        assertThat(run.sink.items(Category.SEARCHES)).singleElement().extracting(Item::title).isEqualTo("laufen");
        assertThat(run.sink.items(Category.FOLLOWS)).singleElement().extracting(Item::title).isEqualTo("laufgruppe");
        assertThat(run.sink.items(Category.FRIENDS)).as("null list").isEmpty();
        assertThat(run.sink.items(Category.POSTS)).singleElement().satisfies(post -> {
            assertThat(post.title()).isEqualTo("Morgenlauf");
            assertThat(post.attributes()).containsEntry("Likes", "12").containsEntry("Link", "https://v/3");
        });
        assertThat(run.sink.items).hasSize(5);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void readsThe2024GenerationWithRenamedSectionsAndLocalTimes() throws IOException {
        ParserRun run = run("""
                {"Your Activity": {
                   "Watch History": {"VideoList": [{"Date": "2024-11-20 15:21:12", "Link": "https://v/1"}]},
                   "Searches": {"SearchList": [{"Date": "2024-11-24 08:54:02", "SearchTerm": "hebamme leipzig"}]},
                   "Follower": {"App": 1, "IsFastLane": false, "FansList": [{"Date": "2024-11-27 07:12:41", "UserName": "tom"}]},
                   "Following": {"App": 1, "Following": [{"Date": "2024-11-28 07:12:41", "UserName": "babyzeit"}]},
                   "Like List": {"App": 1, "ItemFavoriteList": [{"date": "2024-12-13 07:06:58", "link": "https://v/2"}]},
                   "Favorite Videos": {"FavoriteVideoList": [{"Date": "2024-12-04 08:44:34", "Link": "https://v/3"}]},
                   "Login History": {"LoginHistoryList": [{"Date": "2024-11-20 15:18:33", "IP": "192.0.2.1",
                     "DeviceModel": "SM-G991B", "DeviceSystem": "Android 14", "NetworkType": "Wi-Fi", "Carrier": ""}]},
                   "Share History": {"ShareHistoryList": [{"Date": "2024-11-20 15:21:27", "SharedContent": "video",
                     "Link": "https://v/4", "Method": "whatsapp"}]},
                   "Status": {"Status List": [{"Resolution": "1080*2340", "App Version": "33.1.4", "IDFA": "",
                     "GAID": "N/A", "Android ID": "None", "UID": 123, "DID": "456"}]}},
                 "Post": {"Posts": {"VideoList": null}, "Recently Deleted Posts": {"PostList": []}},
                 "Direct Message": {"Direct Messages": {"ChatHistory": {
                   "Chat History with tom.berger:": [
                     {"Date": "2024-01-02 20:00:00", "From": "tom.berger", "Content": "Schau mal 😂"},
                     {"Date": "2024-01-02 20:01:00", "From": "jana", "Content": "Haha"}],
                   "Chat History with lena:": [{"Date": "2024-01-03 09:00:00", "From": "lena", "Content": "Hi"}]}}}}""");

        assertThat(run.sink.items(Category.WATCHING)).singleElement().satisfies(v -> {
            assertThat(v.at()).isEqualTo(Instant.parse("2024-11-20T15:21:12Z"));
            assertThat(v.zoneAssumed()).as("2024+ dates carry no zone").isTrue();
        });
        assertThat(run.sink.items(Category.SEARCHES)).extracting(Item::title).containsExactly("hebamme leipzig");
        assertThat(run.sink.items(Category.FRIENDS)).singleElement().satisfies(f -> {
            assertThat(f.title()).isEqualTo("tom");
            assertThat(f.attributes()).isEqualTo(Map.of("relation", "follower"));
        });
        assertThat(run.sink.items(Category.FOLLOWS)).extracting(Item::title).containsExactly("babyzeit");
        assertThat(run.sink.items(Category.LIKES)).extracting(Item::title).containsExactly("https://v/2");
        assertThat(run.sink.items(Category.LIBRARY)).extracting(Item::title).containsExactly("https://v/3");
        assertThat(run.sink.items(Category.LOGINS)).singleElement().satisfies(login -> {
            assertThat(login.title()).isEqualTo("Logged in on SM-G991B · Android 14");
            assertThat(login.attributes()).containsEntry("IP", "192.0.2.1").doesNotContainKey("Carrier");
        });
        assertThat(run.sink.items(Category.ACTIVITY)).extracting(Item::title).containsExactly("Shared: video");
        assertThat(run.sink.items(Category.DEVICES)).singleElement().satisfies(d -> {
            assertThat(d.title()).isEqualTo("TikTok app 33.1.4");
            assertThat(d.attributes()).as("placeholders left out, numbers kept as text").containsExactly(
                    Map.entry("Resolution", "1080*2340"), Map.entry("App Version", "33.1.4"),
                    Map.entry("UID", "123"), Map.entry("DID", "456"));
        });
        List<Item> messages = run.sink.items(Category.MESSAGES);
        assertThat(messages).extracting(Item::title).containsExactly("Chat with tom.berger", "Chat with tom.berger",
                "Chat with lena");
        assertThat(messages.get(0).detail()).isEqualTo("Schau mal 😂");
        assertThat(messages.get(0).attributes()).containsEntry("sender", "tom.berger");
        assertThat(run.sink.items).hasSize(12);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void statesAdInterestsOffTikTokActivityPartnersGenderAndRegion() throws IOException {
        ParserRun run = run("""
                {"Ads and data": {
                   "Ad Interests": {"AdInterestCategories": "Pregnancy, Baby products ,Running"},
                   "Off TikTok Activity": {"OffTikTokActivityDataList": [
                     {"TimeStamp": "2023-08-01 10:00:00", "Source": "BabyBloom", "Event": "Launch app"},
                     {"TimeStamp": "2023-09-01 10:00:00", "Source": "BabyBloom", "Event": "Purchase"},
                     {"TimeStamp": "2023-08-15 10:00:00", "Source": "BabyBloom", "Event": "Launch app"},
                     {"TimeStamp": "2023-10-01 11:00:00", "Source": "wiegenwelt.de", "Event": "Add to cart"},
                     {"TimeStamp": "2023-10-01 11:00:00", "Event": "Purchase"}]},
                   "Ads Based On Data Received From Partners": {
                     "DataPartnerList": ["LiveRamp"], "AdvertiserList": [{"Name": "Wiegenwelt", "Country": "DE"}]},
                   "Instant Form Ads Responses": {"ResponsesList": null}},
                 "Profile": {"Profile Info": {"ProfileMap": {"userName": "jana", "inferredGender": "Female",
                   "followerCount": 25, "birthDate": "21-Aug-1990", "telephoneNumber": "N/A",
                   "PlatformInfo": [{"Platform": "Instagram", "Name": "jana.k", "Description": "", "Profile Photo": ""}]}}},
                 "Your Activity": {"Most Recent Location Data": {"LocationData": {"Date": "2024-03-10 18:00:00",
                   "GpsData": "51.33, 12.34", "LastRegion": "DE"}}}}""");

        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Pregnancy", "Baby products", "Running");
        List<Item> events = run.sink.items(Category.OFF_SITE_ACTIVITY);
        assertThat(events).extracting(Item::title).containsExactly("BabyBloom", "BabyBloom", "BabyBloom", "wiegenwelt.de");
        assertThat(events.get(1).attributes()).containsEntry("event", "Purchase");
        assertThat(run.file.problemCount()).as("the event without a source").isEqualTo(1);
        List<StatedInference> sources = run.sink.inferences(InferenceKind.OFF_SITE_ACTIVITY);
        assertThat(sources).extracting(StatedInference::value).containsExactly("BabyBloom", "wiegenwelt.de");
        assertThat(sources.get(0).attributes()).containsExactly(
                Map.entry("events", "3"), Map.entry("types", "Launch app 2, Purchase 1"),
                Map.entry("first", "2023-08-01T10:00:00Z"), Map.entry("last", "2023-09-01T10:00:00Z"));
        assertThat(run.sink.inferences(InferenceKind.ADVERTISER)).extracting(StatedInference::value,
                i -> i.attributes().get("role")).containsExactly(
                tuple("LiveRamp", "data partner"),
                tuple("Wiegenwelt", "advertiser using data from partners"));
        assertThat(run.sink.inferences(InferenceKind.DEMOGRAPHIC)).singleElement().satisfies(g -> {
            assertThat(g.value()).isEqualTo("Female");
            assertThat(g.attributes()).isEqualTo(Map.of("field", "inferredGender"));
        });
        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title)
                .containsExactly("Username: jana", "Followers: 25", "Birth date: 21-Aug-1990");
        assertThat(run.sink.items(Category.PROFILE).get(2).attributes()).containsEntry("date", "1990-08-21");
        assertThat(run.sink.items(Category.APPS)).extracting(Item::title)
                .containsExactly("Linked account: Instagram (jana.k)");
        assertThat(run.sink.items(Category.LOCATIONS)).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("51.33, 12.34");
            assertThat(l.at()).isEqualTo(Instant.parse("2024-03-10T18:00:00Z"));
        });
        assertThat(run.sink.inferences(InferenceKind.INFERRED_LOCATION)).singleElement()
                .extracting(StatedInference::value).isEqualTo("DE");
    }

    @Test
    void settingsGiveChosenInterestsTheAdSettingAndTheLanguage() throws IOException {
        ParserRun run = run("""
                {"App Settings": {"Settings": {"App": 1, "SettingsMap": {
                   "App Language": "Deutsch", "Web Language": "N/A", "Interests": "Sport|Food & Drink | Comedy",
                   "Personalized Ads": "Disabled", "Private Account": "Enabled",
                   "Content Preferences": {"Keyword filters for videos in For You feed": [{"label": "horror"}],
                     "Video Languages Preferences": null},
                   "Push Notification": {"New Fans": "Default"}}},
                   "Block List": {"BlockList": [{"Date": "2023-05-05 10:00:00", "UserName": "spam.account"}]}}}""");

        assertThat(run.facts.language()).isEqualTo("de");
        assertThat(run.sink.values(InferenceKind.TASTE)).containsExactly("Sport", "Food & Drink", "Comedy");
        assertThat(run.sink.items(Category.AD_SETTINGS)).extracting(Item::title).containsExactly("Personalized ads: Disabled");
        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title).containsExactly(
                "Setting: App Language: Deutsch", "Setting: Private Account: Enabled",
                "Setting: Content Preferences › Keyword filters for videos in For You feed: horror",
                "Setting: Push Notification › New Fans: Default");
        assertThat(run.sink.items(Category.FRIENDS)).singleElement().satisfies(b -> {
            assertThat(b.title()).isEqualTo("spam.account");
            assertThat(b.attributes()).isEqualTo(Map.of("relation", "blocked"));
        });
    }

    @Test
    void shopOrdersKeyedByNumberAndLivesWithTheirComments() throws IOException {
        ParserRun run = run("""
                {"TikTok Shop": {"Order History": {"OrderHistories": {
                   "5770001": {"order_date": "2023-10-02 19:00:00", "order_number": "5770001", "total_price": "39.90 EUR",
                     "order_status": "Delivered", "Receiver": {"Name": "Jana", "Address": "04229 Leipzig"},
                     "Products": [{"product_name": "Stillkissen", "variation_name": "grau", "quantity": 1},
                                  {"product_name": "Spucktücher", "quantity": 3}]}}},
                   "Product Browsing History": {"ProductBrowsingHistories": [
                     {"browsing_date": "2023-09-30 21:00:00", "shop_name": "Babywelt", "product_name": "Babyphone"}]}},
                 "Tiktok Live": {"Watch Live History": {"WatchLiveMap": {"777": {"WatchTime": "2023-06-01 20:00:00",
                   "Link": "https://live/777", "Comments": [{"CommentTime": "2023-06-01 20:05:00",
                   "CommentContent": "Hallo aus Leipzig", "RawTime": 1685649900}]}}},
                   "Watch Live Settings": {"WatchLiveSettingsMap": {"app": "N/A", "web": "N/A"},
                     "MostRecentModificationTimeInApp": "0"}}}""");

        assertThat(run.sink.items(Category.PURCHASES)).singleElement().satisfies(order -> {
            assertThat(order.title()).isEqualTo("Stillkissen; Spucktücher");
            assertThat(order.at()).isEqualTo(Instant.parse("2023-10-02T19:00:00Z"));
            assertThat(order.attributes()).containsEntry("order", "5770001").containsEntry("total_price", "39.90 EUR")
                    .containsEntry("Receiver Address", "04229 Leipzig")
                    .containsEntry("Products", "product_name: Stillkissen, variation_name: grau, quantity: 1; "
                            + "product_name: Spucktücher, quantity: 3");
        });
        assertThat(run.sink.items(Category.BROWSING)).singleElement().extracting(Item::title).isEqualTo("Babyphone");
        assertThat(run.sink.items(Category.WATCHING)).singleElement().satisfies(live -> {
            assertThat(live.title()).isEqualTo("https://live/777");
            assertThat(live.attributes()).containsEntry("live", "777");
        });
        assertThat(run.sink.items(Category.COMMENTS)).singleElement().satisfies(c -> {
            assertThat(c.title()).isEqualTo("Hallo aus Leipzig");
            assertThat(c.attributes()).containsEntry("RawTime", "1685649900");
        });
        assertThat(run.sink.items).hasSize(4);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void aFileHoldingItsContentTwiceIsReadOnceAndReported() throws IOException {
        String once = """
                {"Your Activity": {"Searches": {"SearchList": [{"Date": "2024-01-01 10:00:00", "SearchTerm": "a"}]}}}""";

        ParserRun run = run(once + "\n" + once);

        assertThat(run.sink.items).hasSize(1);
        assertThat(run.file.problemCount()).as("the message is checked through the runner").isEqualTo(1);
    }

    @Test
    void unknownSectionsWithValuesAreReportedButEmptyOnesAreNot() throws IOException {
        ParserRun run = run("""
                {"Your Activity": {"Searches": {"SearchList": []},
                   "Brand New Thing": {"ThingList": [{"Date": "2024-01-01", "Secret": "value"}]},
                   "Empty Thing": {"List": null, "Text": "N/A"}},
                 "New Group": {"Stuff": {"x": 1}}}""");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).as("one message naming both; checked through the runner").isEqualTo(1);
    }

    @Test
    void aSingleValueBesideAListIsReportedNotMadeAnItem() throws IOException {
        ParserRun run = run("""
                {"Your Activity": {"Like List": {"App": 1, "Total": "20", "Empty": "N/A",
                   "ItemFavoriteList": [{"date": "2024-12-13 07:06:58", "link": "https://v/2"}]}}}""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("https://v/2");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void brokenTimesAndRecordsAreReportedAndTheRestIsKept() throws IOException {
        ParserRun run = run("""
                {"Your Activity": {"Watch History": {"VideoList": [
                   {"Date": "yesterday", "Link": "https://v/1"},
                   "https://v/2",
                   {"Date": "N/A", "Link": "N/A"},
                   {"Date": "2024-13-01 10:00:00", "Link": "https://v/3"},
                   {"Date": "9999999999999999999", "Link": "https://v/5"},
                   {"Date": "2024-01-01 10:00:00", "Link": "https://v/4"}]}}}""");

        assertThat(run.sink.items(Category.WATCHING)).extracting(Item::title)
                .containsExactly("https://v/1", "https://v/2", "https://v/3", "https://v/5", "https://v/4");
        assertThat(run.sink.items(Category.WATCHING)).extracting(Item::at)
                .containsExactly(null, null, null, null, Instant.parse("2024-01-01T10:00:00Z"));
        assertThat(run.file.problemCount()).as("a number too large for a time is one more odd value").isEqualTo(3);
    }

    @Test
    void anExportWhoseGroupsAreEmptyIsEmptyNotBroken() throws IOException {
        ParserRun run = run("{\"Your Activity\": {}, \"Profile\": {\"Profile Info\": null}}");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void aFileWithoutTikTokSectionsFailsNamingItsGroups() {
        assertThatThrownBy(() -> run("{\"profile_v2\": {\"name\": {}}}"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("profile_v2");
        assertThatThrownBy(() -> run("[1, 2]")).isInstanceOf(FormatException.class);
    }
}
