package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Amazon export in three zips: paths, formatting, determinism, and every count read back from the files. */
class AmazonDemoTest {
    private static final List<String> ZIPS = List.of("Your Orders.zip", "Advertising.zip", "Digital Items.zip");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss 'UTC'");
    private static final LocalDateTime PREGNANCY_KNOWN = Persona.at(Persona.PREGNANCY_KNOWN, 0, 0)
            .atOffset(ZoneOffset.UTC).toLocalDateTime();

    @TempDir
    static Path folder;
    static List<Path> zips;
    static DemoArchives orders;
    static DemoArchives advertising;
    static DemoArchives digital;
    static AmazonFacts facts;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        List<Path> written = persona.writeTo(folder);
        zips = ZIPS.stream().map(name -> folder.resolve(name)).toList();
        assertThat(written).containsAll(zips);
        orders = DemoArchives.read(zips.get(0));
        advertising = DemoArchives.read(zips.get(1));
        digital = DemoArchives.read(zips.get(2));
        facts = persona.facts().of(AmazonFacts.class);
    }

    private static List<CSVRecord> table(DemoArchives zip, String path) throws IOException {
        String text = zip.entry(path).text();
        assertThat(text).as(path + " starts with a byte-order mark").startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }

    /** The values of a one-column list: the lines after the header sentence and the blank line. */
    private static List<String> list(DemoArchives zip, String path) {
        String[] lines = zip.entry(path).text().substring(1).split("\n", -1);
        assertThat(lines[1]).as(path + ": a blank line after the header").isEmpty();
        List<String> values = new ArrayList<>();
        for (int i = 2; i < lines.length; i++) {
            values.add(lines[i].replaceAll("^\"|\"$", ""));
        }
        return values;
    }

    @Test
    void theExportIsThreeZipsOfDatasetFolders() {
        assertThat(zips).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(ZIPS);
        assertThat(orders.paths()).containsExactly("Retail.OrderHistory.1/Retail.OrderHistory.1.csv",
                "Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf", "Retail.OrderHistory.2/Retail.OrderHistory.2.csv",
                "Retail.CartItems.1/Retail.CartItems.1.csv", "Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv",
                "Amazon.Lists.Wishlist.1.1/Amazon.Lists.Wishlist.json");
        assertThat(advertising.paths()).containsExactly("Advertising.1/Advertising.3PAudiences.csv",
                "Advertising.1/Advertising.AdvertiserAudiences.csv", "Advertising.1/Advertising.AdvertiserClicks.csv",
                "Advertising.1/Advertising.AmazonAudiences.csv", "Advertising.1/Advertising.OptOut.csv",
                "Advertising.2/Advertising.AmazonAudiences.csv");
        assertThat(digital.paths()).containsExactly("Digital-Ordering.1/Digital Items.csv",
                "Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv",
                "Audible.Library/Audible.Library.csv", "Audible.Listening/Audible.Listening.csv");
    }

    @Test
    void writingAgainGivesTheSameBytesAndEveryEntryIsStampedWithTheExportDate(@TempDir Path other) throws IOException {
        List<Path> again = new DemoPersona().writeTo(other);
        for (int i = 0; i < 3; i++) {
            Path copy = other.resolve(ZIPS.get(i));
            assertThat(again).contains(copy);
            assertThat(Files.mismatch(zips.get(i), copy)).as(ZIPS.get(i)).isEqualTo(-1L);
        }
        for (DemoArchives zip : List.of(orders, advertising, digital)) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
                assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
            }
        }
    }

    @Test
    void filesAreFormattedAsAmazonFormatsThem() {
        String history = orders.entry("Retail.OrderHistory.1/Retail.OrderHistory.1.csv").text();
        assertThat(history).startsWith("\uFEFF\"Website\",\"Order ID\",\"Order Date\",").doesNotContain("\r");
        assertThat(history).contains("\"Laptop-Hülle 15,6\"\" Filz, grau\"").contains(" UTC\",");
        String optOut = advertising.entry("Advertising.1/Advertising.OptOut.csv").text();
        assertThat(optOut).isEqualTo("\uFEFFInterest based ads opt out setting per marketplace\n\n"
                + String.join("\n", AmazonContent.OPT_OUT));
        assertThat(advertising.entry("Advertising.1/Advertising.3PAudiences.csv").text())
                .startsWith("\uFEFFAudiences in which you are included via 3rd Parties\n\n\"Demographics:").doesNotEndWith("\n");
        assertThat(digital.entry("Audible.Listening/Audible.Listening.csv").text()).containsPattern("\"\\d\\d-[A-Z]{3}-20\\d\\d\"");
        assertThat(digital.entry("Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv").text())
                .startsWith("Playback Hour,Operating System,").containsPattern("\n\\d\\d/\\d\\d/20\\d\\d \\d\\d:00:00,");
    }

    @Test
    void ordersTellThePregnancyStoryAndMatchTheFacts() throws IOException {
        List<CSVRecord> german = table(orders, "Retail.OrderHistory.1/Retail.OrderHistory.1.csv");
        List<CSVRecord> british = table(orders, "Retail.OrderHistory.2/Retail.OrderHistory.2.csv");
        assertThat(facts.orderLines()).isEqualTo(german.size() + british.size());
        assertThat(facts.ukOrderLines()).isEqualTo(british.size()).isEqualTo(3);
        assertThat(german).allMatch(r -> r.get("Website").equals("Amazon.de") && r.get("Currency").equals("EUR"));
        assertThat(british).allMatch(r -> r.get("Website").equals("Amazon.co.uk"));

        Predicate<CSVRecord> pregnancy = r -> AmazonContent.PREGNANCY.stream()
                .anyMatch(m -> m.product().name().equals(r.get("Product Name")));
        List<CSVRecord> signs = german.stream().filter(pregnancy).toList();
        assertThat(facts.pregnancyOrderLines()).isEqualTo(signs.size()).isEqualTo(22);
        assertThat(signs).allMatch(r -> LocalDateTime.parse(r.get("Order Date"), US).isAfter(PREGNANCY_KNOWN));
        String products = signs.stream().map(r -> r.get("Product Name")).collect(Collectors.joining("\n"));
        assertThat(products).contains("parfümfrei", "Folsäure", "Calcium + Magnesium + Zink", "Wattebällchen XXL",
                "Handdesinfektionsgel", "Waschlappen", "Babybett", "Kinderwagen", "Baby Body");
        assertThat(german).anyMatch(r -> r.get("Product Name").startsWith("Laufschuhe")
                && LocalDateTime.parse(r.get("Order Date"), US).isBefore(PREGNANCY_KNOWN));
        assertThat(facts.workDeliveries()).isEqualTo(german.stream()
                .filter(r -> r.get("Shipping Address").contains("Klinikum St. Georg")).count()).isPositive();
        assertThat(german).allMatch(r -> r.get("Billing Address").contains("Leipzig 04229"));
    }

    @Test
    void theOtherCountsMatchTheirFiles() throws IOException {
        assertThat(facts.cartItems()).isEqualTo(table(orders, "Retail.CartItems.1/Retail.CartItems.1.csv").size());
        List<CSVRecord> searches = table(orders, "Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv");
        assertThat(facts.searches()).isEqualTo(searches.size());
        assertThat(facts.pregnancySearches()).isEqualTo(searches.stream()
                .filter(r -> AmazonContent.EXPECTING_SEARCHES.contains(r.get("Keywords"))).count()).isPositive();
        JsonNode wishlists = orders.json("Amazon.Lists.Wishlist.1.1/Amazon.Lists.Wishlist.json");
        int items = 0;
        for (JsonNode record : wishlists) {
            if (record.fieldNames().next().endsWith("[Item 1]")) {
                items++;
            }
        }
        assertThat(facts.wishlistItems()).isEqualTo(items).isEqualTo(16);

        assertThat(facts.amazonAudiences()).isEqualTo(list(advertising, "Advertising.1/Advertising.AmazonAudiences.csv").size()
                + list(advertising, "Advertising.2/Advertising.AmazonAudiences.csv").size());
        assertThat(list(advertising, "Advertising.1/Advertising.AmazonAudiences.csv"))
                .contains("Lifestyle:Expectant parents", "In-Market:Baby Products");
        assertThat(facts.thirdPartyAudiences()).isEqualTo(list(advertising, "Advertising.1/Advertising.3PAudiences.csv").size());
        assertThat(facts.advertiserAudiences()).isEqualTo(list(advertising, "Advertising.1/Advertising.AdvertiserAudiences.csv").size());
        assertThat(facts.advertiserClicks()).isEqualTo(list(advertising, "Advertising.1/Advertising.AdvertiserClicks.csv").size());
        assertThat(facts.optOutSettings()).isEqualTo(list(advertising, "Advertising.1/Advertising.OptOut.csv").size());

        assertThat(facts.digitalItems()).isEqualTo(table(digital, "Digital-Ordering.1/Digital Items.csv").size());
        List<CSVRecord> prime = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(
                digital.entry("Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv").text())).getRecords();
        Map<String, Long> types = prime.stream().collect(Collectors.groupingBy(r -> r.get("Video Type"), Collectors.counting()));
        assertThat(facts.primeVideoRows()).isEqualTo(prime.size());
        assertThat(types).containsOnlyKeys("Feature", "Trailer").containsEntry("Trailer", (long) facts.primeVideoPreviews());
        assertThat(facts.audibleListening()).isEqualTo(table(digital, "Audible.Listening/Audible.Listening.csv").size());
        assertThat(facts.audibleLibrary()).isEqualTo(table(digital, "Audible.Library/Audible.Library.csv").size());
    }
}
