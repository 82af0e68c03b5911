package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationsParserTest {
    @Test
    void profileBasedInInItalian() throws Exception {
        ParserRun run = ParserRun.of(new LocationsParser(), "information_about_you/account_based_in.json", """
                {"inferred_data_primary_location": [{"title": "", "media_map_data": {},
                  "string_map_data": {"Nome della citt\\u00c3\\u00a0": {"href": "", "value": "Lipsia", "timestamp": 0}}}]}""");

        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(i.value()).isEqualTo("Lipsia");
            assertThat(i.attributes()).containsExactly(Map.entry("source", "profile based in"));
        });
    }

    @Test
    void locationsOfInterestSkipTheExplanationEvenWhenItIsShort() throws Exception {
        ParserRun run = ParserRun.of(new LocationsParser(), "personal_information/information_about_you/locations_of_interest.json", """
                {"media": [], "label_values": [
                  {"label": "Locations of interest", "vec": [{"value": "Leipzig"}, {"value": "Lisboa"}]},
                  {"label": "Usage explanation", "value": "Used for ads."},
                  "odd"
                ], "fbid": "17841400000000000"}""");

        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("Leipzig", "Lisboa");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void lastKnownLocationKeepsThePreciseCoordinatesAndTheUploadTime() throws Exception {
        ParserRun run = ParserRun.of(new LocationsParser(),
                "security_and_login_information/login_and_profile_creation/last_known_location.json", """
                {"account_history_imprecise_last_known_location": [{"title": "", "media_map_data": {}, "string_map_data": {
                  "Imprecise Latitude": {"href": "", "value": "51.33", "timestamp": 0},
                  "Imprecise Longitude": {"href": "", "value": "12.34", "timestamp": 0},
                  "Precise Latitude": {"href": "", "value": "51.3327", "timestamp": 0},
                  "Precise Longitude": {"href": "", "value": "12.3379", "timestamp": 0},
                  "GPS Time Uploaded": {"href": "", "value": "", "timestamp": 1710000000}}}]}""");

        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("51.33, 12.34");
            assertThat(i.attributes()).containsExactly(Map.entry("source", "last known location"),
                    Map.entry("precise", "51.3327, 12.3379"), Map.entry("uploaded", "2024-03-09T16:00:00Z"));
        });
    }

    @Test
    void lastKnownLocationInAnUnknownLanguageIsReadByPosition() throws Exception {
        ParserRun run = ParserRun.of(new LocationsParser(), "last_known_location.json", """
                {"account_history_imprecise_last_known_location": [
                  {"string_map_data": {"Breite": {"value": "51.33"}, "L\\u00c3\\u00a4nge": {"value": "12.34"}}},
                  {"string_map_data": {"Breite": {"value": "51.33"}}}]}""");

        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("51.33, 12.34");
        assertThat(run.file.problemCount()).as("the record with one coordinate").isEqualTo(1);
    }
}
