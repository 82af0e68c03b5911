package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's German Takeout in two parts: paths, determinism, formats, and counts read back independently. */
class GoogleTakeoutDemoTest {
    private static final String ACTIVITY = "Takeout/Meine Aktivitäten/";
    private static final String YOUTUBE = "Takeout/YouTube und YouTube Music/";
    private static final String LOCATIONS = "Takeout/Standortverlauf (Zeitachse)/";
    private static final Pattern MONTH_FILE = Pattern.compile(
            Pattern.quote(LOCATIONS + "Semantic Location History/") + "(\\d{4})/\\1_([A-Z]+)\\.json");

    @TempDir
    static Path folder;
    private static List<Path> written;
    private static GoogleFacts facts;
    private static DemoArchives first;
    private static DemoArchives second;

    @BeforeAll
    static void writeOnce() throws IOException {
        DemoPersona persona = new DemoPersona();
        written = persona.writeTo(folder.resolve("demo"));
        facts = persona.facts().of(GoogleFacts.class);
        first = DemoArchives.read(folder.resolve("demo").resolve(GoogleFacts.PART_1));
        second = DemoArchives.read(folder.resolve("demo").resolve(GoogleFacts.PART_2));
    }

    @Test
    void theTwoPartsComeAfterTheEarlierArchivesUnderGooglesPartNames() {
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsSubsequence(GoogleFacts.PART_1, GoogleFacts.PART_2);
        assertThat(written.subList(0, 3)).extracting(p -> p.getFileName().toString()).containsExactly(
                "facebook-janakoehler-2024-03-12-Xy7Kq2.zip", "my_spotify_data.zip",
                "spotify_extended_streaming_history.zip");
    }

