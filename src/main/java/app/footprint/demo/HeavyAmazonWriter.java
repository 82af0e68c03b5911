package app.footprint.demo;

import app.footprint.model.Service;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The heavy persona's Amazon export in two zips, as Amazon sends it: {@code Your Orders.zip} with the order
 * history of amazon.de (a byte-order mark, every cell quoted, US dates, one row per product line of an
 * order, oldest first), and {@code Advertising.zip} with the audience lists Amazon puts her in.
 */
final class HeavyAmazonWriter {
    static final String ORDERS_FILE_NAME = "Your Orders.zip";
    static final String ADVERTISING_FILE_NAME = "Advertising.zip";
    static final String ORDER_HISTORY = "Retail.OrderHistory.1/Retail.OrderHistory.1.csv";
    static final long ORDER_LINES = 50_000;
    static final long AMAZON_AUDIENCES = 150;
    static final long THIRD_PARTY_AUDIENCES = 100;
    static final long ADVERTISER_AUDIENCES = 200;
    static final LocalDate CUSTOMER_SINCE = LocalDate.of(2016, 4, 1);
    private static final List<String> COLUMNS = List.of("Website", "Order ID", "Order Date", "Purchase Order Number",
            "Currency", "Unit Price", "Unit Price Tax", "Shipping Charge", "Total Discounts", "Total Owed",
            "Shipment Item Subtotal", "Shipment Item Subtotal Tax", "ASIN", "Product Condition", "Quantity",
            "Payment Instrument Type", "Order Status", "Shipment Status", "Ship Date", "Shipping Option",
            "Shipping Address", "Billing Address", "Carrier Name & Tracking Number", "Product Name", "Gift Message",
            "Gift Sender Name", "Gift Recipient Contact Details");
    private static final List<String> DATA_PROVIDERS = List.of("Acxiom", "Oracle", "Experian", "Nielsen", "Epsilon");
    private static final CSVFormat QUOTED = CSVFormat.DEFAULT.builder()
            .setRecordSeparator('\n').setQuoteMode(QuoteMode.ALL).get();

    private HeavyAmazonWriter() {
    }

    static void writeOrders(OutputStream out, HeavyScale scale, HeavyTally tally) throws IOException {
        DemoRandom random = scale.random("amazon/orders");
        long lines = scale.count(ORDER_LINES);
        WakingSpread spread = new WakingSpread(CUSTOMER_SINCE, Persona.EXPORT_DAY, lines);
        try (HeavyZip zip = new HeavyZip(out, tally)) {
            zip.text(ORDER_HISTORY, text -> {
                text.write('\uFEFF');
                CSVPrinter csv = new CSVPrinter(text, QUOTED);
                csv.printRecord(COLUMNS);
                String id = null;
                Instant at = null;
                int left = 0;
                for (long i = 0; i < lines; i++) {
                    if (left == 0) {
                        // a new order of one to three products
                        left = random.chance(0.7) ? 1 : random.between(2, 3);
                        id = "30" + random.between(1, 9) + "-" + random.digits(7) + "-" + random.digits(7);
                        at = spread.moment(i, random.nextDouble());
                    }
                    orderLine(csv, random, id, at);
                    left--;
                    tally.orders++;
                }
                csv.flush();
            });
        }
    }

    private static void orderLine(CSVPrinter csv, DemoRandom random, String id, Instant at) throws IOException {
        String product = random.pick(HeavyWords.PRODUCT_BRANDS) + " " + random.pick(HeavyWords.PRODUCT_KINDS);
        int quantity = random.chance(0.1) ? 2 : 1;
        long grossCents = random.between(199, 8999);
        long netCents = Math.round(grossCents / 1.19);
        boolean recent = at.isAfter(Persona.at(Persona.LAST_ACTIVE_DAY.minusDays(3), 0, 0));
        String shipped = AmazonOrdersWriter.US_UTC.format(at.plusSeconds(random.between(20_000, 90_000)));
        csv.printRecord("Amazon.de", id, AmazonOrdersWriter.US_UTC.format(at), "", "EUR", money(netCents),
                money(grossCents - netCents), "0", "0", money(grossCents * quantity), money(grossCents * quantity),
                money((grossCents - netCents) * quantity), AmazonOrdersWriter.asin(product), "New", quantity,
                "Visa - 4321", "Closed", recent ? "Not Available" : "Shipped",
                recent ? "Not Available" : shipped,
                "next-de", AmazonContent.HOME_ADDRESS, AmazonContent.HOME_ADDRESS,
                recent ? "Not Available" : "DHL(00340434" + random.digits(12) + ")", product, "", "", "");
    }

    private static String money(long cents) {
        return cents / 100 + "." + (cents % 100 < 10 ? "0" : "") + cents % 100;
    }

    static void writeAdvertising(OutputStream out, HeavyScale scale, HeavyTally tally) throws IOException {
        long amazon = scale.entries(AMAZON_AUDIENCES);
        long thirdParty = scale.entries(THIRD_PARTY_AUDIENCES);
        long advertisers = scale.entries(ADVERTISER_AUDIENCES);
        try (HeavyZip zip = new HeavyZip(out, tally)) {
            zip.text("Advertising.1/Advertising.3PAudiences.csv", text -> list(text,
                    "Audiences in which you are included via 3rd Parties", thirdParty,
                    i -> HeavyWords.THIRD_PARTY_TYPES.get((int) (i % 3)) + ":"
                            + HeavyWords.pair(HeavyWords.THIRD_PARTY_VALUES, ":", DATA_PROVIDERS, i / 3)));
            zip.text("Advertising.1/Advertising.AdvertiserAudiences.csv", text -> list(text,
                    "Advertisers who brought audiences in which you are included", advertisers,
                    i -> HeavyWords.pair(HeavyWords.BRAND_STARTS, " ", HeavyWords.BRAND_ENDINGS, i)));
            zip.text("Advertising.1/Advertising.AmazonAudiences.csv", text -> list(text,
                    "Amazon Audiences in which you are included", amazon,
                    i -> HeavyWords.AMAZON_AUDIENCE_TYPES.get((int) (i % 3)) + ":"
                            + HeavyWords.pair(HeavyWords.AUDIENCE_SUBJECTS, ":", HeavyWords.AUDIENCE_DETAILS, i / 3)));
        }
        tally.inferences(Service.AMAZON, amazon + thirdParty + advertisers);
    }

    @FunctionalInterface
    private interface Values {
        String value(long index);
    }

    /** Amazon's one-column lists: a header sentence, a blank line, one quoted value a line, no final line end. */
    private static void list(Writer text, String header, long count, Values values) throws IOException {
        text.write('\uFEFF');
        text.write(header);
        text.write("\n\n");
        for (long i = 0; i < count; i++) {
            text.write('"' + values.value(i).replace("\"", "\"\"") + '"');
            if (i < count - 1) {
                text.write('\n');
            }
        }
    }
}
