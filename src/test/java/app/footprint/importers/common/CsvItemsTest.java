package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvItemsTest {
    @Test
    void titleTimeAndDetailComeFromTheirColumnsAndEveryOtherCellIsKept() throws IOException {
        ParserRun run = ParserRun.of(CsvItems.of(Category.MESSAGES).title("subject").time("date").detail("body"),
                "messages.csv", "id,subject,date,body,extra\r\nm1,Hi,2024-01-02 03:04:05 UTC,\"two\r\nlines\",x\r\n");

        assertThat(run.sink.items).singleElement().satisfies(item -> {
            assertThat(item.category()).isEqualTo(Category.MESSAGES);
            assertThat(item.title()).isEqualTo("Hi");
            assertThat(item.at()).isEqualTo(Instant.parse("2024-01-02T03:04:05Z"));
            assertThat(item.zoneAssumed()).isFalse();
            assertThat(item.detail()).isEqualTo("two\r\nlines");
            assertThat(item.attributes()).containsExactly(Map.entry("id", "m1"), Map.entry("extra", "x"));
            assertThat(item.source().position()).isZero();
        });
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void rowsWithoutATitleAreReportedUnlessTheyHaveAFallback() throws IOException {
        String csv = "name,when\nAnna,2020-01-01\n,2021-01-01\n";

        ParserRun strict = ParserRun.of(CsvItems.of(Category.FRIENDS).title("name").time("when"), "f.csv", csv);
        ParserRun lenient = ParserRun.of(CsvItems.of(Category.FRIENDS).title("name").untitled("Someone").time("when"),
                "f.csv", csv);

        assertThat(strict.sink.items).extracting(Item::title).containsExactly("Anna");
        assertThat(strict.file.problemCount()).isEqualTo(1);
        assertThat(lenient.sink.items).extracting(Item::title).containsExactly("Anna", "Someone");
        assertThat(lenient.sink.items.get(1).source().position()).isEqualTo(1);
        assertThat(lenient.file.problemCount()).isZero();
    }

    @Test
    void anUnreadableTimeIsReportedAndItsTextKept() throws IOException {
        ParserRun run = ParserRun.of(CsvItems.of(Category.SEARCHES).title("q").time("t"), "s.csv",
                "t,q\nsoon,cats\n2023-05-06,dogs\n");

        assertThat(run.sink.items).extracting(Item::at).containsExactly(null, Instant.parse("2023-05-06T00:00:00Z"));
        assertThat(run.sink.items.get(0).attributes()).containsEntry("t", "soon");
        assertThat(run.sink.items.get(1).zoneAssumed()).isTrue();
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void madeTitlesFixedAndDerivedAttributesAndDroppedColumns() throws IOException {
        ParserRun run = ParserRun.of(CsvItems.of(Category.LIKES)
                        .titled(row -> "Voted " + row.get("direction"))
                        .with("list", "votes")
                        .derive(row -> Map.of("length", Integer.toString(row.get("id").length())))
                        .drop("secret"),
                "v.csv", "id,direction,secret\nabc,up,s\n");

        assertThat(run.sink.items).singleElement().satisfies(item -> {
            assertThat(item.title()).isEqualTo("Voted up");
            assertThat(item.attributes()).containsExactly(Map.entry("list", "votes"), Map.entry("length", "3"),
                    Map.entry("id", "abc"), Map.entry("direction", "up"));
        });
    }

    @Test
    void repeatedColumnNamesKeepEveryCell() throws IOException {
        ParserRun run = ParserRun.of(CsvItems.of(Category.PROFILE).title("name"), "r.csv", "name,Job,Job,\nA,x,y,z\n");

        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("Job", "x"), Map.entry("Job (2)", "y"),
                Map.entry("column 4", "z"));
    }

    @Test
    void theTitleIsTheFirstFilledOfSeveralColumnNamesAndNamesCanBeJoined() throws IOException {
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
        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("Device", "TV"));
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 3L);
        assertThat(run.file.problemCount()).isEqualTo(2); // the row without a title, the unreadable time

        ParserRun names = ParserRun.of(CsvItems.of(Category.FRIENDS).titleJoining("First", "Last"), "c.csv",
                "First,Last,Company\nMax,Müller,ACME\n,Solo,\n");
        assertThat(names.sink.items).extracting(Item::title).containsExactly("Max Müller", "Solo");
        assertThat(names.sink.items.get(0).attributes()).containsExactly(Map.entry("Company", "ACME"));
    }

    @Test
    void placeholderTimesAreNoTime() throws IOException {
        ParserRun run = ParserRun.of(CsvItems.of(Category.LIBRARY).titled(row -> "In the cart: " + row.get("ASIN"))
                        .time(Timestamps::parse, "Added").noTimeWhen("Not Available"::equals),
                "Retail.CartItems.1/Retail.CartItems.1.csv", "ASIN,Added\nB0X,Not Available\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("In the cart: B0X");
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.file.problemCount()).isZero();
    }
}
