package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Writes Jana's {@code netflix-report.zip}: Netflix's upper-case subject folders with CSV files (some with
 * every cell quoted, most quoted only where needed), {@code .txt} placeholders for empty subjects, and the
 * two PDFs. The account is German, so titles and the account language are German.
 */
final class NetflixExportWriter {
    static final String FILE_NAME = "netflix-report.zip";
    static final List<String> PLACEHOLDERS = List.of("CONTENT_INTERACTION/InteractiveTitles.txt",
            "CUSTOMER_SERVICE/CSContact.txt", "GAMES/GamePlaySession.txt",
            "SOCIAL_MEDIA_CONNECTIONS/SocialMediaConnections.txt", "SURVEYS/ProductCancellationSurvey.txt");
    /** Netflix's placeholder sentence for a subject without data. */
    static final String PLACEHOLDER_TEXT = "There is no data for this category.\n";
    /** Streaming addresses are listed for the last year only. */
    private static final LocalDate STREAMING_SINCE = Persona.EXPORT_DAY.minusYears(1);

    private static final DateTimeFormatter UTC_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter UTC_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final DemoZip zip;
    private final NetflixTally tally;
    private final List<NetflixViewing.Play> plays;
    private final DemoRandom random = DemoRandom.forPart("netflix/files");

    private NetflixExportWriter(DemoZip zip, List<NetflixViewing.Play> plays, NetflixTally tally) {
        this.zip = zip;
        this.plays = plays;
        this.tally = tally;
    }

    static void write(OutputStream out, NetflixTally tally) throws IOException {
        try (DemoZip zip = new DemoZip(out)) {
            new NetflixExportWriter(zip, new NetflixViewing().plays(), tally).writeAll();
        }
    }

    private void writeAll() throws IOException {
        writeAccountDetails();
        writeIndicatedPreferences();
        writeMyList();
        writeRatings();
        writeSearchHistory();
        writeViewingActivity();
        writeDevices();
        writeIpAddresses();
        writeBillingHistory();
        writeProfiles();
        for (String placeholder : PLACEHOLDERS) {
            zip.bytes(placeholder, PLACEHOLDER_TEXT.getBytes(StandardCharsets.UTF_8));
            tally.placeholders++;
        }
        zip.bytes("Additional Information.pdf", pdf("Netflix: additional information"));
        zip.bytes("Cover sheet.pdf", pdf("Netflix: cover sheet"));
    }

    private void writeAccountDetails() throws IOException {
        List<String> header = List.of("First Name", "Last Name", "Email Address", "Phone Number",
                "Country Of Registration", "Country Of Signup", "Primary Lang", "Cookie Disclosure",
                "Membership Status", "Customer Creation Timestamp", "Has Rejoined", "Netflix Updates",
                "Now On Netflix", "Netflix Offers", "Netflix Surveys", "Netflix Kids And Family",
                "Sms Account Related", "Sms Content Updates And Special Offers", "Test Participation", "Whats App",
                "Marketing Communications Matched Identifiers");
        List<Object> values = List.of(Persona.FIRST_NAME, Persona.LAST_NAME, Persona.EMAIL, "+4915550123456", "DE",
                "DE", "de-DE", "true", "CURRENT_MEMBER", "2018-11-03T19:12:44Z", "false", "YES", "YES", "NO", "NO",
                "YES", "YES", "NO", "YES", "NO", "No");
        TableCsv csv = TableCsv.quoted(header.toArray(String[]::new)).row(values.toArray());
        tally.accountFields += values.size();
        zip.bytes("ACCOUNT/AccountDetails.csv", csv.bytes());
    }

    private void writeProfiles() throws IOException {
        TableCsv csv = TableCsv.quoted("Profile Name", "Email Address", "Profile Creation Time", "Maturity Level",
                "Primary Lang", "Has Auto Playback", "Max Stream Quality", "Profile Lock Enabled");
        csv.row(NetflixContent.JANA, Persona.EMAIL, "2018-11-03T19:12:44Z", "1000000", "de-DE", "true", "UNSPECIFIED",
                "false");
        csv.row(NetflixContent.TOM, "", "2018-11-04T20:31:09Z", "1000000", "de-DE", "true", "UNSPECIFIED", "false");
        csv.row(NetflixContent.KIDS, "", "2018-11-03T19:12:44Z", "70", "de-DE", "true", "UNSPECIFIED", "false");
        tally.profiles += csv.rows();
        zip.bytes("PROFILES/Profiles.csv", csv.bytes());
    }

