package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocationsParserTest {

    @Test
    void readsThePrimaryLocationWithItsPostcode() throws IOException {
        ParserRun run = ParserRun.of(new LocationsParser(), "logged_information/location/primary_location.json", """
                {"primary_location_v2": {"city_region_pairs": [["M\\u00c3\\u00bcnchen", "Bayern"]], "zipcode": ["80331", "80333"]}}""");

        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(i.value()).isEqualTo("München, Bayern");
            assertThat(i.attributes()).containsExactly(Map.entry("zipcode", "80331, 80333"),
                    Map.entry("source", "primary location"));
        });
    }

    @Test
    void readsA2024PrimaryLocationThatOnlyHasPostcodes() throws IOException {
        ParserRun run = ParserRun.of(new LocationsParser(), "logged_information/location/primary_location.json", """
                {"primary_location_v2": {"zipcode": ["59073"]}}""");

        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("59073");
    }

    @Test
    void readsPublicAndLastLocation() throws IOException {
        ParserRun publicRun = ParserRun.of(new LocationsParser(), "logged_information/location/primary_public_location.json", """
                {"primary_public_location_v2": {"city": "Unna", "region": "Nordrhein-Westfalen", "country": "Deutschland"}}""");
        ParserRun lastRun = ParserRun.of(new LocationsParser(), "logged_information/location/last_location.json", """
                {"last_location_v2": {"coordinate": {"latitude": 51.5, "longitude": 7.7}, "time": 1698272460}}""");

        assertThat(publicRun.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("Unna, Nordrhein-Westfalen, Deutschland");
            assertThat(i.attributes()).containsEntry("source", "primary public location");
        });
        assertThat(lastRun.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.value()).isEqualTo("51.5, 7.7");
            assertThat(i.attributes()).containsEntry("time", "2023-10-25T22:21:00Z")
                    .containsEntry("source", "last location");
        });
    }

    @Test
    void reportsAnImpossibleLastLocationTimeAndKeepsThePlace() throws IOException {
        ParserRun run = ParserRun.of(new LocationsParser(), "logged_information/location/last_location.json", """
                {"last_location_v2": {"coordinate": {"latitude": 51.5, "longitude": 7.7}, "time": 1665849123456789}}""");

        assertThat(run.sink.inferences).singleElement()
                .satisfies(i -> assertThat(i.attributes()).doesNotContainKey("time"));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void readsLocationsOfInterestAndSkipsTheExplanation() throws IOException {
        ParserRun run = ParserRun.of(new LocationsParser(),
                "logged_information/other_logged_information/locations_of_interest.json", """
                {"media": [], "label_values": [
                  {"label": "Locations of interest", "vec": [{"value": "K\\u00c3\\u00b6ln"}, {"value": "Dortmund"}]},
                  {"label": "Usage explanation", "value": "Locations of interest are used to personalise your experience on Facebook."}
                ], "fbid": "1"}""");

        assertThat(run.sink.inferences).extracting(StatedInference::value).containsExactly("Köln", "Dortmund");
        assertThat(run.sink.inferences).allSatisfy(i ->
                assertThat(i.attributes()).containsExactly(Map.entry("source", "locations of interest")));
        assertThat(run.file.problemCount()).isZero();
    }
}
