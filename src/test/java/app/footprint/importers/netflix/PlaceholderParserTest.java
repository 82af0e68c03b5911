package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.testing.ParserRun;
import org.junit.jupiter.api.Test;

class PlaceholderParserTest {
    @Test
    void aPlaceholderSentenceIsAnEmptyFileNotAProblem() throws Exception {
        ParserRun run = ParserRun.of(new PlaceholderParser(), "GAMES/GamePlaySession.txt",
                "There is no data for this category.\n");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.sink.inferences).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void anEmptyFileIsAlsoFine() throws Exception {
        assertThat(ParserRun.of(new PlaceholderParser(), "CONTENT_INTERACTION/Ratings.txt", "").file.problemCount())
                .isZero();
    }

    @Test
    void aLongTextIsReportedNotRead() throws Exception {
        ParserRun run = ParserRun.of(new PlaceholderParser(), "CUSTOMER_SERVICE/ChatTranscripts.txt",
                "line of a chat\n".repeat(300));

        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
