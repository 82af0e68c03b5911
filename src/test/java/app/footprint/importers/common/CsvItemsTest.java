package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvItemsTest {
    @Test
    void eachRowIsAnItemTitledByTheFirstFilledColumnWithEveryCellAsAttribute() throws Exception {
        ParserRun run = ParserRun.of(CsvItems.of(Category.LOGINS).title("Ip", "Device").time(Timestamps::parse, "Ts", "When"),
                "IP_ADDRESSES/IpAddressesLogin.csv", """
                        Ip,Device,Ts,When
                        192.0.2.1,TV,2024-01-02T21:00:00Z,
                        ,Phone,,2024-01-03 10:00:00
                        ,,2024-01-04T10:00:00Z,
                        198.51.100.7,TV,not a time,
                        """);

        assertThat(run.sink.items(Category.LOGINS)).extracting(Item::title).containsExactly("192.0.2.1", "Phone", "198.51.100.7");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2024-01-02T21:00:00Z"));
        assertThat(run.sink.items.get(1).at()).isEqualTo(Instant.parse("2024-01-03T10:00:00Z"));
        assertThat(run.sink.items.get(1).zoneAssumed()).isTrue();
        assertThat(run.sink.items.get(2).at()).isNull();
        assertThat(run.sink.items.get(0).attributes()).containsExactly(entry("Ip", "192.0.2.1"), entry("Device", "TV"),
                entry("Ts", "2024-01-02T21:00:00Z"));
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 3L);
        assertThat(run.file.problemCount()).isEqualTo(2); // the row without a title, the unreadable time
    }

    @Test
    void placeholderTimesAreNoTimeAndATitleCanBeMade() throws Exception {
        ParserRun run = ParserRun.of(CsvItems.of(Category.LIBRARY).titled(row -> "In the cart: " + row.get("ASIN"))
                        .time(Timestamps::parse, "Added").noTimeWhen("Not Available"::equals),
                "Retail.CartItems.1/Retail.CartItems.1.csv", "ASIN,Added\nB0X,Not Available\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("In the cart: B0X");
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void repeatedColumnNamesKeepEveryCell() throws Exception {
        ParserRun run = ParserRun.of(CsvItems.of(Category.PROFILE).title("Name"), "x.csv", "Name,Tag,Tag,\nA,b,c,d\n");

        assertThat(run.sink.items.get(0).attributes()).containsExactly(entry("Name", "A"), entry("Tag", "b"),
                entry("Tag (2)", "c"), entry("column 4", "d"));
    }
}
