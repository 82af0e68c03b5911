package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The three generations of location history and the on-device export. */
class LocationParsersTest {
    private final GoogleImporter importer = new GoogleImporter();

    private ParserRun run(String path, String json) throws Exception {
        return ParserRun.of(importer.parserFor(path).orElseThrow(), path, json);
    }

    @Test
    void recordsJsonWithIsoTimesAndAnImpossiblePoint() throws Exception {
        ParserRun run = run("Takeout/Location History (Timeline)/Records.json", """
                {"locations":[
                  {"latitudeE7":513327000,"longitudeE7":123379000,"accuracy":12,"source":"WIFI","deviceTag":-1,
                   "timestamp":"2024-02-01T07:10:00.123Z","activity":[{"timestamp":"2024-02-01T07:09:00Z",
                   "activity":[{"type":"STILL","confidence":70},{"type":"ON_FOOT","confidence":30}]}]},
                  {"latitudeE7":913327000,"longitudeE7":123379000,"timestamp":"2024-02-01T07:20:00Z"},
                  {"latitudeE7":513400000,"longitudeE7":123500000,"timestampMs":"1706771400000"}]}""");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.sink.points).extracting(LocationPoint::latitudeE7, LocationPoint::longitudeE7)
                .containsExactly(tuple(513327000, 123379000), tuple(513400000, 123500000));
        LocationPoint first = run.sink.points.get(0);
        assertThat(first.at()).isEqualTo(Instant.parse("2024-02-01T07:10:00.123Z"));
        assertThat(first.activity()).isEqualTo("STILL 70%");
        assertThat(first.method()).isEqualTo("WIFI");
        assertThat(first.accuracyMeters()).isEqualTo(12);
        assertThat(first.source().position()).isZero();
        assertThat(run.sink.points.get(1).at()).isEqualTo(Instant.ofEpochMilli(1706771400000L));
        assertThat(run.sink.points.get(1).accuracyMeters()).isEqualTo(-1);
        assertThat(run.sink.points.get(1).source().position()).isEqualTo(2);
        assertThat(run.file.problemCount()).isEqualTo(1);
        assertThat(run.sink.inferences).isEmpty();
    }

    @Test
    void semanticHistoryWithIsoDurationsLabelsHomeAndWorkOncePerFile() throws Exception {
        ParserRun run = run("Takeout/Location History/Semantic Location History/2023/2023_SEPTEMBER.json", """
                {"timelineObjects":[
                  {"placeVisit":{"location":{"latitudeE7":513310000,"longitudeE7":123290000,"placeId":"home-1",
                     "address":"Zschochersche Straße 27\\n04229 Leipzig","semanticType":"TYPE_HOME","locationConfidence":90},
                   "duration":{"startTimestamp":"2023-09-01T18:00:00Z","endTimestamp":"2023-09-02T06:30:00Z"},
                   "placeConfidence":"HIGH_CONFIDENCE","visitConfidence":95}},
                  {"activitySegment":{"startLocation":{"latitudeE7":513310000,"longitudeE7":123290000},
                   "endLocation":{"latitudeE7":513150000,"longitudeE7":123600000},"distance":3200,"activityType":"CYCLING",
                   "confidence":"HIGH","duration":{"startTimestamp":"2023-09-02T06:30:00Z","endTimestamp":"2023-09-02T06:45:00Z"}}},
                  {"placeVisit":{"location":{"latitudeE7":513150000,"longitudeE7":123600000,"placeId":"clinic",
                     "name":"Klinikum am Auwald","address":"Auwaldstraße 12, 04229 Leipzig","semanticType":"TYPE_WORK"},
                   "duration":{"startTimestamp":"2023-09-02T06:45:00Z","endTimestamp":"2023-09-02T15:00:00Z"},
                   "childVisits":[{"location":{"latitudeE7":513151000,"longitudeE7":123601000,"placeId":"canteen","name":"Kantine"}}]}},
                  {"placeVisit":{"location":{"latitudeE7":513311000,"longitudeE7":123291000,"placeId":"bakery","name":"Bäckerei"},
                   "duration":{"startTimestamp":"2023-09-02T16:00:00Z","endTimestamp":"2023-09-02T16:10:00Z"},
                   "otherCandidateLocations":[{"latitudeE7":513310000,"longitudeE7":123290000,"placeId":"home-1",
                     "address":"Zschochersche Straße 27\\n04229 Leipzig","semanticType":"TYPE_HOME"}]}},
                  {"placeVisit":{"location":{"latitudeE7":513310000,"longitudeE7":123290000,"placeId":"home-1",
                     "address":"Zschochersche Straße 27\\n04229 Leipzig","semanticType":"TYPE_HOME"},
                   "duration":{"startTimestamp":"2023-09-02T16:15:00Z","endTimestamp":"2023-09-03T06:00:00Z"}}},
                  {"somethingNew":{}}]}""");

        assertThat(run.sink.items).hasSize(5).allMatch(i -> i.category() == Category.LOCATIONS);
        assertThat(run.sink.items).extracting(Item::title).containsExactly("Zschochersche Straße 27, 04229 Leipzig",
                "CYCLING, 3200 m", "Klinikum am Auwald", "Bäckerei", "Zschochersche Straße 27, 04229 Leipzig");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2023-09-01T18:00:00Z"));
        assertThat(run.sink.items.get(2).attributes()).containsEntry("child_visits", "1")
                .containsEntry("semantic_type", "TYPE_WORK").containsEntry("end", "2023-09-02T15:00:00Z");
        assertThat(run.sink.inferences).extracting(StatedInference::kind).containsOnly(InferenceKind.INFERRED_LOCATION);
        assertThat(run.sink.inferences).extracting(StatedInference::value, i -> i.attributes().get("label"))
                .containsExactly(tuple("Home: Zschochersche Straße 27, 04229 Leipzig", "home"),
                        tuple("Work: Auwaldstraße 12, 04229 Leipzig", "work"));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void androidTimelineHoldsSegmentsPositionsAndGooglesProfileOfThePerson() throws Exception {
        ParserRun run = run("Zeitleiste.json", """
                {"semanticSegments":[
                  {"startTime":"2024-05-01T08:00:00.000+02:00","endTime":"2024-05-01T17:00:00.000+02:00",
                   "visit":{"hierarchyLevel":0,"probability":0.9,"topCandidate":{"placeId":"work-1","semanticType":"WORK",
                   "probability":0.8,"placeLocation":{"latLng":"51.315°, 12.36°"}}}},
                  {"startTime":"2024-05-01T17:00:00.000+02:00","endTime":"2024-05-01T17:20:00.000+02:00",
                   "activity":{"start":{"latLng":"51.315°, 12.36°"},"end":{"latLng":"51.331°, 12.329°"},
                   "distanceMeters":3210.4,"topCandidate":{"type":"CYCLING","probability":0.9}}},
                  {"startTime":"2024-05-01T17:00:00.000+02:00","endTime":"2024-05-01T19:00:00.000+02:00",
                   "timelinePath":[{"point":"51.315°, 12.36°","time":"2024-05-01T17:01:00.000+02:00"},
                                   {"point":"51.331°, 12.329°","time":"2024-05-01T17:19:00.000+02:00"}]},
                  {"startTime":"2024-05-01T17:20:00.000+02:00","endTime":"2024-05-02T07:00:00.000+02:00",
                   "visit":{"topCandidate":{"placeId":"home-1","semanticType":"INFERRED_HOME","placeLocation":{"latLng":"51.331°, 12.329°"}}}},
                  {"startTime":"2024-05-02T17:20:00.000+02:00","endTime":"2024-05-03T07:00:00.000+02:00",
                   "visit":{"topCandidate":{"placeId":"home-1","semanticType":"INFERRED_HOME","placeLocation":{"latLng":"51.331°, 12.329°"}}}}],
                 "rawSignals":[
                  {"position":{"LatLng":"51.331°, 12.329°","accuracyMeters":9,"source":"GPS","timestamp":"2024-05-01T17:21:00.000+02:00"}},
                  {"wifiScan":{"deliveryTime":"2024-05-01T17:22:00.000+02:00","devicesRecords":[]}},
                  {"activityRecord":{"probableActivities":[],"timestamp":"2024-05-01T17:23:00.000+02:00"}},
                  {"position":{"LatLng":"somewhere","timestamp":"2024-05-01T17:24:00.000+02:00"}}],
                 "userLocationProfile":{
                  "frequentPlaces":[{"placeId":"home-1","placeLocation":"51.331°, 12.329°","label":"HOME"},
                                    {"placeId":"work-1","placeLocation":"51.315°, 12.36°","label":"WORK"},
                                    {"placeId":"cafe-1","placeLocation":"51.33°, 12.337°"}],
                  "persona":{"travelModeAffinities":[{"mode":"CYCLING","affinity":0.61},{"mode":"WALKING","affinity":0.3}]}}}""");

        assertThat(run.sink.items).hasSize(5).allMatch(i -> i.category() == Category.LOCATIONS);
        assertThat(run.sink.items).extracting(i -> i.attributes().get("kind")).containsExactly("place visit",
                "activity segment", "path", "place visit", "place visit");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));
        assertThat(run.sink.items.get(1).title()).isEqualTo("CYCLING, 3210 m");
        assertThat(run.sink.points).singleElement().satisfies(p -> {
            assertThat(p.latitudeE7()).isEqualTo(513310000);
            assertThat(p.longitudeE7()).isEqualTo(123290000);
            assertThat(p.accuracyMeters()).isEqualTo(9);
            assertThat(p.method()).isEqualTo("GPS");
            assertThat(p.at()).isEqualTo(Instant.parse("2024-05-01T15:21:00Z"));
        });
        assertThat(run.sink.inferences).extracting(StatedInference::kind, StatedInference::value).containsExactly(
                tuple(InferenceKind.INFERRED_LOCATION, "Home: 51.331, 12.329"),
                tuple(InferenceKind.INFERRED_LOCATION, "Work: 51.315, 12.36"),
                tuple(InferenceKind.INFERRED_LOCATION, "Frequent place: 51.33, 12.337"),
                tuple(InferenceKind.OTHER, "Travel mode: CYCLING"),
                tuple(InferenceKind.OTHER, "Travel mode: WALKING"),
                tuple(InferenceKind.INFERRED_LOCATION, "Work: 51.315, 12.36"),
                tuple(InferenceKind.INFERRED_LOCATION, "Home: 51.331, 12.329"));
        assertThat(run.sink.inferences.get(3).attributes()).containsEntry("affinity", "0.61");
        assertThat(run.sink.inferences.get(5).attributes()).containsEntry("source", "Timeline")
                .containsEntry("semantic_type", "WORK");
        assertThat(run.file.problemCount()).isEqualTo(1);
        assertThat(run.facts.language()).isEqualTo("de");
    }

    @Test
    void iosLocationHistoryIsAListOfSegmentsWithGeoUris() throws Exception {
        ParserRun run = run("location-history.json", """
                [{"startTime":"2024-05-01T08:00:00.000+02:00","endTime":"2024-05-01T17:00:00.000+02:00",
                  "visit":{"hierarchyLevel":"0","probability":"0.9","topCandidate":{"probability":"0.8","semanticType":"Home",
                  "placeID":"home-1","placeLocation":"geo:51.331000,12.329000"}}},
                 {"startTime":"2024-05-01T17:00:00.000+02:00","endTime":"2024-05-01T17:20:00.000+02:00",
                  "activity":{"start":"geo:51.331000,12.329000","end":"geo:51.315000,12.360000","distanceMeters":"3210.0",
                  "topCandidate":{"type":"cycling","probability":"0.9"}}},
                 {"startTime":"2024-05-01T17:00:00.000+02:00","endTime":"2024-05-01T19:00:00.000+02:00",
                  "timelinePath":[{"point":"geo:51.331,12.329","durationMinutesOffsetFromStartTime":"1"}]}]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("51.331, 12.329", "cycling, 3210 m",
                "Path of 1 points");
        assertThat(run.sink.inferences).singleElement().satisfies(home -> {
            assertThat(home.value()).isEqualTo("Home: 51.331, 12.329");
            assertThat(home.attributes()).containsEntry("semantic_type", "Home");
        });
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void aLocationFileWithoutItsListCannotBeRead() {
        assertThatThrownBy(() -> run("Takeout/Location History/Records.json", "{\"points\":[]}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("locations");
    }
}
