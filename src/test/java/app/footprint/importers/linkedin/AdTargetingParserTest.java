package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AdTargetingParserTest {
    private static final String HEADER = "Member Age,Company Names,Company Names,Member Gender,Member Interests,"
            + "Interface Locales,interfaceLocale,Member Traits,Profile Locations,High Value Audience Segments,Job Titles\n";

    @Test
    void readsTheOneRowByPositionAndSplitsEachCell() throws IOException {
        ParserRun run = ParserRun.of(new AdTargetingParser(), "Ad_Targeting.csv", HEADER
                + "25 to 34,ACME; Foo GmbH,Bar AG,Female,Running; Parenting,German,de_DE,Job Seekers,"
                + "\"Leipzig Area, Germany; Saxony\",Parents,Nurse");

        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC)).containsExactly(
                "Age: 25 to 34", "Gender: Female", "Interface language: German", "Interface locale: de_DE");
        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY))
                .containsExactly("ACME", "Foo GmbH", "Bar AG", "Job Seekers", "Nurse");
        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Running", "Parenting");
        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("Leipzig Area, Germany", "Saxony");
        assertThat(run.sink.values(InferenceKind.AD_SEGMENT)).containsExactly("Parents");
        StatedInference bar = run.sink.inferences(InferenceKind.AUDIENCE_CATEGORY).get(2);
        assertThat(bar.attributes()).containsEntry("targeting", "Company Names").containsEntry("column", "3")
                .doesNotContainKey("cell");
        assertThat(run.sink.inferences).hasSize(14);
        assertThat(run.facts.language()).isEqualTo("de");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void aCellWithALoneSemicolonKeepsTheWholeCellWithItsValues() throws IOException {
        ParserRun run = ParserRun.of(new AdTargetingParser(), "Ad_Targeting.csv",
                "Member Groups\n\"Java;Kotlin fans; Entrepreneur  || Blockchain ; Runners\"\n");

        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY))
                .containsExactly("Java;Kotlin fans", "Entrepreneur  || Blockchain", "Runners");
        assertThat(run.sink.inferences).allSatisfy(i -> assertThat(i.attributes().get("cell"))
                .isEqualTo("Java;Kotlin fans; Entrepreneur  || Blockchain ; Runners"));
    }

    @Test
    void emptyCellsAndAnEmptyFileGiveNothing() throws IOException {
        assertThat(ParserRun.of(new AdTargetingParser(), "Ad_Targeting.csv", HEADER + ",,,,,,,,,,\n").sink.inferences)
                .isEmpty();
        assertThat(ParserRun.of(new AdTargetingParser(), "Ad_Targeting.csv", "").sink.inferences).isEmpty();
    }
}
