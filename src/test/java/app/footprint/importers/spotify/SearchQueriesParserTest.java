package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueriesParserTest {
    @Test
    void searchesKeepTheQueryTheDeviceAndWhatWasOpened() throws Exception {
        ParserRun run = ParserRun.of(new SearchQueriesParser(), "my_spotify_data/SearchQueries.json", """
                [
                  {"platform":"IPHONE","searchTime":"2022-09-22T04:45:54.424Z[UTC]","searchQuery":"beatles",
                   "searchInteractionURIs":["spotify:artist:3WrFJ7ztbogyGnTHbHJFl2","spotify:track:xyz"]},
                  {"platform":"WEB","searchTime":"2022-09-23T10:00:00.000Z[UTC]","searchQuery":"jazz","searchInteractionURIs":[]}
                ]""");

        assertThat(run.sink.items).hasSize(2);
        Item first = run.sink.items.get(0);
        assertThat(first.category()).isEqualTo(Category.SEARCHES);
        assertThat(first.title()).isEqualTo("beatles");
        assertThat(first.at()).isEqualTo(Instant.parse("2022-09-22T04:45:54.424Z"));
        assertThat(first.zoneAssumed()).isFalse();
        assertThat(first.attributes()).containsExactly(Map.entry("platform", "IPHONE"),
                Map.entry("searchInteractionURIs", "spotify:artist:3WrFJ7ztbogyGnTHbHJFl2\nspotify:track:xyz"));
        assertThat(run.sink.items.get(1).attributes()).containsExactly(Map.entry("platform", "WEB"));
    }

    @Test
    void searchesWithoutTextAreReportedAndBadTimesKeptUndated() throws Exception {
        ParserRun run = ParserRun.of(new SearchQueriesParser(), "SearchQueries.json", """
                [
                  {"platform":"WEB","searchTime":"2022-09-23T10:00:00.000Z[UTC]","searchQuery":""},
                  {"platform":"WEB","searchTime":"2099-01-01T00:00:00Z","searchQuery":"future"},
                  {"platform":"WEB","searchTime":"2022-09-23T11:00:00.000Z[UTC]","searchQuery":"ok"}
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("future", "ok");
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
