package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

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

class OffMetaActivityParserTest {
    private static final String PATH = "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json";

    @Test
    void makesOneItemPerEventAndOneInferencePerCompany() throws IOException {
        ParserRun run = ParserRun.of(new OffMetaActivityParser(), PATH, """
                {"off_facebook_activity_v2": [
                  {"name": "EA - Electronic Arts", "events": [
                    {"id": 298890642986351, "type": "PURCHASE", "timestamp": 1698272460},
                    {"id": 1142242416390410, "type": "PURCHASE", "timestamp": 1665849123456789},
                    {"id": 712102926898513, "type": "PAGE_VIEW", "timestamp": "1651246860"},
                    {"id": 712102926898514, "type": "PURCHASE", "timestamp": 1651506300}
                  ]},
                  {"name": "Caf\\u00c3\\u00a9 Sch\\u00c3\\u00b6n", "events": [
                    {"id": 1, "type": "PAGE_VIEW", "timestamp": 1674663420},
                    "not an event"
                  ]},
                  ["not a company"]
                ]}""");

        List<Item> events = run.sink.items(Category.OFF_SITE_ACTIVITY);
        assertThat(events).hasSize(5);
        assertThat(events.get(0).title()).isEqualTo("EA - Electronic Arts");
        assertThat(events.get(0).at()).isEqualTo(Instant.parse("2023-10-25T22:21:00Z"));
        assertThat(events.get(0).attributes()).containsExactly(Map.entry("type", "PURCHASE"),
                Map.entry("id", "298890642986351"));
        assertThat(events.get(1).at()).as("impossible time").isNull();
        assertThat(events.get(2).at()).as("number written as text").isEqualTo(Instant.ofEpochSecond(1651246860));
        assertThat(events.get(4).title()).isEqualTo("Café Schön");

        List<StatedInference> companies = run.sink.inferences(InferenceKind.OFF_SITE_ACTIVITY);
        assertThat(companies).extracting(StatedInference::value).containsExactly("EA - Electronic Arts", "Café Schön");
        assertThat(companies.get(0).attributes()).containsExactly(
                Map.entry("events", "4"),
                Map.entry("types", "PURCHASE 3, PAGE_VIEW 1"),
                Map.entry("first", "2022-04-29T15:41:00Z"),
                Map.entry("last", "2023-10-25T22:21:00Z"));
        assertThat(companies.get(1).attributes()).containsEntry("events", "1").containsEntry("types", "PAGE_VIEW 1");

        // the impossible time, the event that is no object and the company that is no object
        assertThat(run.file.problemCount()).isEqualTo(3);
    }

    @Test
    void readsTheOlderFileAndKey() throws IOException {
        ParserRun run = ParserRun.of(new OffMetaActivityParser(),
                "ads_and_businesses/your_off-facebook_activity.json", """
                {"off_facebook_activity": [{"name": "Airbnb", "events": [{"id": 1, "type": "PAGE_VIEW", "timestamp": 1651742700}]}]}""");

        assertThat(run.sink.items(Category.OFF_SITE_ACTIVITY)).hasSize(1);
        assertThat(run.sink.values(InferenceKind.OFF_SITE_ACTIVITY)).containsExactly("Airbnb");
    }
}