    @Test
    void thePartsHoldExactlyTheGermanPathsOfATakeout() {
        assertThat(first.paths()).containsExactly(
                "Takeout/Archiv_Übersicht.html",
                ACTIVITY + "Suche/MeineAktivitäten.html",
                ACTIVITY + "Maps/MeineAktivitäten.json",
                ACTIVITY + "Discover/MeineAktivitäten.json",
                ACTIVITY + "Werbung/MeineAktivitäten.html",
                YOUTUBE + "Verlauf/Wiedergabeverlauf.html",
                YOUTUBE + "Verlauf/Suchverlauf.json",
                YOUTUBE + "Abos/Abos.csv",
                "Takeout/Chrome/BrowserHistory.json",
                "Takeout/Google Play Store/Installs.json",
                "Takeout/Google Play Store/Library.json",
                "Takeout/Google Play Store/Purchase History.json",
                "Takeout/Profil/Profil.json",
                "Takeout/Google Kontakte/Alle Kontakte/Alle Kontakte.vcf");
        List<String> months = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String path : second.paths()) {
            Matcher m = MONTH_FILE.matcher(path);
            if (m.matches()) {
                months.add(m.group(1) + "_" + m.group(2));
            } else {
                rest.add(path);
            }
        }
        assertThat(rest).containsExactly("Takeout/Archiv_Übersicht.html", LOCATIONS + "Records.json",
                LOCATIONS + "Settings.json");
        assertThat(months).containsExactly("2019_MAY", "2023_JANUARY", "2023_FEBRUARY", "2023_MARCH", "2023_APRIL",
                "2023_MAY", "2023_JUNE", "2023_JULY", "2023_AUGUST", "2023_SEPTEMBER", "2023_OCTOBER", "2023_NOVEMBER",
                "2023_DECEMBER", "2024_JANUARY", "2024_FEBRUARY", "2024_MARCH");
        assertThat(facts.semanticMonths()).isEqualTo(16);
        // Both parts describe the archive; the runner merges parts that share at most a tenth of their paths.
        assertThat(second.entry("Takeout/Archiv_Übersicht.html").bytes())
                .isEqualTo(first.entry("Takeout/Archiv_Übersicht.html").bytes());
        assertThat(Math.min(first.paths().size(), second.paths().size())).isGreaterThanOrEqualTo(10);
    }

    @Test
    void writingTwiceGivesByteIdenticalParts(@TempDir Path other) throws IOException {
        DemoPersona.standard().writeTo(other);
        for (String name : List.of(GoogleFacts.PART_1, GoogleFacts.PART_2)) {
            assertThat(Files.mismatch(folder.resolve("demo").resolve(name), other.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void everyEntryIsStampedWithTheExportDateAndCompressesWithinImportLimits() {
        for (DemoArchives zip : List.of(first, second)) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
                assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
            }
        }
    }

    @Test
    void theArchiveDescriptionStatesTheExportTimeInGerman() {
        String html = first.entry("Takeout/Archiv_Übersicht.html").text();
        assertThat(html).contains("<div class=\"header_subtext\">12.03.2024, 10:14:00 MEZ • ")
                .contains("Archiv für jana.koehler@example.org");
    }

    private static Document html(DemoArchives zip, String path) {
        return Jsoup.parse(zip.entry(path).text());
    }

    @Test
    void theSearchActivityIsGermanHtmlWithSearchesVisitsAndInferredPlaces() {
        Document search = html(first, ACTIVITY + "Suche/MeineAktivitäten.html");
        var records = search.select("div.outer-cell");
        assertThat(records).hasSize(facts.searches() + facts.searchResultVisits());
        long searches = records.stream().filter(r -> r.selectFirst("div.content-cell").text().startsWith("Gesucht nach"))
                .count();
        assertThat(searches).isEqualTo(facts.searches()).isEqualTo(420);
        assertThat(records.stream().filter(r -> r.text().contains("Aus deinen Orten (Zuhause)"))).isNotEmpty();
        assertThat(records).allMatch(r -> r.selectFirst("div.header-cell p").text().equals("Suche")
                && r.select("div.mdl-typography--caption b").first().text().equals("Produkte:"));
        // Newest first, dated like a German account: "21.07.2023, 20:03:11 MESZ".
        List<Instant> times = records.stream().map(r -> germanTime(r.selectFirst("div.content-cell").html())).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(times.get(0)).isBefore(GoogleTakeoutWriter.MADE);
        // The day of the test and the searches after it.
        assertThat(records.stream().filter(r -> r.text().contains("schwangerschaftstest positiv was nun"))
                .map(r -> germanTime(r.selectFirst("div.content-cell").html())))
                .singleElement().satisfies(t -> assertThat(LocalDate.ofInstant(t, Persona.ZONE)).isEqualTo(Persona.PREGNANCY_KNOWN));
        Set<String> expecting = new HashSet<>(GoogleContent.EXPECTING_SEARCHES);
        expecting.addAll(FacebookContent.EXPECTING_SEARCHES);
        List<String> afterTheTest = records.stream()
                .filter(r -> germanTime(r.selectFirst("div.content-cell").html()).isAfter(Persona.at(Persona.PREGNANCY_KNOWN.plusDays(1), 0, 0)))
                .map(r -> r.selectFirst("div.content-cell a").text()).toList();
        List<String> beforeTheTest = records.stream()
                .filter(r -> germanTime(r.selectFirst("div.content-cell").html()).isBefore(Persona.at(Persona.PREGNANCY_KNOWN, 0, 0)))
                .map(r -> r.selectFirst("div.content-cell a").text()).toList();
        assertThat(afterTheTest.stream().filter(expecting::contains).count()).isGreaterThan(60);
        assertThat(beforeTheTest).noneMatch(expecting::contains);
        assertThat(facts.activityPlaceInferences()).isEqualTo(3);
    }

    /** The time of a record from its body's last line. */
    private static Instant germanTime(String bodyHtml) {
        Matcher m = Pattern.compile("(\\d\\d)\\.(\\d\\d)\\.(\\d{4}), (\\d\\d):(\\d\\d):(\\d\\d) (MESZ|MEZ)").matcher(bodyHtml);
        assertThat(m.find()).as(bodyHtml).isTrue();
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(1)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                Integer.parseInt(m.group(6)));
        return local.toInstant(ZoneOffset.ofHours(m.group(7).equals("MESZ") ? 2 : 1));
    }

    @Test
    void youTubeHoldsWatchesWithAdsSearchesAndSubscriptions() {
        Document watches = html(first, YOUTUBE + "Verlauf/Wiedergabeverlauf.html");
        assertThat(watches.select("div.outer-cell")).hasSize(facts.youTubeWatches()).hasSize(520);
        assertThat(watches.select("div.outer-cell").stream().filter(r -> r.text().contains("Von Google Ads")))
                .hasSize(facts.youTubeAdWatches());
        assertThat(facts.youTubeAdWatches()).isBetween(20, 80);
        assertThat(first.json(YOUTUBE + "Verlauf/Suchverlauf.json")).hasSize(facts.youTubeSearches());
        String subscriptions = first.entry(YOUTUBE + "Abos/Abos.csv").text();
        assertThat(subscriptions).startsWith("Kanal-ID,Kanal-URL,Kanaltitel\n").contains("Hebammensprechstunde");
        assertThat(subscriptions.lines().count() - 1).isEqualTo(facts.youTubeSubscriptions());
    }

    @Test
    void mapsDiscoverAndAdsCountsReadBack() {
        JsonNode maps = first.json(ACTIVITY + "Maps/MeineAktivitäten.json");
        int searches = 0;
        for (JsonNode r : maps) {
            searches += r.get("title").asText().startsWith("Gesucht nach ") ? 1 : 0;
        }
        assertThat(searches).isEqualTo(facts.mapsSearches());
        assertThat(maps.size() - searches).isEqualTo(facts.mapsOther());
        // Google's JSON writer escapes "=" and "&" like Gson does.
        assertThat(first.entry(ACTIVITY + "Maps/MeineAktivitäten.json").text()).contains("\\u003d").contains("\\u0026")
                .doesNotContain("center=");

        JsonNode discover = first.json(ACTIVITY + "Discover/MeineAktivitäten.json");
        Set<String> topics = new HashSet<>();
        int mentions = 0;
        for (JsonNode feed : discover) {
            for (JsonNode subtitle : feed.get("subtitles")) {
                topics.add(subtitle.get("name").asText().replaceFirst(" - angesehen(, ausgewählt)?$", ""));
                mentions++;
            }
        }
        assertThat(discover).hasSize(facts.discoverFeeds());
        assertThat(topics).hasSize(facts.discoverTopics()).contains("Schwangerschaft", "Laufen");
        assertThat(mentions).isEqualTo(facts.discoverTopicMentions());

        assertThat(html(first, ACTIVITY + "Werbung/MeineAktivitäten.html").select("div.outer-cell")).hasSize(facts.adClicks());
    }

    @Test
    void chromePlayStoreProfileAndContactsReadBack() {
        assertThat(first.json("Takeout/Chrome/BrowserHistory.json").get("Browser History")).hasSize(facts.chromeVisits());
        assertThat(first.json("Takeout/Google Play Store/Installs.json")).hasSize(facts.appInstalls());
        assertThat(first.json("Takeout/Google Play Store/Library.json")).hasSize(facts.libraryApps());
        assertThat(first.json("Takeout/Google Play Store/Purchase History.json")).hasSize(facts.appPurchases())
                .anySatisfy(p -> assertThat(p.at("/purchaseHistory/doc/title").asText()).isEqualTo("BabyBloom Premium (Jahresabo)"));
        JsonNode profile = first.json("Takeout/Profil/Profil.json");
        assertThat(profile.at("/name/formattedName").asText()).isEqualTo("Jana Köhler");
        assertThat(profile.get("birthday").asText()).isEqualTo("1990-08-21");
        assertThat(facts.profileFacts()).isEqualTo(6);
        String vcf = first.entry("Takeout/Google Kontakte/Alle Kontakte/Alle Kontakte.vcf").text();
        assertThat(vcf.split("BEGIN:VCARD", -1).length - 1).isEqualTo(facts.contacts()).isEqualTo(53);
        assertThat(vcf).contains("FN:Tom Berger\r\n", "FN:Lena Köhler\r\n", "FN:Sabine Köhler\r\n");
    }

    @Test
    void theTimelinePlacesHerHomeInPlagwitzHerWorkAtTheHospitalAndHerCheckUps() {
        int visits = 0;
        int segments = 0;
        int home = 0;
        int work = 0;
        int clinic = 0;
        int lisbon = 0;
        Instant last = Instant.EPOCH;
        for (DemoArchives.Entry e : second.entries()) {
            Matcher m = MONTH_FILE.matcher(e.path());
            if (!m.matches()) {
                continue;
            }
            boolean homeLabel = false;
            boolean workLabel = false;
            for (JsonNode object : e.json().get("timelineObjects")) {
                if (object.has("placeVisit")) {
                    visits++;
                    JsonNode location = object.at("/placeVisit/location");
                    String type = location.path("semanticType").asText("");
                    if (type.equals("TYPE_HOME")) {
                        homeLabel = true;
                        assertThat(location.get("address").asText()).isEqualTo("Zschochersche Straße 27, 04229 Leipzig\nDeutschland");
                    }
                    if (type.equals("TYPE_WORK")) {
                        workLabel = true;
                        assertThat(location.get("name").asText()).isEqualTo("Klinikum am Auwald");
                    }
                    Instant start = start(object.at("/placeVisit/duration"));
                    assertThat(YearMonthOf(start)).isEqualTo(m.group(1) + "_" + m.group(2));
                    if (location.path("name").asText("").startsWith("Klinikum am Auwald – Pränatal")) {
                        clinic++;
                        assertThat(start).isAfter(Persona.at(Persona.PREGNANCY_KNOWN, 0, 0));
                    }
                    if (location.path("address").asText("").contains("Lisboa")) {
                        lisbon++;
                        assertThat(m.group(1) + "_" + m.group(2)).isEqualTo("2019_MAY");
                    }
                    last = start.isAfter(last) ? start : last;
                } else {
                    segments++;
                    assertThat(object.has("activitySegment")).isTrue();
                }
            }
            home += homeLabel ? 1 : 0;
            work += workLabel ? 1 : 0;
        }
        assertThat(visits).isEqualTo(facts.placeVisits());
        assertThat(segments).isEqualTo(facts.activitySegments());
        assertThat(visits + segments).isBetween(1500, 4000);
        assertThat(home).isEqualTo(facts.homeLabelledMonths()).isEqualTo(16);
        // Maternity leave from 24 February 2024: no work in March.
        assertThat(work).isEqualTo(facts.workLabelledMonths()).isEqualTo(15);
        assertThat(clinic).isEqualTo(facts.prenatalClinicVisits()).isEqualTo(4);
        assertThat(facts.gynaecologistVisits()).isEqualTo(12);
        assertThat(lisbon).isEqualTo(facts.lisbonVisits()).isPositive();
        assertThat(last).isBefore(GoogleTakeoutWriter.MADE);
        assertThat(second.json(LOCATIONS + "Records.json").get("locations")).hasSize(facts.rawLocations());
        assertThat(facts.rawLocations()).isBetween(200, 800);
    }

    private static String YearMonthOf(Instant start) {
        var month = java.time.YearMonth.from(start.atZone(Persona.ZONE));
        return month.getYear() + "_" + month.getMonth().name();
    }

    /** 2019 files use epoch-millisecond strings, later ones ISO times. */
    private static Instant start(JsonNode duration) {
        return duration.has("startTimestampMs") ? Instant.ofEpochMilli(duration.get("startTimestampMs").asLong())
                : Instant.parse(duration.get("startTimestamp").asText());
    }
}
