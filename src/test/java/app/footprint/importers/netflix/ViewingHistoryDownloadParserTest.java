package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ViewingHistoryDownloadParserTest {
    private static final String PATH = "NetflixViewingHistory.csv";

    @Test
    void usDatesAreReadMonthFirstOnceAMonthDayTellsTheOrder() throws Exception {
        ParserRun run = ParserRun.of(new ViewingHistoryDownloadParser(), PATH, """
                Title,Date
                "Dark: Season 1: Secrets (Episode 1)","3/4/24"
                "Der lange Lauf","3/2/24"
                "Zeitlupe","2/27/24"
                """);

        assertThat(run.sink.items).extracting(Item::at).containsExactly(Instant.parse("2024-03-04T00:00:00Z"),
                Instant.parse("2024-03-02T00:00:00Z"), Instant.parse("2024-02-27T00:00:00Z"));
        assertThat(run.sink.items).allMatch(Item::zoneAssumed);
        assertThat(run.sink.items.get(0).attributes()).containsEntry("show", "Dark").containsEntry("season", "Season 1")
                .containsEntry("Date", "3/4/24");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void italianDatesAreReadDayFirstOnceADayAboveTwelveTellsTheOrder() throws Exception {
        ParserRun run = ParserRun.of(new ViewingHistoryDownloadParser(), PATH, """
                Title,Date
                "La casa di carta: Stagione 1: Episodio 2 (Episodio 2)","04/03/2024"
                "Baggio: Il divin codino","13/02/2024"
                "Suburra: Stagione 2: Episodio 1 (Episodio 1)","02/01/2024"
                """);

        assertThat(run.sink.items).extracting(Item::at).containsExactly(Instant.parse("2024-03-04T00:00:00Z"),
                Instant.parse("2024-02-13T00:00:00Z"), Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(run.sink.items).extracting(Item::title).startsWith(
                "La casa di carta: Stagione 1: Episodio 2 (Episodio 2)");
        assertThat(run.sink.items).extracting(Item::source).extracting(s -> s.position()).containsExactly(0L, 1L, 2L);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void germanDottedAndIsoDatesNeedNoGuess() throws Exception {
        ParserRun run = ParserRun.of(new ViewingHistoryDownloadParser(), PATH, """
                Title,Date
                "Nachtschicht: Staffel 1: Code Blau (Folge 3)","04.03.24"
                "Zeitlupe","2024-02-27"
                """);

        assertThat(run.sink.items).extracting(Item::at).containsExactly(Instant.parse("2024-03-04T00:00:00Z"),
                Instant.parse("2024-02-27T00:00:00Z"));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void aFileThatNeverTellsIsReadMonthFirstAndSaysSo() throws Exception {
        ParserRun run = ParserRun.of(new ViewingHistoryDownloadParser(), PATH, """
                Title,Date
                "Zeitlupe","3/4/24"
                "Herbstlicht","1/2/24"
                "Broken","31/31/24"
                ,"1/1/24"
                """);

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Zeitlupe", "Herbstlicht", "Broken");
        assertThat(run.sink.items).extracting(Item::at).containsExactly(Instant.parse("2024-03-04T00:00:00Z"),
                Instant.parse("2024-01-02T00:00:00Z"), null);
        assertThat(run.file.problemCount()).isEqualTo(3); // the broken date, the row without a title, the guess
    }

    @Test
    void theOrderComesFromTheFirstUnambiguousDate() {
        assertThat(ViewingHistoryDownloadParser.order("3/14/24")).isFalse();
        assertThat(ViewingHistoryDownloadParser.order("14/3/24")).isTrue();
        assertThat(ViewingHistoryDownloadParser.order("3/4/24")).isNull();
        assertThat(ViewingHistoryDownloadParser.order("04.03.24")).isTrue();
        assertThat(ViewingHistoryDownloadParser.order("2024-03-04")).isNull();
    }
}
