package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueriesTest {
    @Test
    void typedTextIsWordsNeverSyntax() {
        assertThat(SearchQueries.words("  \"Café\" AND (Plag-witz) NEAR/2 * ")).containsExactly("Café", "AND", "Plag",
                "witz", "NEAR", "2");
        assertThat(SearchQueries.words(null)).isEmpty();
    }

    @Test
    void wordsAreFoldedAsTheIndexKeepsThem() {
        assertThat(SearchQueries.folded("Café")).isEqualTo("cafe");
        assertThat(SearchQueries.folded("KÖHLER")).isEqualTo("kohler");
        assertThat(SearchQueries.folded("Łódź")).isEqualTo("łodz"); // the stroke is a letter of its own, not an accent
    }
}
