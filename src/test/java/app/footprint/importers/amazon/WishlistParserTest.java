package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import org.junit.jupiter.api.Test;

class WishlistParserTest {
    @Test
    void eachItemRecordIsASavedItemWithItsList() throws Exception {
        ParserRun run = ParserRun.of(new WishlistParser(), "Amazon.Lists.Wishlist.2.1/Amazon.Lists.Wishlist.json", """
                [{"Baby [List]": [
                    {"privacy": "PRIVATE"},
                    {"listName": "Baby"},
                    {"recentActivityDate": 1637233620730}
                ]},
                {"Baby [Item 1]": [
                    {"asin": "B072DXXXN1"},
                    {"revealDate": 9223372036854775807},
                    {"quantity": 1},
                    {"amount": {"value": 89.99, "currencyUnit": "EUR"}},
                    {"deleted": "true"}
                ]},
                {"Baby [Item 1]": [
                    {"asin": "B07GS6ZB7T"},
                    {"revealDate": 1631794678000},
                    {"fullyPurchased": "true"}
                ]},
                {"Baby [User]": [
                    {"nodeFlags": ["SHOPPING_LIST_DISMISSED"]},
                    {"emailAddress": "jana@example.org"}
                ]},
                "not a record",
                {"odd key": []}
                ]
                """);

        assertThat(run.sink.items(Category.LIBRARY)).extracting(Item::title)
                .containsExactly("B072DXXXN1 on Baby", "B07GS6ZB7T on Baby");
        assertThat(run.sink.items.get(0).attributes()).containsEntry("list", "Baby").containsEntry("price", "89.99 EUR")
                .containsEntry("quantity", "1").containsEntry("deleted", "true").doesNotContainKey("revealDate");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("revealDate", "2021-09-16T12:17:58Z")
                .containsEntry("fullyPurchased", "true");
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(1L, 2L);
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void aFileThatIsNotAListFails() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParserRun.of(new WishlistParser(),
                        "Amazon.Lists.Wishlist.1.1/Amazon.Lists.Wishlist.json", "{\"lists\": []}"))
                .hasMessageContaining("expected a list");
    }
}
