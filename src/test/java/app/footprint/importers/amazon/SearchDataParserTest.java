package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SearchDataParserTest {
    @Test
    void keywordSearchesAndBrowsingAreSearchesAtTheirGmtTime() throws Exception {
        ParserRun run = ParserRun.of(new SearchDataParser(), "Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv", """
                First Search Time (GMT),Country ID,All Department (APS) or Category,"Search Type (Keyword,Visual,Browse)",Customer IP,Keywords,Language,Purchased Any Item (Y/N)
                2021-11-11 17:32:32,35691,aps,kw,88.87.118.0,disco ssd con windows,it_IT,0
                2019-07-24 15:17:06,35691,computers,br,88.87.118.0,,it_IT,1
                2019-07-24 15:17:06,35691,,br,88.87.118.0,,it_IT,0
                """);

        assertThat(run.sink.items(Category.SEARCHES)).extracting(Item::title)
                .containsExactly("disco ssd con windows", "Browsed: computers");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2021-11-11T17:32:32Z"));
        assertThat(run.sink.items.get(0).zoneAssumed()).as("the column says GMT").isFalse();
        assertThat(run.sink.items.get(0).attributes()).containsEntry("Customer IP", "88.87.118.0")
                .containsEntry("Search Type (Keyword,Visual,Browse)", "kw");
        assertThat(run.facts.language()).isEqualTo("it");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void primeVideoSearchesOfTheNewerLayoutAreReadToo() throws Exception {
        ParserRun run = ParserRun.of(new SearchDataParser(), "Your Prime Video Viewing Activity/Search History.csv", """
                Search Request Date,Search Query from Customer,Device Name
                2024-02-01T20:00:00Z,hebammen,Fire TV Stick
                """);

        assertThat(run.sink.items).extracting(Item::title).containsExactly("hebammen");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2024-02-01T20:00:00Z"));
    }
}
