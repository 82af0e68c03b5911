package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PlaybackEventsParserTest {
    @Test
    void aSessionIsAnActivityWithItsNumberOfTraceEvents() throws Exception {
        ParserRun run = ParserRun.of(new PlaybackEventsParser(), "CONTENT_INTERACTION/PlaybackRelatedEvents.csv", """
                Profile Name,Title Description,Device,Playback Start Utc Ts,Country,Playtraces
                Bea,Part 5 Volume 2 Trailer: Money Heist,Chrome PC (Cadmium),2021-12-10 16:04:03,IT,[]
                Bea,"Tear Along the Dotted Line: Season 1: ""Episode 6""\",Chrome PC (Cadmium),2021-11-30 23:58:07,IT,"[{""eventType"":""start"",""sessionOffsetMs"":8606,""mediaOffsetMs"":1},{""eventType"":""stopped"",""sessionOffsetMs"":69119,""mediaOffsetMs"":58777}]\"
                Bea,Broken,Chrome PC (Cadmium),2021-11-30 23:00:00,IT,{not json
                """);

        assertThat(run.sink.items(Category.ACTIVITY)).extracting(Item::title).containsExactly(
                "Playback: Part 5 Volume 2 Trailer: Money Heist",
                "Playback: Tear Along the Dotted Line: Season 1: \"Episode 6\"", "Playback: Broken");
        assertThat(run.sink.items.get(0).attributes()).containsEntry("playtrace_events", "0").doesNotContainKey("Playtraces");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("playtrace_events", "2")
                .containsEntry("Country", "IT");
        assertThat(run.sink.items.get(1).at()).isEqualTo(Instant.parse("2021-11-30T23:58:07Z"));
        assertThat(run.sink.items.get(2).attributes()).doesNotContainKey("playtrace_events");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
