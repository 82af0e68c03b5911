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

class PlaylistsParserTest {
    @Test
    void onePlaylistItemWithItsTrackCountDescriptionAndFollowers() throws Exception {
        ParserRun run = ParserRun.of(new PlaylistsParser(), "my_spotify_data/Playlist1.json", """
                {
                  "playlists": [
                    {
                      "name": "Running",
                      "lastModifiedDate": "2021-05-03",
                      "collaborators": [],
                      "items": [
                        {"track": {"trackName": "Eye of the Tiger", "artistName": "Survivor", "albumName": "Eye of the Tiger",
                                   "trackUri": "spotify:track:1"}, "episode": null, "localTrack": null, "addedDate": "2021-05-01"},
                        {"track": null, "episode": {"episodeName": "Pep talk", "showName": "Coach", "episodeUri": "spotify:episode:2"},
                         "addedDate": "2021-05-02"},
                        {"track": {"trackName": "Run", "artistName": "Snow Patrol", "albumName": "Final Straw", "trackUri": "spotify:track:3"},
                         "addedDate": "2021-05-03"}
                      ],
                      "description": "Fast songs",
                      "numberOfFollowers": 2
                    },
                    {"name": "", "lastModifiedDate": "2020-01-01", "items": [], "description": null, "numberOfFollowers": 0},
                    "not a playlist"
                  ]
                }""");

        assertThat(run.sink.items).hasSize(2);
        Item running = run.sink.items.get(0);
        assertThat(running.category()).isEqualTo(Category.PLAYLISTS);
        assertThat(running.title()).isEqualTo("Running");
        assertThat(running.at()).isEqualTo(Instant.parse("2021-05-03T00:00:00Z"));
        assertThat(running.zoneAssumed()).isTrue();
        assertThat(running.attributes()).containsExactly(Map.entry("tracks", "3"), Map.entry("description", "Fast songs"),
                Map.entry("followers", "2"), Map.entry("lastModifiedDate", "2021-05-03"));
        Item untitled = run.sink.items.get(1);
        assertThat(untitled.title()).isEqualTo("Untitled playlist");
        assertThat(untitled.attributes()).containsEntry("tracks", "0").containsEntry("followers", "0")
                .doesNotContainKey("description");
        assertThat(untitled.source().position()).isEqualTo(1);
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void aListAtTheRootCannotBeRead() {
        assertThatThrownBy(() -> ParserRun.of(new PlaylistsParser(), "Playlist1.json", "[]"))
                .isInstanceOf(FormatException.class);
    }
}
