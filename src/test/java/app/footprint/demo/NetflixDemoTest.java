package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Netflix export: paths, formatting, determinism, and every count read back from the files themselves. */
class NetflixDemoTest {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<String> PREGNANCY_TITLES = List.of("Neun Monate", "Elternzeit", "Kleine Wunder", "Bauchgefühl");

    @TempDir
    static Path folder;
    static Path zip;
    static DemoArchives netflix;
    static NetflixFacts facts;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        zip = persona.writeTo(folder).stream().filter(p -> p.getFileName().toString().equals("netflix-report.zip"))
                .findFirst().orElseThrow();
        netflix = DemoArchives.read(zip);
        facts = persona.facts().of(NetflixFacts.class);
    }

    private static List<CSVRecord> table(String path) throws IOException {
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(netflix.entry(path).text())).getRecords();
    }

    @Test
    void theReportHoldsNetflixsFoldersAndFiles() {
        assertThat(netflix.paths()).containsExactly(
                "ACCOUNT/AccountDetails.csv",
                "CONTENT_INTERACTION/IndicatedPreferences.csv",
                "CONTENT_INTERACTION/MyList.csv",
                "CONTENT_INTERACTION/Ratings.csv",
                "CONTENT_INTERACTION/SearchHistory.csv",
                "CONTENT_INTERACTION/ViewingActivity.csv",
                "DEVICES/Devices.csv",
                "IP_ADDRESSES/IpAddressesAccountCreation.csv",
                "IP_ADDRESSES/IpAddressesLogin.csv",
                "IP_ADDRESSES/IpAddressesStreaming.csv",
                "PAYMENT_AND_BILLING/BillingHistory.csv",
                "PROFILES/Profiles.csv",
                "CONTENT_INTERACTION/InteractiveTitles.txt",
                "CUSTOMER_SERVICE/CSContact.txt",
                "GAMES/GamePlaySession.txt",
                "SOCIAL_MEDIA_CONNECTIONS/SocialMediaConnections.txt",
                "SURVEYS/ProductCancellationSurvey.txt",
                "Additional Information.pdf",
                "Cover sheet.pdf");
        assertThat(facts.placeholders()).isEqualTo(5);
    }

    @Test
    void writingAgainGivesTheSameBytesAndEveryEntryIsStampedWithTheExportDate(@TempDir Path other) throws IOException {
        Path again = new DemoPersona().writeTo(other).stream()
                .filter(p -> p.getFileName().toString().equals("netflix-report.zip")).findFirst().orElseThrow();
        assertThat(Files.mismatch(zip, again)).isEqualTo(-1L);
        for (DemoArchives.Entry e : netflix.entries()) {
            assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
            assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
        }
    }

    @Test
    void filesAreFormattedAsNetflixFormatsThem() {
        String viewing = netflix.entry("CONTENT_INTERACTION/ViewingActivity.csv").text();
        assertThat(viewing).startsWith("Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,"
                + "Device Type,Bookmark,Latest Bookmark,Country\nJana,").doesNotContain("\r").endsWith("\n");
        assertThat(viewing).contains(",\"Autoplayed: user action: None; \",").contains(",Not latest view,");
        assertThat(netflix.entry("ACCOUNT/AccountDetails.csv").text()).startsWith("\"First Name\",\"Last Name\"")
                .contains("\"Jana\",\"Köhler\",\"jana.koehler@example.org\"");
        assertThat(netflix.entry("PROFILES/Profiles.csv").text()).startsWith("\"Profile Name\",\"Email Address\"");
        assertThat(netflix.entry("GAMES/GamePlaySession.txt").text()).isEqualTo("There is no data for this category.\n");
        assertThat(netflix.entries()).noneMatch(e -> e.bytes().length > 2 && (e.bytes()[0] & 0xFF) == 0xEF);
    }

    @Test
    void viewingCountsMatchTheFile() throws IOException {
        List<CSVRecord> rows = table("CONTENT_INTERACTION/ViewingActivity.csv");
        List<CSVRecord> watched = rows.stream().filter(r -> r.get("Supplemental Video Type").isEmpty()).toList();
        List<CSVRecord> previews = rows.stream().filter(r -> !r.get("Supplemental Video Type").isEmpty()).toList();

        assertThat(facts.viewingRows()).isEqualTo(rows.size()).isBetween(1000, 2500);
        assertThat(facts.watched()).isEqualTo(watched.size());
        assertThat(facts.previews()).isEqualTo(previews.size()).isPositive();
        assertThat(previews).allMatch(r -> Set.of("HOOK", "TRAILER", "TEASER_TRAILER").contains(r.get("Supplemental Video Type"))
                && r.get("Attributes").startsWith("Autoplayed"));
        assertThat(facts.janaWatched()).isEqualTo(watched.stream().filter(r -> r.get("Profile Name").equals("Jana")).count());
        assertThat(facts.tomWatched()).isEqualTo(watched.stream().filter(r -> r.get("Profile Name").equals("Tom")).count());
        assertThat(facts.janaWatched() + facts.tomWatched()).isEqualTo(facts.watched());
        assertThat(facts.bingedEpisodes()).isEqualTo(watched.stream()
                .filter(r -> r.get("Attributes").equals("Autoplayed: user action: Unspecified; ")).count()).isPositive();
        long lateNight = watched.stream().map(r -> LocalDateTime.parse(r.get("Start Time"), UTC).toInstant(ZoneOffset.UTC)
                .atZone(Persona.ZONE).getHour()).filter(h -> h >= 23 || h < 5).count();
        assertThat(facts.lateNightWatched()).isEqualTo(lateNight).isPositive();
        List<CSVRecord> pregnancy = watched.stream()
                .filter(r -> PREGNANCY_TITLES.stream().anyMatch(t -> r.get("Title").startsWith(t))).toList();
        assertThat(facts.pregnancyWatched()).isEqualTo(pregnancy.size()).isPositive();
        Instant known = Persona.at(Persona.PREGNANCY_KNOWN, 0, 0);
        assertThat(pregnancy).allMatch(r -> !LocalDateTime.parse(r.get("Start Time"), UTC).toInstant(ZoneOffset.UTC).isBefore(known));
        assertThat(rows).extracting(r -> r.get("Start Time")).allMatch(t -> t.compareTo("2018-11-03") > 0 && t.compareTo("2024-03-12 09") < 0);
    }

    @Test
    void theOtherCountsMatchTheirFiles() throws IOException {
        assertThat(facts.profiles()).isEqualTo(table("PROFILES/Profiles.csv").size()).isEqualTo(3);
        assertThat(table("PROFILES/Profiles.csv")).extracting(r -> r.get("Profile Name")).containsExactly("Jana", "Tom", "Kinder");
        CSVRecord account = table("ACCOUNT/AccountDetails.csv").get(0);
        assertThat(facts.accountFields()).isEqualTo(account.stream().filter(c -> !c.isEmpty()).count());
        assertThat(account.get("Primary Lang")).isEqualTo("de-DE");
        assertThat(facts.indicatedPreferences()).isEqualTo(table("CONTENT_INTERACTION/IndicatedPreferences.csv").size());
        assertThat(facts.ratings()).isEqualTo(table("CONTENT_INTERACTION/Ratings.csv").size()).isPositive();
        List<CSVRecord> searches = table("CONTENT_INTERACTION/SearchHistory.csv");
        assertThat(facts.searches()).isEqualTo(searches.size());
        Set<String> expecting = Set.of("schwangerschaft", "geburt", "baby", "hebamme", "neun monate", "eltern",
                "bauchgefühl", "kleine wunder");
        assertThat(facts.pregnancySearches()).isEqualTo(searches.stream()
                .filter(r -> expecting.contains(r.get("Query Typed"))).count()).isPositive();
        assertThat(facts.myList()).isEqualTo(table("CONTENT_INTERACTION/MyList.csv").size());
        assertThat(facts.devices()).isEqualTo(table("DEVICES/Devices.csv").size());
        assertThat(facts.loginAddresses()).isEqualTo(table("IP_ADDRESSES/IpAddressesLogin.csv").size()
                + table("IP_ADDRESSES/IpAddressesAccountCreation.csv").size());
        assertThat(facts.streamingAddresses()).isEqualTo(table("IP_ADDRESSES/IpAddressesStreaming.csv").size());
        assertThat(facts.payments()).isEqualTo(table("PAYMENT_AND_BILLING/BillingHistory.csv").size()).isEqualTo(65);
        assertThat(table("DEVICES/Devices.csv").stream().map(r -> r.get("Device Type")).collect(Collectors.toSet()))
                .contains("Samsung CE 2019 Tizen TV", "Google Pixel 7a Android Phone");
    }

    @Test
    void theTextIsUtf8AsNetflixWritesIt() {
        String viewing = netflix.entry("CONTENT_INTERACTION/ViewingActivity.csv").text();
        assertThat(viewing.getBytes(StandardCharsets.UTF_8)).hasSize(netflix.entry("CONTENT_INTERACTION/ViewingActivity.csv").bytes().length);
        assertThat(viewing).contains("Die Inselärztin: Staffel 1:");
    }
}
