package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdvertisersParserTest {
    private static final String PATH = "ads_information/advertisers_using_your_activity_or_information.json";

    @Test
    void reads2023CustomAudiencesWithTheirThreeFlags() throws IOException {
        ParserRun run = ParserRun.of(new AdvertisersParser(), PATH, """
                {"custom_audiences_all_types_v2": [
                  {"advertiser_name": "Zalando", "has_data_file_custom_audience": true,
                   "has_remarketing_custom_audience": true, "has_in_person_store_visit": false},
                  {"advertiser_name": "Shpock - kaufe und verkaufe in deiner N\\u00c3\\u00a4he",
                   "has_data_file_custom_audience": "true", "has_remarketing_custom_audience": "Falsch",
                   "has_in_person_store_visit": false},
                  {"has_data_file_custom_audience": true},
                  "eBay"
                ]}""");

        List<StatedInference> advertisers = run.sink.inferences(InferenceKind.ADVERTISER);
        assertThat(advertisers).extracting(StatedInference::value)
                .containsExactly("Zalando", "Shpock - kaufe und verkaufe in deiner Nähe");
        assertThat(advertisers.get(0).attributes()).containsExactly(
                Map.entry("has_data_file_custom_audience", "true"),
                Map.entry("has_remarketing_custom_audience", "true"),
                Map.entry("has_in_person_store_visit", "false"));
        assertThat(advertisers.get(1).attributes())
                .containsEntry("has_data_file_custom_audience", "true")
                .containsEntry("has_remarketing_custom_audience", "false");
        // the record without a name and the bare text are reported
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void reads2024LabelValuesKeepingTheListLabel() throws IOException {
        ParserRun run = ParserRun.of(new AdvertisersParser(), PATH, """
                {"fbid": "1", "media": [], "label_values": [
                  {"label": "Advertisers who uploaded a list with your information", "vec": [{"value": "Zalando"}, {"value": "eBay"}]},
                  {"label": "Advertisers whose ads you've interacted with", "vec": [{"value": "Airbnb"}]}
                ]}""");

        List<StatedInference> advertisers = run.sink.inferences(InferenceKind.ADVERTISER);
        assertThat(advertisers).extracting(StatedInference::value).containsExactly("Zalando", "eBay", "Airbnb");
        assertThat(advertisers.get(2).attributes())
                .containsExactly(Map.entry("list", "Advertisers whose ads you've interacted with"));
    }

    @Test
    void readsTheOlderContactListUploads() throws IOException {
        ParserRun run = ParserRun.of(new AdvertisersParser(),
                "ads_and_businesses/advertisers_who_uploaded_a_contact_list_with_your_information.json", """
                {"custom_audiences_v2": ["Zalando", "eBay.de"]}""");

        assertThat(run.sink.inferences(InferenceKind.ADVERTISER))
                .extracting(StatedInference::value).containsExactly("Zalando", "eBay.de");
        assertThat(run.sink.inferences).allSatisfy(i ->
                assertThat(i.attributes()).containsExactly(Map.entry("has_data_file_custom_audience", "true")));
    }
}
