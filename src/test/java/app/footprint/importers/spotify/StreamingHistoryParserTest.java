package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StreamingHistoryParserTest {
    private final StreamingHistoryParser parser = new StreamingHistoryParser();

    @Test
    void musicPlaysHaveTrackArtistAndAnAssumedUtcTime() throws Exception {
        ParserRun run = ParserRun.of(parser, "my_spotify_data/StreamingHistory_music_0.json", """
                [
                  {"endTime" : "2021-11-04 11:16", "artistName" : "Morris the Friend", "trackName" : "Orange Room", "msPlayed" : 156973},
                \t{"endTime" : "2022-04-25 07:47", "artistName" : "6LACK", "trackName" : "Switch", "msPlayed" : 0}
                ]""");

        assertThat(run.sink.items).hasSize(2);
        Item first = run.sink.items.get(0);
        assertThat(first.category()).isEqualTo(Category.LISTENING);
        assertThat(first.title()).isEqualTo("Orange Room — Morris the Friend");
        assertThat(first.at()).isEqualTo(Instant.parse("2021-11-04T11:16:00Z"));
        assertThat(first.zoneAssumed()).isTrue();
        assertThat(first.attributes()).containsExactly(
                Map.entry("artist", "Morris the Friend"), Map.entry("track", "Orange Room"),
                Map.entry("ms_played", "156973"), Map.entry("kind", "music"));
        assertThat(first.source().position()).isZero();
        assertThat(run.sink.items.get(1).attributes()).containsEntry("ms_played", "0");
        assertThat(run.sink.items.get(1).source().position()).isEqualTo(1);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void podcastPlaysHaveEpisodeAndShow() throws Exception {
        ParserRun run = ParserRun.of(parser, "my_spotify_data/StreamingHistory_podcast_0.json", """
                [{"endTime":"2023-01-02 08:00","podcastName":"The Daily","episodeName":"A Big Day","msPlayed":1200000}]""");

        Item play = run.sink.items.get(0);
        assertThat(play.title()).isEqualTo("A Big Day — The Daily");
        assertThat(play.attributes()).containsExactly(
                Map.entry("show", "The Daily"), Map.entry("episode", "A Big Day"),
                Map.entry("ms_played", "1200000"), Map.entry("kind", "podcast"));
    }

    @Test
    void olderNumberedFilesAreReadAsMusic() throws Exception {
        ParserRun run = ParserRun.of(parser, "MyData/StreamingHistory0.json", """
                [{"endTime":"2019-03-01 22:05","artistName":"Björk","trackName":"Jóga","msPlayed":300000}]""");

        assertThat(run.sink.items).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Jóga — Björk");
            assertThat(item.attributes()).containsEntry("kind", "music");
            assertThat(item.at()).isEqualTo(Instant.parse("2019-03-01T22:05:00Z"));
        });
    }

    @Test
    void brokenRecordsAreReportedAndTheRestKept() throws Exception {
        ParserRun run = ParserRun.of(parser, "my_spotify_data/StreamingHistory_music_1.json", """
                [
                  {"endTime":"2021-11-04 11:16","artistName":"A","trackName":"One","msPlayed":1},
                  "not a record",
                  {"endTime":"2021-11-04 11:20","msPlayed":5},
                  {"endTime":"yesterday","artistName":"B","trackName":"Two","msPlayed":"lots"},
                  {"endTime":"2021-11-04 11:30","artistName":"C","trackName":"Three","msPlayed":3}
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("One — A", "Two — B", "Three — C");
        Item undated = run.sink.items.get(1);
        assertThat(undated.at()).isNull();
        assertThat(undated.attributes()).doesNotContainKey("ms_played");
        assertThat(undated.source().position()).isEqualTo(3);
        assertThat(run.file.problemCount()).isEqualTo(3);
        assertThat(run.file.records()).isEqualTo(3);
    }

    @Test
    void anEmptyListGivesNothingAndNoProblem() throws Exception {
        ParserRun run = ParserRun.of(parser, "my_spotify_data/StreamingHistory_podcast_0.json", "[]");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void aFileThatIsNotAListCannotBeRead() {
        assertThatThrownBy(() -> ParserRun.of(parser, "StreamingHistory_music_0.json", "{\"endTime\":\"x\"}"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("expected a list of records but found an object");
    }
}
