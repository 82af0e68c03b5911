package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchHistoryParserTest {
    @Test
    void takesTheTextFromDataElseTheTitle() throws IOException {
        ParserRun run = ParserRun.of(new SearchHistoryParser(), "logged_information/search/your_search_history.json", """
                {"searches_v2": [
                  {"timestamp": 1698272460, "title": "Du hast auf Facebook gesucht", "data": [{"text": "Fu\\u00c3\\u009fball Unna"}]},
                  {"timestamp": 1698272000, "title": "Jana M\\u00c3\\u00bcller"},
                  {"timestamp": 1698271000, "attachments": [{"data": [{"text": "Hemd"}]}]}
                ]}""");

        List<Item> searches = run.sink.items(Category.SEARCHES);
        assertThat(searches).extracting(Item::title).containsExactly("Fußball Unna", "Jana Müller", "Hemd");
        assertThat(searches.get(0).detail()).isEqualTo("Du hast auf Facebook gesucht");
        assertThat(searches.get(0).at()).isEqualTo(Instant.ofEpochSecond(1698272460));
    }

    @Test
    void readsTheMarketplaceListOfLabelValueRecords() throws IOException {
        ParserRun run = ParserRun.of(new SearchHistoryParser(),
                "your_facebook_activity/facebook_marketplace/your_search_history.json", """
                [
                  {"timestamp": 1698272460, "media": [], "fbid": "1", "label_values": [{"label": "Search", "value": "Fahrrad"}]},
                  {"timestamp": 1698272000, "media": [], "fbid": "2", "label_values": [{"label": "Search", "value": "Sofa"}]}
                ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Fahrrad", "Sofa");
        assertThat(run.sink.items.get(0).attributes()).containsEntry("where", "Marketplace");
    }
}
