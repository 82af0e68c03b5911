package app.footprint.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code Your Orders.zip}: the order histories of amazon.de ({@code Retail.OrderHistory.1}) and
 * amazon.co.uk ({@code Retail.OrderHistory.2}) with US dates, every cell quoted and a byte-order mark; the
 * shopping cart; the search data; and the wish lists. Her orders run from running shoes and crime novels to,
 * from August 2023, the signs of a pregnancy and then a cot, a pram and baby clothes.
 */
final class AmazonOrdersWriter {
    static final String FILE_NAME = "Your Orders.zip";
    static final int EVERYDAY_ORDERS = 95;
    static final int EVERYDAY_SEARCHES = 150;
    static final int EXPECTING_SEARCHES = 45;
    static final LocalDate CUSTOMER_SINCE = LocalDate.of(2016, 4, 1);
    /** Running gear stops once she is expecting. */
    private static final LocalDate RUNNING_UNTIL = Persona.PREGNANCY_KNOWN;

    static final DateTimeFormatter US_UTC =
            DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter GMT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** One product line of an order. */
    private record Line(String website, String orderId, Instant at, AmazonContent.Product product, int quantity,
                        String currency, boolean pregnancy) {
    }

    private final DemoZip zip;
    private final AmazonTally tally;
    private final DemoRandom random = DemoRandom.forPart("amazon/orders");

    private AmazonOrdersWriter(DemoZip zip, AmazonTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    static void write(OutputStream out, AmazonTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            new AmazonOrdersWriter(zip, tally).writeAll();
        }
    }

    private void writeAll() throws IOException {
        writeOrders();
        writeCart();
        writeSearches();
        writeWishlists();
    }

    private void writeOrders() throws IOException {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < EVERYDAY_ORDERS; i++) {
            Instant at = random.wakingMomentBetween(CUSTOMER_SINCE, Persona.LAST_ACTIVE_DAY);
            String id = orderId("30");
            int products = random.chance(0.2) ? 2 : 1;
            for (int p = 0; p < products; p++) {
                AmazonContent.Product product = random.pick(AmazonContent.EVERYDAY);
                if (product.name().startsWith("Lauf") && !at.isBefore(Persona.at(RUNNING_UNTIL, 0, 0))) {
                    product = AmazonContent.EVERYDAY.get(8); // coffee instead of running gear
                }
                lines.add(new Line("Amazon.de", id, at, product, random.chance(0.1) ? 2 : 1, "EUR", false));
            }
        }
        Map<LocalDate, List<AmazonContent.Moment>> byDay = new LinkedHashMap<>();
        for (AmazonContent.Moment moment : AmazonContent.PREGNANCY) {
            byDay.computeIfAbsent(moment.day(), d -> new ArrayList<>()).add(moment);
        }
        for (Map.Entry<LocalDate, List<AmazonContent.Moment>> day : byDay.entrySet()) {
            Instant at = random.wakingMomentBetween(day.getKey(), day.getKey().plusDays(1));
            String id = orderId("30");
            for (AmazonContent.Moment moment : day.getValue()) {
                lines.add(new Line("Amazon.de", id, at, moment.product(), 1, "EUR", true));
            }
        }
        lines.sort(Comparator.comparing(Line::at));
        TableCsv german = orderTable();
        for (Line line : lines) {
            orderRow(german, line);
        }
        zip.bytes("Retail.OrderHistory.1/Retail.OrderHistory.1.csv", german.bytes());
        zip.bytes("Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf",
                NetflixExportWriter.pdf("Amazon: description of Retail.OrderHistory"));

