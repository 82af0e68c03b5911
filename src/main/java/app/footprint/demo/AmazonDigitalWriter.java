package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code Digital Items.zip}: Kindle books ({@code Digital-Ordering.1/Digital Items.csv}, ISO times),
 * the Prime Video viewing history (US "Playback Hour", trailers among the plays) and Audible's listening
 * log and library ({@code 22-JAN-2018} dates). From the summer of 2023 she reads and listens to books for
 * parents-to-be and watches a midwife series.
 */
final class AmazonDigitalWriter {
    static final String FILE_NAME = "Digital Items.zip";
    static final int PRIME_SESSIONS = 150;
    static final int PRIME_TRAILERS = 14;

    private static final DateTimeFormatter PLAYBACK_HOUR =
            DateTimeFormatter.ofPattern("MM/dd/yyyy HH:00:00", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AUDIBLE_DAY =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH).withZone(Persona.ZONE);

    private final DemoZip zip;
    private final AmazonTally tally;
    private final DemoRandom random = DemoRandom.forPart("amazon/digital");

    private AmazonDigitalWriter(DemoZip zip, AmazonTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    static void write(OutputStream out, AmazonTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            AmazonDigitalWriter writer = new AmazonDigitalWriter(zip, tally);
            writer.writeKindle();
            writer.writePrimeVideo();
            writer.writeAudible();
        }
    }

