package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportWriter;
import app.footprint.model.Item;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ItemQueriesTest {
    private static final Instant MORNING = Instant.parse("2024-01-20T08:00:00Z");
    private static final Instant NOON = Instant.parse("2024-01-20T12:00:00Z");
    private static final Instant EVENING = Instant.parse("2024-01-20T20:00:00Z");

    @TempDir
    Path dir;
    private Database db;
    private ItemQueries items;
    private List<Export> facebook;

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("footprint.db"));
        items = new ItemQueries(db);
        write(Service.FACEBOOK, "fp-old", Instant.parse("2023-06-01T00:00:00Z"),
                search("old snapshot's search", EVENING));
        // Written in this order, so the ids of equal times and of undated items are not the browser's order.
        write(Service.FACEBOOK, "fp-new", Instant.parse("2024-03-01T00:00:00Z"),
                search("noon 1", NOON), search("undated 1", null), search("morning", MORNING),
                search("noon 2", NOON), new Item(Category.MESSAGES, EVENING, false, "a message", null, Map.of(),
                        new SourceRef("m.json", 0)),
                search("evening", EVENING), search("undated 2", null), search("noon 3", NOON));
        write(Service.SPOTIFY, "sp", Instant.parse("2024-03-01T00:00:00Z"),
                search("another company's search", Instant.parse("2024-02-01T00:00:00Z")));
        facebook = new CompanyQueries(db).company(Service.FACEBOOK).currentExports();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void anItemsPositionIsItsRowInTheBrowserNewestFirstThenByIdWithUndatedOnesLast() {
        List<ItemRow> rows = items.page(facebook, Category.SEARCHES, 0, 20);
        assertThat(rows).extracting(ItemRow::title).containsExactly("evening", "noon 1", "noon 2", "noon 3",
                "morning", "undated 1", "undated 2");

        assertThat(position("evening")).hasValue(0);
        assertThat(position("noon 1")).hasValue(1);
        assertThat(position("noon 2")).hasValue(2);
        assertThat(position("noon 3")).hasValue(3);
        assertThat(position("morning")).hasValue(4);
        assertThat(position("undated 1")).hasValue(5);
        assertThat(position("undated 2")).hasValue(6);
    }

    @Test
    void anItemNotAmongTheRowsShownHasNoPosition() {
        assertThat(position("old snapshot's search")).as("an older snapshot").isEmpty();
        assertThat(position("another company's search")).isEmpty();
        assertThat(position("a message")).as("another kind").isEmpty();
        assertThat(items.position(facebook, Category.SEARCHES, 999_999)).isEmpty();
        assertThat(items.position(List.of(), Category.SEARCHES, id("evening"))).isEmpty();
        assertThat(items.position(facebook, Category.LOCATIONS, id("evening"))).as("a kind it does not hold").isEmpty();
    }

    @Test
    void thePositionIsCountedFromTheIndexWithoutSorting() {
        for (String sql : List.of(ItemQueries.DATED_BEFORE, ItemQueries.UNDATED_BEFORE)) {
            List<String> plan = db.read(c -> {
                List<String> steps = new ArrayList<>();
                try (PreparedStatement s = c.prepareStatement("EXPLAIN QUERY PLAN " + sql);
                     ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        steps.add(rs.getString("detail"));
                    }
                }
                return steps;
            });
            assertThat(plan).filteredOn(step -> step.startsWith("SEARCH item")).hasSize(2)
                    .allMatch(step -> step.contains("USING COVERING INDEX item_by_category"), "uses the index");
            assertThat(plan).as("no pass over every item, no sort").noneMatch(step -> step.startsWith("SCAN item")
                    || step.contains("TEMP B-TREE"));
        }
    }

    private OptionalLong position(String title) {
        return items.position(facebook, Category.SEARCHES, id(title));
    }

    private long id(String title) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM item WHERE title = ?")) {
                s.setString(1, title);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static Item search(String title, Instant at) {
        return new Item(Category.SEARCHES, at, false, title, null, Map.of(), new SourceRef("searches.json", 0));
    }

    private void write(Service service, String fingerprint, Instant exportedAt, Item... written) {
        ExportDescription d = new ExportDescription(service, "account data", fingerprint + ".zip", fingerprint,
                exportedAt, "test", "en");
        try (ExportWriter w = db.begin(d)) {
            for (Item item : written) {
                w.item(item);
            }
            w.commit(d, List.of());
        }
    }
}
