package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import org.junit.jupiter.api.Test;

class IndicatedPreferencesParserTest {
    @Test
    void eachPickIsAStatedTasteWithItsProfileAndAnswers() throws Exception {
        ParserRun run = ParserRun.of(new IndicatedPreferencesParser(), "CONTENT_INTERACTION/IndicatedPreferences.csv", """
                Profile Name,Show,Has Watched,Is Interested,Event Date
                Jana,Die Elbe-Morde,,,2018-11-03
                Jana,Die Inselärztin,false,true,2018-11-03
                Tom,,true,,2018-11-04
                """);

        assertThat(run.sink.values(InferenceKind.TASTE)).containsExactly("Die Elbe-Morde", "Die Inselärztin");
        assertThat(run.sink.inferences.get(0).attributes()).containsOnly(
                org.assertj.core.api.Assertions.entry("Profile Name", "Jana"),
                org.assertj.core.api.Assertions.entry("Show", "Die Elbe-Morde"),
                org.assertj.core.api.Assertions.entry("Event Date", "2018-11-03"));
        assertThat(run.sink.inferences.get(1).attributes()).containsEntry("Has Watched", "false")
                .containsEntry("Is Interested", "true");
        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
