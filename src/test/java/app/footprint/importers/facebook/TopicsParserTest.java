package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class TopicsParserTest {
    @Test
    void readsInferredTopics() throws IOException {
        ParserRun run = ParserRun.of(new TopicsParser(), "logged_information/your_topics/your_topics.json", """
                {"inferred_topics_v2": ["Cats (domestic animal)", "Caf\\u00c3\\u00a9s", ["nested"], "Rock Music"]}""");

        assertThat(run.sink.values(InferenceKind.TOPIC)).containsExactly("Cats (domestic animal)", "Cafés", "Rock Music");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