    private void writeIndicatedPreferences() throws IOException {
        TableCsv csv = TableCsv.minimal("Profile Name", "Show", "Has Watched", "Is Interested", "Event Date");
        for (NetflixContent.Pick pick : NetflixContent.ONBOARDING) {
            csv.row(pick.profile(), pick.show(), pick.hasWatched(), pick.isInterested(), pick.day());
            tally.indicatedPreferences++;
        }
        zip.bytes("CONTENT_INTERACTION/IndicatedPreferences.csv", csv.bytes());
    }

    /** Newest first per profile, as Netflix lists it. */
    private void writeViewingActivity() throws IOException {
        TableCsv csv = TableCsv.minimal("Profile Name", "Start Time", "Duration", "Attributes", "Title",
                "Supplemental Video Type", "Device Type", "Bookmark", "Latest Bookmark", "Country");
        List<NetflixViewing.Play> ordered = new ArrayList<>(plays);
        ordered.sort(Comparator.comparing(NetflixViewing.Play::profile)
                .thenComparing(NetflixViewing.Play::start, Comparator.reverseOrder()));
        for (NetflixViewing.Play play : ordered) {
            String length = clock(play.seconds());
            csv.row(play.profile(), UTC_TIME.format(play.start()), length, play.attributes(), play.title(),
                    play.supplemental(), play.device(), length, play.latest() ? length : "Not latest view",
                    play.country());
            count(play);
        }
        zip.bytes("CONTENT_INTERACTION/ViewingActivity.csv", csv.bytes());
    }

    private void count(NetflixViewing.Play play) {
        tally.viewingRows++;
        if (play.preview()) {
            tally.previews++;
            return;
        }
        tally.watched++;
        if (play.profile().equals(NetflixContent.JANA)) {
            tally.janaWatched++;
        } else {
            tally.tomWatched++;
        }
        int hour = ZonedDateTime.ofInstant(play.start(), Persona.ZONE).getHour();
        if (hour >= 23 || hour < 5) {
            tally.lateNightWatched++;
        }
        if (NetflixViewing.NEXT_EPISODE_AUTOPLAY.equals(play.attributes())) {
            tally.bingedEpisodes++;
        }
        if (play.pregnancy()) {
            tally.pregnancyWatched++;
        }
    }

    /** Shows and films each profile rated, thumbs up mostly, on a day it watched them. */
    private void writeRatings() throws IOException {
        TableCsv csv = TableCsv.minimal("Profile Name", "Title Name", "Rating Type", "Star Value", "Thumbs Value",
                "Device Model", "Event Utc Ts", "Region View Date");
        Map<String, NetflixViewing.Play> firstViews = new LinkedHashMap<>();
        for (NetflixViewing.Play play : plays) {
            if (!play.preview()) {
                firstViews.putIfAbsent(play.profile() + "\u0000" + work(play.title()), play);
            }
        }
        for (NetflixViewing.Play play : firstViews.values()) {
            if (!play.pregnancy() && !random.chance(0.7)) {
                continue;
            }
            String thumbs = play.pregnancy() ? "3" : random.chance(0.8) ? "2" : "1";
            Instant at = play.start().plusSeconds(play.seconds() + random.between(30, 600));
            csv.row(play.profile(), work(play.title()), "thumb", "", thumbs, play.device(), UTC_TIME.format(at),
                    UTC_DATE.format(at));
            tally.ratings++;
        }
        zip.bytes("CONTENT_INTERACTION/Ratings.csv", csv.bytes());
    }

    /** The series of an episode title, or the film's own title. */
    private static String work(String title) {
        int season = title.indexOf(": Staffel ");
        return season < 0 ? title : title.substring(0, season);
    }

