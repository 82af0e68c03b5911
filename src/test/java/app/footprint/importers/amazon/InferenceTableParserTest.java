package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import org.junit.jupiter.api.Test;

class InferenceTableParserTest {
    @Test
    void theValueIsTheNameColumnWhenThereIsOne() throws Exception {
        ParserRun run = ParserRun.of(new InferenceTableParser(InferenceKind.TASTE),
                "Digital.PrimeVideo.CustomerTitleRelevanceRecommendations/Digital.PrimeVideo.CustomerTitleRelevanceRecommendations.csv",
                "\uFEFF\"Title\",\"Relevance Score\"\n\"Hebammen im Einsatz\",\"0.93\"\n\"Grenzgänger\",\"0.41\"\n");

        assertThat(run.sink.values(InferenceKind.TASTE)).containsExactly("Hebammen im Einsatz", "Grenzgänger");
        assertThat(run.sink.inferences.get(0).attributes()).containsEntry("Relevance Score", "0.93");
    }

    @Test
    void withoutANameColumnTheRowIsWrittenOut() throws Exception {
        ParserRun run = ParserRun.of(new InferenceTableParser(InferenceKind.DEMOGRAPHIC),
                "Retail.ShopperPanel.Profile/Retail.ShopperPanel.Profile.csv",
                "Household Size,Age Bracket\n2,25-34\n,\n");

        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC)).containsExactly("Household Size: 2; Age Bracket: 25-34");
        assertThat(run.file.problemCount()).isZero();
    }
}
