package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AudienceCategoriesParserTest {
    private static final String PATH = "ads_information/other_categories_used_to_reach_you.json";

    @Test
    void reads2023BctsList() throws IOException {
        ParserRun run = ParserRun.of(new AudienceCategoriesParser(), PATH, """
                {"bcts": ["Konsolenspieler", "Freunde von M\\u00c3\\u00a4nnern, die in 0 bis 7 Tagen Geburtstag haben"]}""");

        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY))
                .containsExactly("Konsolenspieler", "Freunde von Männern, die in 0 bis 7 Tagen Geburtstag haben");
    }

    @Test
    void reads2024LabelValues() throws IOException {
        ParserRun run = ParserRun.of(new AudienceCategoriesParser(), PATH, """
                {"fbid": "123", "media": [], "label_values": [
                  {"label": "Name", "vec": [{"value": "Console gamers"}, {"value": "Frequent travellers"}]},
                  {"label": "Name", "vec": []},
                  17,
                  {"label": "Name", "vec": [{"value": "Birthday in October"}]}
                ]}""");

        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY))
                .containsExactly("Console gamers", "Frequent travellers", "Birthday in October");
        assertThat(run.sink.inferences).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L);
        assertThat(run.file.problemCount()).isEqualTo(1); // the 17
    }
}
