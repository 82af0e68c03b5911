package app.footprint.importers.google;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActivityJsonParserTest {
    private final GoogleImporter importer = new GoogleImporter();

    private ParserRun run(String path, String json) throws Exception {
        return ParserRun.of(importer.parserFor(path).orElseThrow(), path, json);
    }

    @Test
    void youTubeWatchesAreViewingHistoryAndAdsAreMarkedAndKept() throws Exception {
        ParserRun run = run("Takeout/YouTube y YouTube Music/historial/historial-de-reproducciones.json", """
                [{"header":"YouTube","title":"Has visto Cómo hacer pan","titleUrl":"https://www.youtube.com/watch?v\\u003dabc",
                  "subtitles":[{"name":"Canal Pan","url":"https://www.youtube.com/channel/UC1"}],
                  "time":"2023-08-01T10:00:00.000Z","products":["YouTube"],"activityControls":["YouTube watch history"]},
                 {"header":"YouTube","title":"Has visto Cochecitos 2024","titleUrl":"https://www.youtube.com/watch?v\\u003dad1",
                  "time":"2023-08-01T10:05:00.000Z","products":["YouTube"],
                  "details":[{"name":"De los anuncios de Google"}]},
                 {"header":"YouTube","title":"Has visto un vídeo que se ha eliminado","time":"2023-08-02T10:05:00Z","products":["YouTube"]}]""");

        assertThat(run.sink.items).hasSize(3).allMatch(i -> i.category() == Category.WATCHING);
        Item watch = run.sink.items.get(0);
        assertThat(watch.title()).isEqualTo("Has visto Cómo hacer pan");
        assertThat(watch.attributes()).containsEntry("channel", "Canal Pan")
                .containsEntry("url", "https://www.youtube.com/watch?v=abc").doesNotContainKey("ad");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("ad", "De los anuncios de Google");
        assertThat(run.sink.inferences).isEmpty();
        assertThat(run.facts.language()).isEqualTo("es");
    }

    @Test
    void myActivityRecordsBecomeTheKindOfDataTheirProductAndLinkSay() throws Exception {
        ParserRun run = run("Takeout/My Activity/YouTube/MyActivity.json", """
                [{"header":"YouTube","title":"Watched Running form","titleUrl":"https://www.youtube.com/watch?v\\u003dx","time":"2023-01-01T10:00:00Z"},
                 {"header":"YouTube","title":"Searched for trail shoes","titleUrl":"https://www.youtube.com/results?search_query\\u003dtrail+shoes","time":"2023-01-01T10:01:00Z"},
                 {"header":"YouTube","title":"Subscribed to Runners","time":"2023-01-01T10:02:00Z"},
                 {"header":"Search","title":"Searched for weather leipzig","titleUrl":"https://www.google.com/search?q\\u003dweather+leipzig","time":"2023-01-01T10:03:00Z"},
                 {"header":"Search","title":"Visited Weather","titleUrl":"https://www.google.com/url?q\\u003dhttps://weather.example.org/leipzig\\u0026usg\\u003dAOv","time":"2023-01-01T10:04:00Z"},
                 {"header":"Maps","title":"Searched for midwife","titleUrl":"https://www.google.com/maps/search/midwife+leipzig/@51.3,12.3,13z","time":"2023-01-01T10:05:00Z"},
                 {"header":"Maps","title":"Viewed Clara-Zetkin-Park","titleUrl":"https://www.google.com/maps/place/x","time":"2023-01-01T10:06:00Z"},
                 {"header":"Chrome","title":"Visited example.org","titleUrl":"https://example.org/","time":"2023-01-01T10:07:00Z"},
                 {"header":"Ads","title":"Visited Wiegenwelt","titleUrl":"https://www.googleadservices.com/x","time":"2023-01-01T10:08:00Z"},
                 {"header":"Google Play Store","title":"Used RunTrack","time":"2023-01-01T10:09:00Z"},
                 {"header":"Assistant","title":"Said set a timer","time":"2023-01-01T10:10:00Z"},
                 {"header":"Gmail","title":"Searched for invoice","time":"2023-01-01T10:11:00Z"},
                 {"snippet":{"title":"Searched for pre-2017","titleUrl":"https://www.google.com/search?q\\u003dold","time":"2016-01-01T10:00:00Z","products":["Search"]}},
                 {"title":"Visited a page","titleUrl":"https://example.net/","time":"2020-01-01T10:00:00Z","products":["Chrome"]}]""");

        assertThat(run.sink.items).extracting(Item::category).containsExactly(
                Category.WATCHING, Category.SEARCHES, Category.ACTIVITY, Category.SEARCHES, Category.BROWSING,
                Category.SEARCHES, Category.ACTIVITY, Category.BROWSING, Category.AD_INTERACTIONS, Category.APPS,
                Category.VOICE, Category.ACTIVITY, Category.SEARCHES, Category.BROWSING);
        assertThat(run.sink.items.get(1).attributes()).containsEntry("query", "trail shoes");
        assertThat(run.sink.items.get(4).attributes()).containsEntry("url", "https://weather.example.org/leipzig");
        assertThat(run.sink.items.get(5).attributes()).containsEntry("query", "midwife+leipzig".replace('+', ' '));
        assertThat(run.sink.items.get(12).at()).isEqualTo(Instant.parse("2016-01-01T10:00:00Z"));
        assertThat(run.sink.items.get(13).attributes()).containsEntry("product", "Chrome");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void discoverTopicsAndInferredPlacesAreTalliedOncePerFile() throws Exception {
        ParserRun run = run("Takeout/Meine Aktivitäten/Discover/MeineAktivitäten.json", """
                [{"header":"Discover","title":"3 Karten in deinem Feed","time":"2023-08-01T06:00:00Z","products":["Discover"],
                  "subtitles":[{"name":"Schwangerschaft - angesehen"},{"name":"Laufen"},{"name":"Kinderwagen - angesehen, ausgewählt"}],
                  "locationInfos":[{"name":"In dieser Gegend","url":"https://www.google.com/maps/@?api\\u003d1\\u0026map_action\\u003dmap\\u0026center\\u003d51.33,12.34\\u0026zoom\\u003d12",
                                    "source":"Aus deinen Orten (Zuhause)","sourceUrl":"https://support.google.com"}]},
                 {"header":"Discover","title":"2 Karten in deinem Feed","time":"2023-08-02T06:00:00Z","products":["Discover"],
                  "subtitles":[{"name":"Schwangerschaft - angesehen"},{"name":"3 weitere Karten"}],
                  "locationInfos":[{"name":"In dieser Gegend","url":"https://www.google.com/maps/@?api\\u003d1\\u0026center\\u003d51.33,12.34",
                                    "source":"Aus deinen Orten (Zuhause)"},
                                   {"name":"In dieser Gegend","url":"https://www.google.com/maps/@?api\\u003d1\\u0026center\\u003d51.30,12.40",
                                    "source":"Basierend auf deinen bisherigen Aktivitäten"},
                                   {"name":"Dein Gerät","source":"Von deinem Gerät"}]}]""");

        assertThat(run.sink.items).hasSize(2).allMatch(i -> i.category() == Category.ACTIVITY);
        assertThat(run.sink.inferences(InferenceKind.TOPIC))
                .extracting(StatedInference::value, i -> i.attributes().get("listed"), i -> i.attributes().get("viewed"),
                        i -> i.attributes().get("selected"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Schwangerschaft", "2", "2", null),
                        org.assertj.core.groups.Tuple.tuple("Laufen", "1", null, null),
                        org.assertj.core.groups.Tuple.tuple("Kinderwagen", "1", "1", "1"));
        assertThat(run.sink.inferences(InferenceKind.INFERRED_LOCATION))
                .extracting(StatedInference::value, i -> i.attributes().get("label"), i -> i.attributes().get("records"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Home near 51.33, 12.34", "home", "2"),
                        org.assertj.core.groups.Tuple.tuple("Area of past activity near 51.30, 12.40", "area", "1"));
        assertThat(run.sink.inferences.get(0).source().position()).isZero();
        assertThat(run.facts.language()).isEqualTo("de");
    }

    @Test
    void brokenRecordsAreReportedAndTheRestIsKept() throws Exception {
        ParserRun run = run("Takeout/My Activity/Search/MyActivity.json", """
                [{"header":"Search","title":"Searched for a","time":"2023-01-01T10:00:00Z"},
                 "not a record",
                 {"time":"2023-01-01T10:00:00Z"},
                 {"header":"Search","title":"Searched for b","time":"yesterday"}]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Searched for a", "Searched for b");
        assertThat(run.sink.items.get(1).at()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(3);
    }

    @Test
    void aFileThatIsNoListOfRecordsCannotBeRead() {
        assertThatThrownBy(() -> run("Takeout/My Activity/Search/MyActivity.json", "{\"records\":[]}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("list of activity records");
    }
}
