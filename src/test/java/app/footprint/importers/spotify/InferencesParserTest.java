package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferencesParserTest {
    @Test
    void eachStringIsAnAdSegmentWithPartyMarketTagsAndTheRawString() throws Exception {
        ParserRun run = ParserRun.of(new InferencesParser(), "my_spotify_data/Inferences.json", """
                {
                  "inferences": [
                    "1P_Custom_Affinity_Remitly [Advertiser-Specific]",
                \t"3P_Alcohol Consumers_BR",
                    "3P_Alcohol Consumers_MX",
                    "Business"
                  ]
                }""");

        assertThat(run.sink.inferences).allMatch(i -> i.kind() == InferenceKind.AD_SEGMENT);
        assertThat(run.sink.inferences).extracting(StatedInference::value)
                .containsExactly("Custom_Affinity_Remitly", "Alcohol Consumers", "Alcohol Consumers", "Business");
        assertThat(run.sink.inferences.get(0).attributes()).containsExactly(Map.entry("party", "first-party"),
                Map.entry("tags", "Advertiser-Specific"), Map.entry("raw", "1P_Custom_Affinity_Remitly [Advertiser-Specific]"));
        assertThat(run.sink.inferences.get(1).attributes()).containsExactly(Map.entry("party", "third-party"),
                Map.entry("market", "BR"), Map.entry("raw", "3P_Alcohol Consumers_BR"));
        assertThat(run.sink.inferences.get(3).attributes()).containsExactly(Map.entry("raw", "Business"));
        assertThat(run.sink.inferences).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L, 3L);
    }

    @Test
    void oddEntriesAreReportedAndOtherRootKeysIgnored() throws Exception {
        ParserRun run = ParserRun.of(new InferencesParser(), "Inferences.json", """
                {"note": {"a": 1}, "inferences": ["3P_Gamers_US", 12, null, "   ", "3P_[Advertiser-Specific]"], "more": []}""");

        assertThat(run.sink.values(InferenceKind.AD_SEGMENT)).containsExactly("Gamers");
        assertThat(run.file.problemCount()).isEqualTo(4);
    }

    @Test
    void aBareListAndAnEmptyListAreRead() throws Exception {
        assertThat(ParserRun.of(new InferencesParser(), "Inferences.json", "[\"Podcasts\"]").sink.values(InferenceKind.AD_SEGMENT))
                .containsExactly("Podcasts");
        ParserRun empty = ParserRun.of(new InferencesParser(), "Inferences.json", "{\"inferences\": []}");
        assertThat(empty.sink.inferences).isEmpty();
        assertThat(empty.file.problemCount()).isZero();
    }
}
