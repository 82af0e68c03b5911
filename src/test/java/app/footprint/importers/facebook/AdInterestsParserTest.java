package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.InferenceKind;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AdInterestsParserTest {
    private static final String PATH = "logged_information/other_logged_information/ads_interests.json";

    @Test
    void keepsEveryInterestIncludingRepeatsWithMojibakeRepaired() throws IOException {
        ParserRun run = ParserRun.of(new AdInterestsParser(), PATH, """
                {"topics_v2": ["Adidas", "Chris Brown (S\\u00c3\\u00a4nger)", "K\\u00c3\\u00bcche", "Adidas"]}""");

        assertThat(run.sink.values(InferenceKind.AD_INTEREST))
                .containsExactly("Adidas", "Chris Brown (Sänger)", "Küche", "Adidas");
        assertThat(run.sink.inferences).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(run.sink.inferences).allSatisfy(i -> assertThat(i.source().path()).isEqualTo(PATH));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void reportsEntriesOfTheWrongTypeAndGoesOn() throws IOException {
        ParserRun run = ParserRun.of(new AdInterestsParser(), PATH, """
                {"topics_v2": ["Adidas", 42, {"name": "Hemd"}, "", null, "Schuhe"]}""");

        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Adidas", "Schuhe");
        // 42, the object, the empty text and null are each reported
        assertThat(run.file.problemCount()).isEqualTo(4);
        assertThat(run.file.records()).isEqualTo(2);
    }

    @Test
    void readsTheOlderKeyWithoutV2() throws IOException {
        ParserRun run = ParserRun.of(new AdInterestsParser(), "ads_and_businesses/ads_interests.json", """
                {"topics": ["Basel", "Berlin"]}""");

        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Basel", "Berlin");
    }

    @Test
    void failsOnAnUnknownGenerationNamingItsKeysOnly() {
        assertThatThrownBy(() -> ParserRun.of(new AdInterestsParser(), PATH, """
                {"interests_v3": ["secret value"], "fbid": "1"}"""))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("topics_v2")
                .hasMessageContaining("interests_v3, fbid")
                .hasMessageNotContaining("secret value");
    }

    @Test
    void refusesAnHtmlFileInAJsonExport() {
        assertThatThrownBy(() -> ParserRun.of(new AdInterestsParser(), PATH, "<html><body>Interessen</body></html>"))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("HTML");
    }
}
