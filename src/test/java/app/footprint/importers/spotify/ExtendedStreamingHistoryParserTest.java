package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExtendedStreamingHistoryParserTest {
    private final ExtendedStreamingHistoryParser parser = new ExtendedStreamingHistoryParser();

    /** The generation before 2023: endsong files with username and the decrypted IP address. */
    private static final String ENDSONG = """
            [{"ts":"2013-10-05T17:15:45Z","username":"someone","platform":"Android OS 4.1.2 API 16 (samsung, GT-I9300)",
              "ms_played":213000,"conn_country":"DE","ip_addr_decrypted":"192.0.2.10","user_agent_decrypted":"unknown",
              "master_metadata_track_name":"Bohemian Rhapsody","master_metadata_album_artist_name":"Queen",
              "master_metadata_album_album_name":"A Night at the Opera","spotify_track_uri":"spotify:track:abc",
              "episode_name":null,"episode_show_name":null,"spotify_episode_uri":null,
              "reason_start":"clickrow","reason_end":"trackdone","shuffle":false,"skipped":null,"offline":false,
              "offline_timestamp":0,"incognito_mode":false}]""";

    /** Today's generation: ip_addr, no username, audiobook fields. */
    private static final String AUDIO = """
            [
              {"ts":"2024-02-01T08:00:00Z","platform":"ios","ms_played":1500000,"conn_country":"FR","ip_addr":"198.51.100.7",
               "master_metadata_track_name":null,"master_metadata_album_artist_name":null,"master_metadata_album_album_name":null,
               "spotify_track_uri":null,"episode_name":"Episode 12","episode_show_name":"Some Show",
               "spotify_episode_uri":"spotify:episode:e12","audiobook_title":null,"audiobook_uri":null,
               "audiobook_chapter_uri":null,"audiobook_chapter_title":null,"reason_start":"fwdbtn","reason_end":"endplay",
               "shuffle":false,"skipped":true,"offline":false,"offline_timestamp":null,"incognito_mode":false},
              {"ts":"2024-02-02T09:30:00Z","platform":"android","ms_played":600000,"conn_country":"FR","ip_addr":"198.51.100.7",
               "master_metadata_track_name":null,"episode_name":null,"audiobook_title":"A Long Book",
               "audiobook_uri":"spotify:audiobook:b","audiobook_chapter_uri":"spotify:chapter:c","audiobook_chapter_title":"Chapter 3"},
              {"ts":"2024-02-03T10:00:00Z","platform":"android","ms_played":1000,"master_metadata_track_name":null,
               "episode_name":null,"spotify_track_uri":"spotify:track:gone"}
            ]""";

    @Test
    void olderRecordsKeepTheirFieldNamesIncludingTheDecryptedIpAddress() throws Exception {
        ParserRun run = ParserRun.of(parser, "MyData/endsong_0.json", ENDSONG);

        Item play = run.sink.items.get(0);
        assertThat(play.category()).isEqualTo(Category.LISTENING);
        assertThat(play.title()).isEqualTo("Bohemian Rhapsody — Queen");
        assertThat(play.at()).isEqualTo(Instant.parse("2013-10-05T17:15:45Z"));
        assertThat(play.zoneAssumed()).isFalse();
        assertThat(play.attributes())
                .containsEntry("ip_addr_decrypted", "192.0.2.10")
                .containsEntry("username", "someone")
                .containsEntry("ms_played", "213000")
                .containsEntry("conn_country", "DE")
                .containsEntry("master_metadata_album_album_name", "A Night at the Opera")
                .containsEntry("spotify_track_uri", "spotify:track:abc")
                .containsEntry("reason_start", "clickrow")
                .containsEntry("reason_end", "trackdone")
                .containsEntry("shuffle", "false")
                .containsEntry("offline", "false")
                .containsEntry("incognito_mode", "false")
                .containsEntry("kind", "music")
                .doesNotContainKeys("ts", "ip_addr", "skipped", "episode_name");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void newerRecordsUseIpAddrAndNameEpisodesAudiobooksAndUnnamedPlays() throws Exception {
        ParserRun run = ParserRun.of(parser,
                "Spotify Extended Streaming History/Streaming_History_Audio_2023-2024_3.json", AUDIO);

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Episode 12 — Some Show", "Chapter 3 — A Long Book", "spotify:track:gone");
        assertThat(run.sink.items).extracting(i -> i.attributes().get("kind"))
                .containsExactly("podcast", "audiobook", "unknown");
        Item episode = run.sink.items.get(0);
        assertThat(episode.attributes())
                .containsEntry("ip_addr", "198.51.100.7")
                .containsEntry("skipped", "true")
                .containsEntry("spotify_episode_uri", "spotify:episode:e12")
                .doesNotContainKeys("ip_addr_decrypted", "username", "master_metadata_track_name");
        assertThat(run.sink.items.get(1).attributes())
                .containsEntry("audiobook_chapter_uri", "spotify:chapter:c");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void episodesInVideoFilesAreVideos() throws Exception {
        ParserRun run = ParserRun.of(parser, "Spotify Extended Streaming History/Streaming_History_Video_2024.json", """
                [{"ts":"2024-05-01T10:00:00Z","ms_played":5000,"episode_name":"Live","episode_show_name":"Cam Show"}]""");

        assertThat(run.sink.items).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Live — Cam Show");
            assertThat(item.attributes()).containsExactly(Map.entry("ms_played", "5000"),
                    Map.entry("episode_name", "Live"), Map.entry("episode_show_name", "Cam Show"), Map.entry("kind", "video"));
        });
    }

    @Test
    void brokenRecordsAreReportedAndTheRestKept() throws Exception {
        ParserRun run = ParserRun.of(parser, "Streaming_History_Audio_2024_0.json", """
                [
                  {"ts":"2024-01-01T00:00:00Z","ms_played":1,"master_metadata_track_name":"Kept","master_metadata_album_artist_name":"X"},
                  42,
                  {"platform":"ios"},
                  {"ts":"not a time","ms_played":2,"master_metadata_track_name":"Undated"}
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Kept — X", "Undated");
        assertThat(run.sink.items.get(1).at()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(3);
    }
}
