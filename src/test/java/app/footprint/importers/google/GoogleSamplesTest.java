package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.LocationPoint;
import app.footprint.model.StatedInference;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conformance over the shared Google samples. The expected numbers were counted independently of this
 * code, with a separate Python script over the sample files (records, topic lines, distinct topics,
 * locationInfos per map centre, semantic types).
 */
class GoogleSamplesTest {
    private static final String DOGSHEEP = "google/dogsheep-2019/Takeout/";
    private static final String HUDI = "google/hudi-it-2021/Takeout/";

    private final GoogleImporter importer = new GoogleImporter();

    /** Runs the parser the importer picks for {@code path} over the sample file {@code sample}. */
    private ParserRun run(String path, String sample) throws Exception {
        return ParserRun.ofFile(importer.parserFor(path).orElseThrow(() -> new AssertionError("no parser for " + path)),
                path, Fixtures.file(sample));
    }

    @Test
    void englishSearchActivityHoldsOneVisitOneSearchAndTheInferredHome() throws Exception {
        String path = "Takeout/My Activity/Search/My Activity.json";
        ParserRun run = run(path, DOGSHEEP + "My Activity/Search/My Activity.json");

        assertThat(run.file.problemCount()).isZero();
        assertThat(run.sink.items).hasSize(2);
        Item visit = run.sink.items.get(0);
        assertThat(visit.category()).isEqualTo(Category.BROWSING);
        assertThat(visit.attributes()).containsEntry("url",
                "https://webapps.stackexchange.com/questions/95560/how-to-download-google-search-history");
        assertThat(visit.at()).isEqualTo(Instant.parse("2019-05-30T15:37:18.828Z"));
        Item search = run.sink.items.get(1);
        assertThat(search.category()).isEqualTo(Category.SEARCHES);
        assertThat(search.title()).isEqualTo("Searched for \"myactivity\" google export");
        assertThat(search.attributes()).containsEntry("query", "\"myactivity\" google export")
                .containsEntry("location", "Around this area (37.773692, -122.429737)");
        assertThat(run.sink.inferences).singleElement().satisfies(home -> {
            assertThat(home.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(home.value()).isEqualTo("Home near 37.773692, -122.429737");
            assertThat(home.attributes()).containsEntry("label", "home")
                    .containsEntry("source", "From your places (Home)").containsEntry("records", "1");
        });
        assertThat(run.facts.language()).isEqualTo("en");
    }

    @Test
    void legacyLocationHistoryHoldsTwoPoints() throws Exception {
        ParserRun run = run("Takeout/Location History/Location History.json",
                DOGSHEEP + "Location History/Location History.json");

        assertThat(run.file.problemCount()).isZero();
        assertThat(run.sink.items).isEmpty();
        assertThat(run.sink.points).extracting(LocationPoint::latitude, LocationPoint::longitude)
                .containsExactly(tuple(37.6955289, -121.9287261), tuple(37.6955454, -121.9287454));
        assertThat(run.sink.points.get(0).at()).isEqualTo(Instant.ofEpochMilli(1437263846012L));
        assertThat(run.sink.points.get(1).activity()).isEqualTo("UNKNOWN 40%");
        assertThat(run.sink.points.get(1).accuracyMeters()).isEqualTo(43);
        assertThat(run.sink.inferences).isEmpty();
    }

    @Test
    void italianDiscoverHtmlHoldsFourFeedsAnd199TopicsAndThreeInferredAreas() throws Exception {
        // The publisher anglicised the folder names; a real Italian Takeout names them in Italian.
        ParserRun run = run("Takeout/Le mie attività/Discover/Le mie attività.html",
                HUDI + "YourActivities/Discover/MyActivities.html");

        assertThat(run.file.problemCount()).isZero();
        assertThat(run.sink.items).extracting(Item::title).containsExactly("16 schede nel tuo feed",
                "93 schede nel tuo feed", "101 schede nel tuo feed", "115 schede nel tuo feed");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.ACTIVITY
                && "Discover".equals(i.attributes().get("product")));
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2021-11-23T08:16:02Z"));
        assertThat(run.sink.items.get(3).at()).isEqualTo(Instant.parse("2021-11-20T22:32:54Z"));

        List<StatedInference> topics = run.sink.inferences(InferenceKind.TOPIC);
        assertThat(topics).hasSize(199);
        assertThat(topics.stream().mapToInt(t -> Integer.parseInt(t.attributes().get("listed"))).sum()).isEqualTo(277);
        assertThat(topics.stream().mapToInt(t -> Integer.parseInt(t.attributes().getOrDefault("viewed", "0"))).sum())
                .isEqualTo(194);
        assertThat(topics.stream().mapToInt(t -> Integer.parseInt(t.attributes().getOrDefault("selected", "0"))).sum())
                .isEqualTo(13);
        assertThat(topics).filteredOn(t -> t.value().equals("Astronomia")).singleElement()
                .satisfies(t -> assertThat(t.attributes()).containsEntry("listed", "4").containsEntry("viewed", "3"));
        assertThat(topics).extracting(StatedInference::value)
                .contains("Grand Theft Auto: The Trilogy - The Definitive Edition", "Metodo d'esame")
                .noneMatch(v -> v.startsWith("Altre "))
                .noneMatch(v -> v.endsWith(" - visualizzata"));

        assertThat(run.sink.inferences(InferenceKind.INFERRED_LOCATION))
                .extracting(StatedInference::value, i -> i.attributes().get("records"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Area of past activity near 45.184828, 7.628848", "1"),
                        org.assertj.core.groups.Tuple.tuple("Area of past activity near 45.184828, 7.625571", "3"),
                        org.assertj.core.groups.Tuple.tuple("Area of past activity near 45.185713, 7.628952", "2"));
        assertThat(run.sink.inferences).hasSize(202);
        assertThat(run.facts.language()).isEqualTo("it");
    }

    @Test
    void semanticLocationHistoryHoldsEighteenObjectsAndTheInferredHome() throws Exception {
        ParserRun run = run("Takeout/Cronologia delle posizioni/Semantic Location History/2017/2017_APRIL.json",
                HUDI + "LocationHistory/SemanticLocationHistory/2017/2017_APRIL.json");

        assertThat(run.file.problemCount()).isZero();
        assertThat(run.sink.items).hasSize(18);
        assertThat(run.sink.items).filteredOn(i -> "place visit".equals(i.attributes().get("kind"))).hasSize(9);
        assertThat(run.sink.items).filteredOn(i -> "activity segment".equals(i.attributes().get("kind")))
                .extracting(i -> i.attributes().get("activity_type"))
                .containsExactly("WALKING", "IN_SUBWAY", "IN_BUS", "IN_TRAM", "IN_BUS", "IN_PASSENGER_VEHICLE",
                        "IN_SUBWAY", "WALKING", "UNKNOWN_ACTIVITY_TYPE");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.ofEpochMilli(1491232400781L));
        assertThat(run.sink.items.get(0).attributes()).containsEntry("place_confidence", "HIGH_CONFIDENCE")
                .containsEntry("end", Instant.ofEpochMilli(1491234183323L).toString());
        assertThat(run.sink.inferences).singleElement().satisfies(home -> {
            assertThat(home.kind()).isEqualTo(InferenceKind.INFERRED_LOCATION);
            assertThat(home.value()).isEqualTo("Home: Via G. Brunero, 17, San Maurizio Canavese, Torino, Piemonte, Italia");
            assertThat(home.attributes()).containsEntry("semantic_type", "TYPE_HOME")
                    .containsEntry("coordinates", "45.19151, 7.61947");
        });
        assertThat(run.facts.language()).isEqualTo("it");
    }
}