        TableCsv british = orderTable();
        Instant before = Persona.at(LocalDate.of(2019, 5, 2), 21, 14);
        String id = orderId("20");
        for (AmazonContent.Product book : AmazonContent.UK_BOOKS) {
            orderRow(british, new Line("Amazon.co.uk", id, before, book, 1, "GBP", false));
            tally.ukOrderLines++;
        }
        zip.bytes("Retail.OrderHistory.2/Retail.OrderHistory.2.csv", british.bytes());
    }

    private static TableCsv orderTable() {
        return TableCsv.amazon("Website", "Order ID", "Order Date", "Purchase Order Number", "Currency", "Unit Price",
                "Unit Price Tax", "Shipping Charge", "Total Discounts", "Total Owed", "Shipment Item Subtotal",
                "Shipment Item Subtotal Tax", "ASIN", "Product Condition", "Quantity", "Payment Instrument Type",
                "Order Status", "Shipment Status", "Ship Date", "Shipping Option", "Shipping Address",
                "Billing Address", "Carrier Name & Tracking Number", "Product Name", "Gift Message",
                "Gift Sender Name", "Gift Recipient Contact Details");
    }

    private void orderRow(TableCsv csv, Line line) {
        BigDecimal gross = new BigDecimal(line.product().price());
        BigDecimal rate = line.product().name().contains("Buch") || line.product().name().contains("Roman")
                || line.currency().equals("GBP") ? new BigDecimal("1.07") : new BigDecimal("1.19");
        BigDecimal net = gross.divide(rate, 2, RoundingMode.HALF_UP);
        BigDecimal total = gross.multiply(BigDecimal.valueOf(line.quantity()));
        boolean recent = line.at().isAfter(Persona.at(Persona.LAST_ACTIVE_DAY.minusDays(3), 0, 0));
        String shipDate = recent ? "Not Available"
                : US_UTC.format(line.at().plusSeconds(random.between(20_000, 90_000)));
        String address = line.product().toWork() ? AmazonContent.WORK_ADDRESS : AmazonContent.HOME_ADDRESS;
        boolean british = line.currency().equals("GBP");
        String carrier = british ? "Royal Mail(RM" + random.digits(9) + "GB)"
                : random.chance(0.6) ? "DHL(00340434" + random.digits(12) + ")"
                : "AMZN_DE(DE" + random.digits(10) + ")";
        csv.row(line.website(), line.orderId(), US_UTC.format(line.at()), "", line.currency(), net, gross.subtract(net),
                "0", "0", total, total, gross.subtract(net).multiply(BigDecimal.valueOf(line.quantity())),
                asin(line.product().name()), "New", line.quantity(), british ? "Visa" : "Visa - 4321", "Closed",
                recent ? "Not Available" : "Shipped", shipDate, british ? "std-uk-eu" : "next-de", address,
                AmazonContent.HOME_ADDRESS, recent ? "Not Available" : carrier, line.product().name(), "", "", "");
        tally.orderLines++;
        if (line.pregnancy()) {
            tally.pregnancyOrderLines++;
        }
        if (line.product().toWork()) {
            tally.workDeliveries++;
        }
    }

    private String orderId(String site) {
        return site + random.between(1, 9) + "-" + random.digits(7) + "-" + random.digits(7);
    }

    /** Amazon's product number, made from the name so that the same product always has the same one. */
    static String asin(String name) {
        String base = Long.toString(Integer.toUnsignedLong(name.hashCode()), 36).toUpperCase(Locale.ROOT);
        return "B0" + "0".repeat(Math.max(0, 8 - base.length())) + base.substring(Math.max(0, base.length() - 8));
    }

    private void writeCart() throws IOException {
        TableCsv csv = TableCsv.amazon("DateAddedToCart", "Source", "ASIN", "CartDomain", "CartList", "Quantity",
                "OneClickBuyable", "ToBeGiftWrapped", "PrimeSubscription", "Pantry", "AddOn");
        List<String> wanted = List.of("Badethermometer Ente", "Spieluhr Mond und Sterne", "Tragetuch elastisch",
                "Nasensauger Baby", "Fieberthermometer Ohr", "Stilleinlagen 60 Stück", "Babybadewanne faltbar",
                "Kaffeebohnen Espresso 1 kg", "Still-BH 2er Pack", "Wickeltasche Rucksack");
        for (String product : wanted) {
            Instant at = random.wakingMomentBetween(LocalDate.of(2024, 1, 15), Persona.LAST_ACTIVE_DAY);
            String list = random.chance(0.7) ? "active" : "saved";
            csv.row(US_UTC.format(at), "Retail", asin(product), "Not Applicable", list, "1", "Yes", "No", "No", "No",
                    "No");
            tally.cartItems++;
        }
        zip.bytes("Retail.CartItems.1/Retail.CartItems.1.csv", csv.bytes());
    }

    private void writeSearches() throws IOException {
        record Search(Instant at, String keywords, boolean pregnancy) {
        }
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < EVERYDAY_SEARCHES; i++) {
            searches.add(new Search(random.wakingMomentBetween(CUSTOMER_SINCE, Persona.PREGNANCY_KNOWN),
                    random.pick(AmazonContent.EVERYDAY_SEARCHES), false));
        }
        for (int i = 0; i < EXPECTING_SEARCHES; i++) {
            Instant at = random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(1), Persona.LAST_ACTIVE_DAY);
            searches.add(new Search(at, random.pick(AmazonContent.EXPECTING_SEARCHES), true));
        }
        searches.sort(Comparator.comparing(Search::at));
        TableCsv csv = TableCsv.amazon(SEARCH_COLUMNS.toArray(String[]::new));
        for (Search search : searches) {
            boolean phone = random.chance(0.6);
            boolean clicked = random.chance(0.55);
            boolean bought = clicked && random.chance(0.2);
            Object[] row = new Object[SEARCH_COLUMNS.size()];
            java.util.Arrays.fill(row, "");
            put(row, "First Search Time (GMT)", GMT.format(search.at()));
            put(row, "Country ID", "338801");
            put(row, "All Department (APS) or Category", "aps");
            put(row, "Site Variant", phone ? "Mobile Application" : "PC Browser");
            put(row, "Application / Browser Name", phone ? "Smartphone" : "Desktop");
            put(row, "Search Type (Keyword,Visual,Browse)", "kw");
            put(row, "Session ID", "26" + random.between(0, 9) + "-" + random.digits(7) + "-" + random.digits(7));
            put(row, "Query ID", search.at().getEpochSecond());
            put(row, "Prime Customer (Y/N)", "1");
            put(row, "Is From External Link (Y/N)", "0");
            put(row, "Search From External Site (Y/N)", "0");
            put(row, "First Search Query String", "__mk_de_DE=ÅMÅŽÕÑ&k=" + search.keywords() + "&ref=nb_sb_noss");
            put(row, "Application Name", phone ? "Amazon_Android" : "");
            put(row, "Operating System Name", phone ? "Android" : "Windows");
            put(row, "Device Category", phone ? "Smartphone" : "Generic Desktop");
            put(row, "Customer IP", phone ? "2001:db8:1000::" : "198.51.100.0");
            put(row, "Keywords", search.keywords());
            put(row, "Language", "de_DE");
            put(row, "Server", "www.amazon.de");
            put(row, "Last search Time (GMT)", GMT.format(search.at().plusSeconds(random.between(5, 400))) + ".0");
            put(row, "Last Department", "aps");
            put(row, "Number of Clicked Items", clicked ? random.between(1, 6) : 0);
            put(row, "Number of Items Added to Cart", bought ? 1 : 0);
            put(row, "Number of Items Ordered", bought ? 1 : 0);
            put(row, "Clicked Any Item (Y/N)", clicked ? "1" : "0");
            put(row, "Added Any Item (Y/N)", bought ? "1" : "0");
            put(row, "Purchased Any Item (Y/N)", bought ? "1" : "0");
            put(row, "Store Visited", "DE");
            put(row, "Department", "aps");
            put(row, "First Search Domain", "www.amazon.de");
            put(row, "Is First Search From External Ad", "No");
            csv.row(row);
            tally.searches++;
            if (search.pregnancy()) {
                tally.pregnancySearches++;
            }
        }
        zip.bytes("Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv", csv.bytes());
    }

    private static void put(Object[] row, String column, Object value) {
        row[SEARCH_COLUMNS.indexOf(column)] = value;
    }

    /** The search data's columns, in Amazon's order. */
    static final List<String> SEARCH_COLUMNS = List.of("First Search Time (GMT)", "Country ID",
            "All Department (APS) or Category", "Site Variant", "Application / Browser Name", "Device Model",
            "Search Type (Keyword,Visual,Browse)", "Session ID", "Query ID", "Prime Customer (Y/N)",
            "Is From External Link (Y/N)", "Search From External Site (Y/N)", "First Search Query String",
            "Application Name", "App Version", "Operating System Name", "Operating System Version", "Device Type ID",
            "Device Category", "Customer IP", "Search Method", "Keywords", "Amazon Business Customer (Y/N)", "Language",
            "Server", "Amazon Fresh Customer (Y/N)", "Music Subscriber (Y/N)", "First Browse Node",
            "Last search Time (GMT)", "Last Department", "Last Browse Node", "Last Known Customer ID",
            "First Added Item", "First Purchased Item", "First Consumed Item (Subscription)", "Number of Clicked Items",
            "Number of Items Added to Cart", "Number of Items Ordered", "Number of Paid Items Ordered",
            "Number of Free Items Ordered", "Units Ordered", "Paid Units Ordered", "Free Units Ordered",
            "Maximum Purchase Price", "Clicked Any Item (Y/N)", "Added Any Item (Y/N)", "Purchased Any Item (Y/N)",
            "Department Count", "Shopping Refinement", "Number of Shopping Refinements",
            "Highest Number of Shopping Refinements", "Items Consumed (Subscription)", "Shopping Refinement Pickers",
            "Paid Purchase (Y/N)", "Item Borrowed (Y/N)", "Items Borrowed", "Next Query Group via Click",
            "Query Abandoned (Y/N)", "Query Reformulated (Y/N)", "Amazon Fresh (Y/N)", "Store Visited", "Department",
            "Browse Node", "First Search Domain", "Is First Search From External Ad", "User Agent Info Family", "LKCI");

    /** The wish lists: records named "&lt;list&gt; [List]", "[Item 1]" and "[User]", as Amazon writes them. */
    private void writeWishlists() throws IOException {
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("Baby", List.of("Spieluhr Mond und Sterne", "Tragetuch elastisch", "Babybadewanne faltbar",
                "Badethermometer Ente", "Nasensauger Baby", "Kuscheltier Schaf Bio", "Krabbeldecke 100x100",
                "Babyfon mit Kamera und Nachtsicht", "Wickeltasche Rucksack", "Stilleinlagen 60 Stück",
                "Baby Mützchen Erstlingsset Bio, 3 Stück", "Greifling Holz"));
        lists.put("Laufen", List.of("Laufweste 5 l", "GPS-Laufuhr", "Laufjacke Damen wasserdicht",
                "Trinkflasche Soft Flask"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(bytes)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Map.Entry<String, List<String>> list : lists.entrySet()) {
                g.writeStartObject();
                g.writeArrayFieldStart(list.getKey() + " [List]");
                one(g, "privacy", "PRIVATE");
                one(g, "listName", list.getKey());
                one(g, "listType", "wishlist");
                g.writeStartObject();
                g.writeNumberField("recentActivityDate", Persona.at(LocalDate.of(2024, 3, 3), 20, 15).toEpochMilli());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                for (String product : list.getValue()) {
                    g.writeStartObject();
                    g.writeArrayFieldStart(list.getKey() + " [Item 1]");
                    one(g, "asin", asin(product));
                    g.writeStartObject();
                    g.writeNumberField("revealDate", Long.MAX_VALUE);
                    g.writeEndObject();
                    g.writeStartObject();
                    g.writeNumberField("quantity", 1);
                    g.writeEndObject();
                    one(g, "privacy", "PUBLIC");
                    g.writeEndArray();
                    g.writeEndObject();
                    tally.wishlistItems++;
                }
                g.writeStartObject();
                g.writeArrayFieldStart(list.getKey() + " [User]");
                one(g, "roleName", "Giftee");
                one(g, "emailAddress", Persona.EMAIL);
                one(g, "userName", Persona.FULL_NAME);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        zip.bytes("Amazon.Lists.Wishlist.1.1/Amazon.Lists.Wishlist.json", bytes.toByteArray());
    }

    private static void one(JsonGenerator g, String field, String value) throws IOException {
        g.writeStartObject();
        g.writeStringField(field, value);
        g.writeEndObject();
    }
}
