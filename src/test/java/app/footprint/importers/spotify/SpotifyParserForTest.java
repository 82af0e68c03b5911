package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.FileParser;
import app.footprint.model.Service;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpotifyParserForTest {
    private final SpotifyImporter importer = new SpotifyImporter();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            my_spotify_data/Userdata.json|UserdataParser
            MyData/Identifiers.json|IdentifiersParser
            Spotify Account Data/Identity.json|IdentityParser
            Spotify Account Data/Payments.json|PaymentsParser
            wrapper/my_spotify_data/Inferences.json|InferencesParser
            Marquee.json|MarqueeParser
            my_spotify_data/StreamingHistory_music_0.json|StreamingHistoryParser
            my_spotify_data/StreamingHistory_podcast_12.json|StreamingHistoryParser
            MyData/StreamingHistory3.json|StreamingHistoryParser
            my_spotify_data/SearchQueries.json|SearchQueriesParser
            my_spotify_data/YourLibrary.json|LibraryParser
            my_spotify_data/Playlist1.json|PlaylistsParser
            my_spotify_data/Playlist12.json|PlaylistsParser
            my_spotify_data/Follow.json|FollowParser
            Spotify Extended Streaming History/Streaming_History_Audio_2019-2021_0.json|ExtendedStreamingHistoryParser
            Spotify Extended Streaming History/Streaming_History_Audio_2024.json|ExtendedStreamingHistoryParser
            Spotify Extended Streaming History/Streaming_History_Video_2021-2024.json|ExtendedStreamingHistoryParser
            MyData/endsong_0.json|ExtendedStreamingHistoryParser
            my_spotify_data/Read_Me_First.pdf|-
            Spotify Extended Streaming History/ReadMeFirst_ExtendedStreamingHistory.pdf|-
            my_spotify_data/Wrapped2023.json|-
            my_spotify_data/YourSoundCapsule.json|-
            my_spotify_data/StreamingHistory.json|-
            my_spotify_data/Userdata.json.bak|-
            """)
    void filesAreDispatchedByName(String path, String parserClass) {
        Optional<FileParser> parser = importer.parserFor(path);

        if (parserClass == null) {
            assertThat(parser).isEmpty();
        } else {
            assertThat(parser).get().extracting(p -> p.getClass().getSimpleName()).isEqualTo(parserClass);
        }
    }

    @Test
    void theServiceIsSpotify() {
        assertThat(importer.service()).isEqualTo(Service.SPOTIFY);
    }
}
