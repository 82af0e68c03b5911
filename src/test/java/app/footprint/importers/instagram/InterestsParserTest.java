package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.FormatException;
import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class InterestsParserTest {
    @Test
    void readsAdInterestsWhateverTheLabelsLanguage() throws Exception {
        ParserRun run = ParserRun.of(new InterestsParser(), "information_about_you/ads_interests.json", """
                {"inferred_data_ig_interest": [
                  {"title": "", "media_map_data": {}, "string_map_data": {"Interesse": {"href": "", "value": "Schwangerschaft", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"Interesse": {"href": "", "value": "Kinderw\\u00c3\\u00a4gen", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"Unbekannt": {"href": "", "value": "Laufen", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {}},
                  "Yoga"
                ]}""");

        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Schwangerschaft", "Kinderwägen", "Laufen");
        // the empty record and the bare text are reported, the rest goes on
        assertThat(run.file.problemCount()).isEqualTo(2);
        assertThat(run.facts.language()).as("Interesse alone is Italian, German or Dutch").isNull();
    }

    @Test
    void readsTopicsAndReelsTopicsNamingTheirList() throws Exception {
        ParserRun topics = ParserRun.of(new InterestsParser(), "preferences/your_topics/recommended_topics.json", """
                {"topics_your_topics": [
                  {"title": "", "media_map_data": {}, "string_map_data": {"Name": {"href": "", "value": "Pregnancy", "timestamp": 0}}},
                  {"title": "", "media_map_data": {}, "string_map_data": {"Name": {"href": "", "value": "Running", "timestamp": 0}}}
                ]}""");
        ParserRun reels = ParserRun.of(new InterestsParser(), "your_topics/your_reels_topics.json", """
                {"topics_your_reels_topics": [
                  {"title": "", "media_map_data": {}, "string_map_data": {"Name": {"href": "", "value": "Babies", "timestamp": 0}}}
                ]}""");

        assertThat(topics.sink.values(InferenceKind.TOPIC)).containsExactly("Pregnancy", "Running");
        assertThat(topics.sink.inferences).allSatisfy(i -> assertThat(i.attributes()).isEmpty());
        assertThat(topics.facts.language()).as("\"Name\" is English and German alike").isNull();
        assertThat(reels.sink.inferences).singleElement().extracting(StatedInference::attributes)
                .isEqualTo(Map.of("list", "reels topics"));
    }

    @Test
    void anUnknownGenerationFailsNamingItsKeys() {
        Assertions.assertThatThrownBy(() -> ParserRun.of(new InterestsParser(), "your_topics/your_topics.json",
                        "{\"topics_v3\": []}"))
                .isInstanceOf(FormatException.class).hasMessageContaining("topics_v3");
    }
}
