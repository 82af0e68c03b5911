package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarqueeParserTest {
    @Test
    void eachArtistGivesAListenerSegment() throws Exception {
        ParserRun run = ParserRun.of(new MarqueeParser(), "my_spotify_data/Marquee.json", """
                [
                  {"artistName": "The Beatles", "segment": "Light listeners"},
                  {"artistName": "Nina Simone", "segment": "Previously active listeners"},
                  {"segment": "Moderate listeners"},
                  []
                ]""");

        assertThat(run.sink.inferences).extracting(StatedInference::value).containsExactly("The Beatles", "Nina Simone");
        assertThat(run.sink.inferences).allMatch(i -> i.kind() == InferenceKind.LISTENER_SEGMENT);
        assertThat(run.sink.inferences.get(0).attributes()).containsExactly(Map.entry("segment", "Light listeners"));
        assertThat(run.sink.inferences.get(1).source().position()).isEqualTo(1);
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
