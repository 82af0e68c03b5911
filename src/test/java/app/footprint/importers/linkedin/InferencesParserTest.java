package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class InferencesParserTest {
    @Test
    void eachRowIsAConclusionWithLinkedInsOwnExplanation() throws IOException {
        ParserRun run = ParserRun.of(new InferencesParser(), "Inferences_about_you.csv",
                "Category,Type of inference,Description,Inference\n"
                        + "Career inferences,People leader,\"Based on your experience, and other factors.\",No\n"
                        + "Job search inferences,Interested in a new job,Based on searches.,true\n"
                        + "Inferred personal characteristics,Inferred gender,Based on your name.,FEMALE\n"
                        + "Inferred interests,Interest,Based on what you read.,Healthcare\n"
                        + ",,,\n"
                        + "LinkedIn activity inferences,Active contributor,Based on posts.,false");

        assertThat(run.sink.values(InferenceKind.OTHER)).containsExactly(
                "People leader: no", "Interested in a new job: yes", "Active contributor: no");
        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC)).containsExactly("Inferred gender: FEMALE");
        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Interest: Healthcare");
        assertThat(run.sink.inferences.get(0).attributes())
                .containsEntry("category", "Career inferences")
                .containsEntry("inference", "No")
                .containsEntry("LinkedIn's explanation", "Based on your experience, and other factors.");
        assertThat(run.sink.inferences.get(4).source().position()).isEqualTo(5);
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
