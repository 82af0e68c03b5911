package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibraryParserTest {
    @Test
    void everySavedThingIsAnItemTypedByItsList() throws Exception {
        ParserRun run = ParserRun.of(new LibraryParser(), "my_spotify_data/YourLibrary.json", """
                {
                  "tracks": [
                    {"artist": "Queen", "album": "A Night at the Opera", "track": "Love of My Life", "uri": "spotify:track:1"},
                    {"artist": "Björk", "album": "Homogenic", "track": "Jóga", "uri": "spotify:track:2"}
                  ],
                  "albums": [{"artist": "Miles Davis", "album": "Kind of Blue", "uri": "spotify:album:3"}],
                  "shows": [{"name": "The Daily", "publisher": "The New York Times", "uri": "spotify:show:4"}],
                  "episodes": [{"name": "A Big Day", "show": "The Daily", "uri": "spotify:episode:5"}],
                  "bannedTracks": [],
                  "artists": [{"name": "Nina Simone", "uri": "spotify:artist:6"}],
                  "bannedArtists": [{"name": "Someone Loud", "uri": "spotify:artist:7"}],
                  "other": ["spotify:user:friend:collection"],
                  "audiobooks": [{"name": "A Long Book", "uri": "spotify:audiobook:8"}],
                  "count": 9
                }""");

        assertThat(run.sink.items).allMatch(i -> i.category() == Category.LIBRARY);
        assertThat(run.sink.items).extracting(Item::title).containsExactly(
                "Love of My Life — Queen", "Jóga — Björk", "Kind of Blue — Miles Davis", "The Daily",
                "A Big Day — The Daily", "Nina Simone", "Someone Loud", "spotify:user:friend:collection", "A Long Book");
        assertThat(run.sink.items).extracting(i -> i.attributes().get("type")).containsExactly(
                "track", "track", "album", "show", "episode", "artist", "banned artist", "other", "audiobook");
        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("type", "track"),
                Map.entry("artist", "Queen"), Map.entry("album", "A Night at the Opera"),
                Map.entry("track", "Love of My Life"), Map.entry("uri", "spotify:track:1"));
        assertThat(run.sink.items).extracting(i -> i.source().position())
                .containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void unnamedEntriesAreReportedAndNewListsKept() throws Exception {
        ParserRun run = ParserRun.of(new LibraryParser(), "YourLibrary.json", """
                {"tracks": [{"album": null}, {"artist": "A", "track": "T"}, 3], "savedVideos": [{"name": "Clip"}]}""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("T — A", "Clip");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("type", "savedVideos");
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
