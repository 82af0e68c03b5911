package app.footprint.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class KeywordsTest {
    private static boolean matches(String keyword, String text) {
        return Keywords.of(List.of(keyword)).matches(Keywords.normalise(text));
    }

    @Test
    void matchesWholeWordsWithoutRegardToCaseAndAccents() {
        assertThat(matches("wattebällchen", "WATTEBALLCHEN XXL-Beutel")).isTrue();
        assertThat(matches("fußmatte", "Fussmatte 60x90")).isTrue();
        assertThat(matches("cot", "Cotton balls")).as("a whole word").isFalse();
        assertThat(matches("cot", "Baby cot, white")).isTrue();
        assertThat(matches("cotton balls", "balls of cotton")).as("words in order").isFalse();
    }

    @Test
    void aStarLetsAWordGoOnAndAPlusNeedsEveryPart() {
        assertThat(matches("*lotion+parfümfrei", "Bodylotion parfümfrei, 400 ml")).isTrue();
        assertThat(matches("*lotion+parfümfrei", "Bodylotion mit Duft")).isFalse();
        assertThat(matches("windel*", "Windeln Größe 1")).isTrue();
        assertThat(matches("windel*", "Babywindeln")).isFalse();
        assertThat(matches("*kinderwagen", "Kinderwagen 3in1 / Kombikinderwagen")).isTrue();
        assertThat(matches("ohne duft*", "Lotion ohne Duftstoffe")).isTrue();
        assertThat(Keywords.of(List.of(" ", "")).isEmpty()).isTrue();
    }

    @Test
    void everyListedIndicatorHasKeywordsAndAKnownEvent() {
        LifeEventCatalogue catalogue = LifeEventCatalogue.standard();
        assertThat(catalogue.events()).extracting(LifeEventCatalogue.LifeEvent::id).containsExactly(
                "pregnancy", "new_baby", "moving", "new_pet", "wedding", "studies", "new_job", "illness");
        assertThat(catalogue.indicators()).hasSize(57)
                .allSatisfy(i -> assertThat(i.keywords().isEmpty()).isFalse())
                .allSatisfy(i -> assertThat(i.weight()).isBetween(1, 2));
    }
}
