package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The advertising files: advertisers, categories, possible contact details, impressions. */
class AdsParsersTest {
    @Test
    void advertisersWithFlagsWrittenAsBooleansNumbersOrLocalisedText() throws Exception {
        ParserRun run = ParserRun.of(new AdvertisersParser(), "advertisers_using_your_activity_or_information.json", """
                {"ig_custom_audiences_all_types": [
                  {"advertiser_name": "Wiegenwelt Babymarkt", "has_data_file_custom_audience": true,
                   "has_remarketing_custom_audience": 1, "has_in_person_store_visit": "Falsch"},
                  {"advertiser_name": "", "has_data_file_custom_audience": true},
                  {"advertiser_name": "Kleidsam"}
                ]}""");

        List<StatedInference> advertisers = run.sink.inferences(InferenceKind.ADVERTISER);
        assertThat(advertisers).extracting(StatedInference::value).containsExactly("Wiegenwelt Babymarkt", "Kleidsam");
        assertThat(advertisers.get(0).attributes()).containsExactly(
                Map.entry("has_data_file_custom_audience", "true"),
                Map.entry("has_remarketing_custom_audience", "true"),
                Map.entry("has_in_person_store_visit", "false"));
        assertThat(advertisers.get(1).attributes()).isEmpty();
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void advertisersInTheGenericShapeKeepTheirList() throws Exception {
        ParserRun run = ParserRun.of(new AdvertisersParser(), "advertisers_using_your_activity_or_information.json", """
                {"media": [], "label_values": [{"label": "Uploaded a list", "vec": [{"value": "A"}, {"value": "B"}]}], "fbid": "1"}""");

        assertThat(run.sink.values(InferenceKind.ADVERTISER)).containsExactly("A", "B");
        assertThat(run.sink.inferences).allSatisfy(i ->
                assertThat(i.attributes()).containsExactly(Map.entry("list", "Uploaded a list")));
    }

    @Test
    void categoriesInBothShapes() throws Exception {
        ParserRun generic = ParserRun.of(new AudienceCategoriesParser(), "other_categories_used_to_reach_you.json", """
                {"media": [], "label_values": [{"label": "Name", "vec": [{"value": "Expectant parents"}, {"value": "Commuters"}]}], "fbid": "1"}""");
        ParserRun older = ParserRun.of(new AudienceCategoriesParser(), "other_categories_used_to_reach_you.json",
                "{\"bcts\": [\"Frequent travellers\"]}");

        assertThat(generic.sink.values(InferenceKind.AUDIENCE_CATEGORY)).containsExactly("Expectant parents", "Commuters");
        assertThat(older.sink.values(InferenceKind.AUDIENCE_CATEGORY)).containsExactly("Frequent travellers");
    }

    @Test
    void possiblePhoneNumbersAndEmailsAreOtherConclusions() throws Exception {
        ParserRun emails = ParserRun.of(new PossibleContactsParser(), "personal_information/information_about_you/possible_emails.json", """
                {"inferred_data_inferred_emails": [{"title": "", "media_list_data": [],
                  "string_list_data": [{"href": "", "value": "jana.k90@example.net", "timestamp": 0}]}]}""");
        ParserRun phones = ParserRun.of(new PossibleContactsParser(), "information_about_you/possible_phone_numbers.json", """
                {"inferred_data_inferred_phone_numbers": [{"title": "", "media_map_data": {},
                  "string_map_data": {"Phone Number": {"href": "", "value": "+49 341 0000000", "timestamp": 0}}},
                  {"title": "", "string_list_data": []}]}""");

        assertThat(emails.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.OTHER);
            assertThat(i.value()).isEqualTo("jana.k90@example.net");
            assertThat(i.attributes()).containsExactly(Map.entry("source", "possible e-mail address"));
        });
        assertThat(phones.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("+49 341 0000000");
            assertThat(i.attributes()).containsExactly(Map.entry("source", "possible phone number"));
        });
        assertThat(phones.file.problemCount()).isEqualTo(1);
    }

    @Test
    void adsViewedNameTheirAuthorAndTime() throws Exception {
        ParserRun run = ParserRun.of(new ImpressionsParser(), "ads_information/ads_and_topics/ads_viewed.json", """
                {"impressions_history_ads_seen": [
                  {"string_map_data": {"Author": {"value": "Wiegenwelt Babymarkt"}, "Time": {"timestamp": 1700000000}}},
                  {"string_map_data": {"Time": {"timestamp": 1700000100}}},
                  {"string_map_data": {"Autore": {"value": "Kleidsam"}, "Orario": {"timestamp": 99999999999999}}}
                ]}""");

        List<Item> ads = run.sink.items(Category.AD_VIEWS);
        assertThat(ads).extracting(Item::title).containsExactly("Wiegenwelt Babymarkt", "Ad seen", "Kleidsam");
        assertThat(ads.get(0).at()).isEqualTo(Instant.ofEpochSecond(1700000000));
        assertThat(ads.get(0).zoneAssumed()).isFalse();
        assertThat(ads.get(0).attributes()).containsExactly(Map.entry("seen", "ad"));
        assertThat(ads.get(2).at()).as("an impossible time is reported").isNull();
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void clicksVideosPostsAndSuggestedProfiles() throws Exception {
        ParserRun clicks = ParserRun.of(new ImpressionsParser(), "ads_clicked.json", """
                {"impressions_history_ads_clicked": [{"title": "BabyBloom", "string_list_data": [{"timestamp": 1700000000}]}]}""");
        ParserRun videos = ParserRun.of(new ImpressionsParser(), "videos_watched.json", """
                {"impressions_history_videos_watched": [{"string_map_data": {"Author": {"value": "hebamme.leipzig"}, "Time": {"timestamp": 1700000000}}}]}""");
        ParserRun profiles = ParserRun.of(new ImpressionsParser(), "suggested_profiles_viewed.json", """
                {"impressions_history_chaining_seen": [{"string_map_data": {"Username": {"value": "babybloom.app"}, "Time": {"timestamp": 1700000000}}}]}""");

        assertThat(clicks.sink.items(Category.AD_INTERACTIONS)).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("BabyBloom");
            assertThat(i.at()).isEqualTo(Instant.ofEpochSecond(1700000000));
        });
        assertThat(videos.sink.items(Category.WATCHING)).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("hebamme.leipzig");
            assertThat(i.attributes()).containsEntry("seen", "video");
        });
        assertThat(profiles.sink.items(Category.WATCHING)).singleElement()
                .satisfies(i -> assertThat(i.attributes()).containsEntry("seen", "suggested profile"));
    }
}