    private void writeSearchHistory() throws IOException {
        record Search(String profile, Instant at, String query, boolean pregnancy) {
        }
        List<Search> searches = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            searches.add(new Search(NetflixContent.JANA, random.wakingMomentBetween(NetflixContent.ACCOUNT_CREATED,
                    Persona.PREGNANCY_KNOWN), random.pick(NetflixContent.EVERYDAY_SEARCHES), false));
        }
        for (int i = 0; i < 22; i++) {
            searches.add(new Search(NetflixContent.JANA, random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(1),
                    Persona.LAST_ACTIVE_DAY), random.pick(NetflixContent.EXPECTING_SEARCHES), true));
        }
        for (int i = 0; i < 26; i++) {
            searches.add(new Search(NetflixContent.TOM, random.wakingMomentBetween(NetflixContent.ACCOUNT_CREATED,
                    Persona.LAST_ACTIVE_DAY), random.pick(NetflixContent.TOM_SEARCHES), false));
        }
        searches.sort(Comparator.comparing(Search::profile).thenComparing(Search::at, Comparator.reverseOrder()));
        TableCsv csv = TableCsv.minimal("Profile Name", "Country Iso Code", "Device", "Is Kids", "Query Typed",
                "Displayed Name", "Action", "Section", "Utc Timestamp");
        for (Search search : searches) {
            String shown = titleFor(search.query());
            csv.row(search.profile(), "DE", NetflixViewing.TV, "0", search.query(), shown,
                    shown.isEmpty() ? "search" : "play", "search_results", UTC_TIME.format(search.at()));
            tally.searches++;
            if (search.pregnancy()) {
                tally.pregnancySearches++;
            }
        }
        zip.bytes("CONTENT_INTERACTION/SearchHistory.csv", csv.bytes());
    }

    /** The series or film a query finds, or "" when it finds none of them. */
    private static String titleFor(String query) {
        String lower = query.toLowerCase(Locale.ROOT);
        for (NetflixContent.Series series : NetflixContent.SERIES) {
            if (series.name().toLowerCase(Locale.ROOT).contains(lower)) {
                return series.name();
            }
        }
        for (NetflixContent.Film film : NetflixContent.FILMS) {
            if (film.name().toLowerCase(Locale.ROOT).contains(lower)) {
                return film.name();
            }
        }
        return "";
    }

    private void writeMyList() throws IOException {
        TableCsv csv = TableCsv.minimal("Profile Name", "Title Name", "Country", "Utc Title Add Date");
        for (NetflixContent.Series series : NetflixContent.SERIES) {
            LocalDate added = series.pregnancy() ? Persona.PREGNANCY_KNOWN.plusDays(random.between(3, 60))
                    : NetflixContent.ACCOUNT_CREATED.plusDays(random.between(1, 400));
            csv.row(series.profile(), series.name(), "Germany", added);
            tally.myList++;
        }
        for (NetflixContent.Film film : NetflixContent.FILMS) {
            if (film.pregnancy() || random.chance(0.5)) {
                LocalDate added = film.pregnancy() ? Persona.PREGNANCY_KNOWN.plusDays(random.between(3, 120))
                        : NetflixContent.ACCOUNT_CREATED.plusDays(random.between(1, 1500));
                csv.row(film.profile(), film.name(), "Germany", added);
                tally.myList++;
            }
        }
        zip.bytes("CONTENT_INTERACTION/MyList.csv", csv.bytes());
    }

    /** One row per profile and device it played on, with the first and last play. */
    private void writeDevices() throws IOException {
        Map<String, List<NetflixViewing.Play>> byDevice = new LinkedHashMap<>();
        for (NetflixViewing.Play play : plays) {
            byDevice.computeIfAbsent(play.profile() + "\u0000" + play.device(), k -> new ArrayList<>()).add(play);
        }
        TableCsv csv = TableCsv.minimal("Profile Name", "Esn", "Device Type", "Acct First Playback Date",
                "Acct Last Playback Date", "Acct First Playback Date For User Generated Plays",
                "Acct Last Playback Date For User Generated Plays", "Profile Last Playback Date",
                "Profile First Playback Date", "Deactivation Time");
        for (List<NetflixViewing.Play> onDevice : byDevice.values()) {
            NetflixViewing.Play first = onDevice.get(0);
            NetflixViewing.Play last = onDevice.get(onDevice.size() - 1);
            String deactivated = first.device().equals(NetflixViewing.OLD_PHONE)
                    ? UTC_TIME.format(Persona.at(NetflixViewing.NEW_PHONE_FROM.plusDays(1), 10, 4)) : "";
            csv.row(first.profile(), esn(first.device()), first.device(), UTC_TIME.format(first.start()),
                    UTC_TIME.format(last.start()), UTC_TIME.format(first.start()), UTC_TIME.format(last.start()),
                    UTC_TIME.format(last.start()), UTC_TIME.format(first.start()), deactivated);
            tally.devices++;
        }
        zip.bytes("DEVICES/Devices.csv", csv.bytes());
    }

    /** Netflix's device serial ("ESN"), made up but the same for a device every time. */
    private static String esn(String device) {
        String model = device.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        String kind = device.contains("Android") ? "NFANDROID2-PRV-P-" : device.contains("TV") ? "NFCDSA-02-"
                : "NFCDFF-LX-";
        String serial = Integer.toHexString(device.hashCode()).toUpperCase(Locale.ROOT);
        return kind + model.substring(0, Math.min(12, model.length())) + "-" + serial;
    }

    private void writeIpAddresses() throws IOException {
        TableCsv creation = TableCsv.minimal("Ip", "Country", "Region Code Display Name", "Ts");
        creation.row("198.51.100.23", "DE", "Saxony", "2018-11-03 19:12:40");
        tally.loginAddresses++;
        zip.bytes("IP_ADDRESSES/IpAddressesAccountCreation.csv", creation.bytes());

        TableCsv logins = TableCsv.minimal("Esn", "Country", "Localized Device Description", "Device Description", "Ip",
                "Region Code Display Name", "Ts");
        Set<String> loggedIn = new LinkedHashSet<>();
        for (NetflixViewing.Play play : plays) {
            if (loggedIn.add(play.profile() + "\u0000" + play.device() + "\u0000" + play.country())) {
                Instant at = play.start().minus(Duration.ofMinutes(random.between(1, 30)));
                logins.row(esn(play.device()), play.country().substring(0, 2), play.device(), play.device(),
                        address(play), region(play), UTC_TIME.format(at));
                tally.loginAddresses++;
            }
        }
        zip.bytes("IP_ADDRESSES/IpAddressesLogin.csv", logins.bytes());

        TableCsv streaming = TableCsv.minimal("Esn", "Country", "Localized Device Description", "Device Description",
                "Ip", "Region Code Display Name", "Ts");
        Set<String> days = new LinkedHashSet<>();
        for (NetflixViewing.Play play : plays) {
            LocalDate day = LocalDate.ofInstant(play.start(), Persona.ZONE);
            if (!day.isBefore(STREAMING_SINCE) && days.add(day + play.device())) {
                streaming.row(esn(play.device()), play.country().substring(0, 2), play.device(), play.device(),
                        address(play), region(play), play.start().toString());
                tally.streamingAddresses++;
            }
        }
        zip.bytes("IP_ADDRESSES/IpAddressesStreaming.csv", streaming.bytes());
    }

    /** Home is one line that changes address now and then; abroad, a hotel's. Documentation ranges only. */
    private static String address(NetflixViewing.Play play) {
        if (!play.country().startsWith("DE")) {
            return "203.0.113." + (40 + Math.floorMod(play.country().hashCode(), 50));
        }
        int year = LocalDate.ofInstant(play.start(), Persona.ZONE).getYear();
        return play.device().contains("Android") ? "2001:db8:" + Integer.toHexString(0x1000 + year) + "::7"
                : "198.51.100." + (year - 1990);
    }

    private static String region(NetflixViewing.Play play) {
        return switch (play.country().substring(0, 2)) {
            case "PT" -> "Lisbon";
            case "DK" -> "Capital Region";
            case "SE" -> "Skåne";
            default -> "Saxony";
        };
    }

    /** Monthly payments since the account was opened; the price rose twice. */
    private void writeBillingHistory() throws IOException {
        TableCsv csv = TableCsv.minimal("Transaction Date", "Service Period Start Date", "Service Period End Date",
                "Description", "Payment Type", "Mop Last 4", "Mop Creation Date", "Mop Pmt Processor Desc",
                "Item Price Amt", "Currency", "Tax Amt", "Gross Sale Amt", "Pmt Txn Type", "Pmt Status",
                "Final Invoice Result", "Country", "Next Billing Date");
        List<Object[]> rows = new ArrayList<>();
        LocalDate first = NetflixContent.ACCOUNT_CREATED;
        for (LocalDate day = first; !day.isAfter(Persona.LAST_ACTIVE_DAY); day = day.plusMonths(1)) {
            BigDecimal gross = day.isBefore(LocalDate.of(2021, 2, 1)) ? new BigDecimal("11.99")
                    : day.isBefore(LocalDate.of(2023, 10, 1)) ? new BigDecimal("12.99") : new BigDecimal("13.99");
            BigDecimal net = gross.divide(new BigDecimal("1.19"), 2, RoundingMode.HALF_UP);
            rows.add(new Object[] {day, day, day.plusMonths(1).minusDays(1), "Standard-Abo", "DD", "4321",
                    "2018-11-03", "SEPA Direct Debit", net, "EUR", gross.subtract(net), gross, "SALE", "APPROVED",
                    "SETTLED", "DE", day.plusMonths(1)});
        }
        for (int i = rows.size() - 1; i >= 0; i--) {
            csv.row(rows.get(i));
            tally.payments++;
        }
        zip.bytes("PAYMENT_AND_BILLING/BillingHistory.csv", csv.bytes());
    }

    /** "00:47:12". */
    static String clock(int seconds) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }

    /** A PDF no importer reads, standing in for Netflix's explanations. */
    static byte[] pdf(String title) {
        return ("%PDF-1.4\n% Footprint demo persona: placeholder for " + title + "\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }
}