    private void writeKindle() throws IOException {
        TableCsv csv = TableCsv.amazon("ASIN", "Title", "OrderId", "DigitalOrderItemId", "DeclaredCountryCode",
                "BaseCurrencyCode", "FulfilledDate", "IsFulfilled", "Marketplace", "OrderDate", "OriginalQuantity",
                "OurPrice", "OurPriceCurrencyCode", "OurPriceTax", "OurPriceTaxCurrencyCode", "SellerOfRecord",
                "Publisher", "ContentType");
        record Book(String title, Instant at) {
        }
        List<Book> books = new ArrayList<>();
        for (String title : AmazonContent.KINDLE_BOOKS) {
            books.add(new Book(title, random.wakingMomentBetween(LocalDate.of(2017, 1, 1), Persona.PREGNANCY_KNOWN)));
        }
        for (String title : AmazonContent.KINDLE_PARENT_BOOKS) {
            books.add(new Book(title,
                    random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(5), Persona.LAST_ACTIVE_DAY)));
        }
        books.sort(Comparator.comparing(Book::at));
        for (Book book : books) {
            String at = book.at().toString();
            String order = "D01-" + random.digits(7) + "-" + random.digits(7);
            csv.row(AmazonOrdersWriter.asin(book.title()), book.title(), order, random.digits(11), "DE", "EUR", at, "Y",
                    "Amazon.de", at, "1", random.between(3, 12) + ".99", "EUR", "0.65", "EUR",
                    "Amazon Media EU S.à r.l.", "Verlag Seitenwind", "Kindle Edition");
            tally.digitalItems++;
        }
        zip.bytes("Digital-Ordering.1/Digital Items.csv", csv.bytes());
    }

    private void writePrimeVideo() throws IOException {
        record Play(Instant at, String title, boolean trailer, boolean phone) {
        }
        List<Play> plays = new ArrayList<>();
        List<String> everyday = new ArrayList<>();
        for (AmazonContent.PrimeSeries series : AmazonContent.PRIME_SERIES) {
            if (!series.name().startsWith("Hebammen")) {
                series.episodes().forEach(e -> everyday.add(e + "-" + series.name()));
            }
        }
        everyday.addAll(AmazonContent.PRIME_FILMS);
        List<String> midwives = AmazonContent.PRIME_SERIES.get(3).episodes().stream()
                .map(e -> e + "-" + AmazonContent.PRIME_SERIES.get(3).name()).toList();
        for (int i = 0; i < PRIME_SESSIONS; i++) {
            boolean expecting = i >= PRIME_SESSIONS - 24;
            Instant at = expecting
                    ? random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(1), Persona.LAST_ACTIVE_DAY)
                    : random.wakingMomentBetween(LocalDate.of(2019, 1, 1), Persona.PREGNANCY_KNOWN);
            String title = expecting && random.chance(0.7) ? random.pick(midwives) : everyday.get(i % everyday.size());
            plays.add(new Play(at, title, false, random.chance(0.3)));
        }
        for (int i = 0; i < PRIME_TRAILERS; i++) {
            plays.add(new Play(random.wakingMomentBetween(LocalDate.of(2019, 1, 1), Persona.LAST_ACTIVE_DAY),
                    random.pick(AmazonContent.PRIME_TRAILERS), true, false));
        }
        plays.sort(Comparator.comparing(Play::at));
        TableCsv csv = TableCsv.minimal("Playback Hour", "Operating System", "Browser", "Delivery Type", "City",
                "Country", "ISP", "State", "Content Quality Entitled", "Entitlement Type", "Video Type",
                "Audio Language", "Title");
        for (Play play : plays) {
            csv.row(PLAYBACK_HOUR.format(play.at()), play.phone() ? "Android13" : "Windows 10",
                    play.phone() ? "" : "Firefox 115.0", play.phone() ? "streaming" : "", "leipzig", "de",
                    "Deutsche Telekom AG", "", play.phone() ? "SD" : "HD", "PRIME_SUBSCRIPTION",
                    play.trailer() ? "Trailer" : "Feature", "de-de", play.title());
            tally.primeVideoRows++;
            if (play.trailer()) {
                tally.primeVideoPreviews++;
            }
        }
        zip.bytes("Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv", csv.bytes());
    }

    private void writeAudible() throws IOException {
        TableCsv library = TableCsv.amazon("DateAdded", "Title", "Asin", "IsDownloaded", "IsDeleted", "DeleteBy",
                "DateDeleted", "IsPublic", "IsStreamed", "IsPreorder", "Downloads", "DateFirstDownloaded",
                "OrderNumber", "OriginType");
        TableCsv listening = TableCsv.amazon("DeviceType", "StartDate", "EndDate", "EventDuration", "StartPosition",
                "EndPosition", "Title", "Asin", "BookLength", "DeliveryType", "NarrationSpeed", "Bookmark", "AudioType",
                "AsinOwned", "ListeningMode", "Store", "AppVersion", "LocalTimezone");
        LocalDate start = LocalDate.of(2020, 11, 1);
        for (AmazonContent.Audiobook book : AmazonContent.AUDIOBOOKS) {
            LocalDate from = book.pregnancy() ? Persona.PREGNANCY_KNOWN.plusDays(random.between(10, 120)) : start;
            start = start.plusDays(random.between(90, 200));
            String asin = AmazonOrdersWriter.asin(book.title());
            Instant added = Persona.at(from, 20, 0);
            library.row(AUDIBLE_DAY.format(added).toUpperCase(Locale.ROOT), book.title(), asin, "Y", "N", "", "", "N",
                    "N", "N", "1", AUDIBLE_DAY.format(added).toUpperCase(Locale.ROOT), "", "AYCE");
            tally.audibleLibrary++;
            long length = book.hours() * 3_600_000L;
            long position = 0;
            Instant at = added;
            for (int session = 0; session < book.hours() * 2; session++) {
                long duration = length / (book.hours() * 2L);
                at = at.plusSeconds(random.between(18, 60) * 3600L);
                csv(listening, at, duration, position, book, asin, length);
                position += duration;
                tally.audibleListening++;
            }
        }
        zip.bytes("Audible.Library/Audible.Library.csv", library.bytes());
        zip.bytes("Audible.Listening/Audible.Listening.csv", listening.bytes());
    }

    private void csv(TableCsv listening, Instant at, long duration, long position, AmazonContent.Audiobook book,
                     String asin, long length) {
        String day = AUDIBLE_DAY.format(at).toUpperCase(Locale.ROOT);
        String end = AUDIBLE_DAY.format(at.plusMillis(duration)).toUpperCase(Locale.ROOT);
        listening.row("Audible for Android", day, end, duration, position, position + duration, book.title(), asin,
                length, "Download", "1.00", "0", "", "true", "Offline", "Audible", "3.72.0", "Europe/Berlin");
    }
}
