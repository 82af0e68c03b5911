package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdInteractionsParserTest {
    @Test
    void readsClickedAds() throws IOException {
        ParserRun run = ParserRun.of(new AdInteractionsParser(), "ads_information/advertisers_you've_interacted_with.json", """
                {"history_v2": [
                  {"title": "Zalando \\u00e2\\u0080\\u0093 Mode", "action": "Clicked ad", "timestamp": 1698272460},
                  {"title": "Airbnb", "action": "Clicked ad", "timestamp": 17000649123456789},
                  true
                ]}""");

        List<Item> ads = run.sink.items(Category.AD_INTERACTIONS);
        assertThat(ads).extracting(Item::title).containsExactly("Zalando – Mode", "Airbnb");
        assertThat(ads.get(0).at()).isEqualTo(Instant.ofEpochSecond(1698272460));
        assertThat(ads.get(0).attributes()).containsExactly(Map.entry("action", "Clicked ad"));
        assertThat(ads.get(1).at()).isNull();
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
