package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderHistoryParserTest {
    private static final String HEADER = "\uFEFF\"Website\",\"Order ID\",\"Order Date\",\"Currency\",\"Unit Price\","
            + "\"Total Owed\",\"ASIN\",\"Quantity\",\"Ship Date\",\"Shipping Address\",\"Product Name\"";

    @Test
    void olderFilesHaveUsDatesQuotedHeadersAndDoubledQuotes() throws Exception {
        ParserRun run = ParserRun.of(new OrderHistoryParser(), "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", HEADER + "\n"
                + "\"Amazon.de\",\"302-1\",\"11/11/2021 22:32:48 UTC\",\"EUR\",\"16.81\",\"18.99\",\"B0ABC\",\"1\","
                + "\"Not Available\",\"Jana Köhler Zschochersche Straße 27\nLeipzig\",\"Laptop-Hülle 15,6\"\" Filz\"\n"
                + "\"Amazon.de\",\"302-2\",\"Not Available\",\"EUR\",\"5.00\",\"5.95\",\"B0XYZ\",\"1\",\"\",\"\",\"\"\n");

        assertThat(run.sink.items(Category.PURCHASES)).extracting(Item::title)
                .containsExactly("Laptop-Hülle 15,6\" Filz", "Product B0XYZ");
        Item first = run.sink.items.get(0);
        assertThat(first.at()).isEqualTo(Instant.parse("2021-11-11T22:32:48Z"));
        assertThat(first.zoneAssumed()).isFalse();
        assertThat(first.attributes()).containsEntry("Order ID", "302-1").containsEntry("Total Owed", "18.99")
                .containsEntry("Ship Date", "Not Available")
                .containsEntry("Shipping Address", "Jana Köhler Zschochersche Straße 27\nLeipzig");
        assertThat(run.sink.items.get(1).at()).as("a placeholder date is no time, not a problem").isNull();
        assertThat(run.facts.language()).isEqualTo("de");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void newerFilesHaveIsoDatesAndCrlf() throws Exception {
        ParserRun run = ParserRun.of(new OrderHistoryParser(), "Your Amazon Orders/Order History.csv",
                "\"Website\",\"Order ID\",\"Order Date\",\"Product Name\",\"Total Amount\"\r\n"
                        + "\"Amazon.fr\",\"171-1\",\"2024-02-19T08:15:16Z\",\"Lait hydratant sans parfum\",\"7.95\"\r\n"
                        + "\"Amazon.fr\",\"171-2\",\"2024-02-20T08:15:16.512Z\",\"Coton, 300 pièces\",\"5.99\"\r\n");

        assertThat(run.sink.items).extracting(Item::at).containsExactly(Instant.parse("2024-02-19T08:15:16Z"),
                Instant.parse("2024-02-20T08:15:16.512Z"));
        assertThat(run.sink.items.get(1).title()).isEqualTo("Coton, 300 pièces");
        assertThat(run.facts.language()).isEqualTo("fr");
    }

    @Test
    void aRowWithoutProductOrAsinOrWithABadDateIsReported() throws Exception {
        ParserRun run = ParserRun.of(new OrderHistoryParser(), "Retail.OrderHistory.1/Retail.OrderHistory.1.csv", HEADER + "\n"
                + "\"Amazon.co.uk\",\"202-1\",\"99/99/2021 10:00:00 UTC\",\"GBP\",\"1\",\"1\",\"B0A\",\"1\",\"\",\"\",\"Book\"\n"
                + "\"Amazon.co.uk\",\"202-2\",\"01/02/2021 10:00:00 UTC\",\"GBP\",\"1\",\"1\",\"\",\"1\",\"\",\"\",\"\"\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Book");
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.facts.language()).isEqualTo("en");
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
