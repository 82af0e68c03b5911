package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Alexa's files have no sample at hand; these tests pin the tolerant reading the parsers promise. */
class AlexaParsersTest {
    private final AmazonImporter importer = new AmazonImporter();

    @Test
    void aVoiceHistoryTableIsVoiceItems() throws Exception {
        String path = "Alexa/Alexa.VoiceHistory/VoiceHistory.csv";
        ParserRun run = ParserRun.of(importer.parserFor(path).orElseThrow(), path, """
                Timestamp,Device,Customer Utterance
                2023-08-01T07:15:02Z,Echo Dot,alexa wie wird das wetter in leipzig
                2023-08-01T07:16:00Z,Echo Dot,
                """);

        assertThat(run.sink.items(Category.VOICE)).extracting(Item::title).containsExactly("alexa wie wird das wetter in leipzig");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2023-08-01T07:15:02Z"));
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void aRecordingIsOneVoiceItemAtTheTimeInItsName() throws Exception {
        String path = "Alexa/Audio/2023-08-01T07_15_02.123Z_request.wav";
        ParserRun run = ParserRun.of(importer.parserFor(path).orElseThrow(), path, "RIFF....WAVE");

        assertThat(run.sink.items(Category.VOICE)).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Voice recording 2023-08-01T07_15_02.123Z_request.wav");
            assertThat(i.at()).isEqualTo(Instant.parse("2023-08-01T07:15:02Z"));
            assertThat(i.attributes()).containsEntry("file", path);
        });
    }

    @Test
    void audioOutsideAnAlexaFolderIsNotClaimed() {
        assertThat(importer.parserFor("Music/song.mp3")).isEmpty();
    }
}
