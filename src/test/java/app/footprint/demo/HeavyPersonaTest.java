package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.model.Service;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The heavy persona at a thousandth of scale 1: the zips and their paths, the same bytes every time, files
 * that parse, and facts that match what is read back from the files.
 */
class HeavyPersonaTest {
    static final double TINY = 0.001;
    static final long SEED = 7L;
    private static final Pattern MESSAGE_FILE = Pattern.compile(
            "your_facebook_activity/messages/inbox/([a-z0-9]+_\\d{16})/message_(\\d+)\\.json");
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("MM/dd/yyyy HH:mm:ss 'UTC'");

    @TempDir
    static Path folder;
    static HeavyPersona persona;
    static List<Path> zips;
    static HeavyFacts facts;
    static DemoArchives takeout;
    static DemoArchives facebook;
    static DemoArchives spotify;
    static DemoArchives orders;
    static DemoArchives advertising;

    @BeforeAll
    static void writeOnce() throws IOException {
        persona = new HeavyPersona(1, SEED, TINY);
        zips = persona.writeTo(folder);
        facts = persona.facts();
        takeout = DemoArchives.read(zips.get(0));
        facebook = DemoArchives.read(zips.get(1));
        spotify = DemoArchives.read(zips.get(2));
        orders = DemoArchives.read(zips.get(3));
        advertising = DemoArchives.read(zips.get(4));
    }

    private static List<DemoArchives> all() {
        return List.of(takeout, facebook, spotify, orders, advertising);
    }

    @Test
    void theZipsHoldTheRealLayouts() {
        assertThat(zips).extracting(p -> p.getFileName().toString()).containsExactly(
                "takeout-20240312T091500Z-001.zip", "facebook-janakoehler-2024-03-12-Hv7Zp3.zip", "my_spotify_data.zip",
                "Your Orders.zip", "Advertising.zip");
        assertThat(takeout.paths()).containsExactly("Takeout/archive_browser.html",
                "Takeout/My Activity/Chrome/My Activity.json", "Takeout/My Activity/Discover/My Activity.json",
                "Takeout/My Activity/Maps/My Activity.json", "Takeout/My Activity/Search/My Activity.json",
                "Takeout/My Activity/YouTube/My Activity.json", "Takeout/Location History/Records.json");
        List<String> spotifyPaths = new ArrayList<>(List.of("my_spotify_data/Inferences.json",
                "my_spotify_data/Marquee.json"));
        // 100 plays at ten a file: the ten files of scale 1, a thousandth as long
        IntStream.range(0, 10).forEach(n -> spotifyPaths.add("my_spotify_data/StreamingHistory_music_" + n + ".json"));
        spotifyPaths.add("my_spotify_data/Userdata.json");
        assertThat(spotify.paths()).containsExactlyElementsOf(spotifyPaths);
        assertThat(orders.paths()).containsExactly("Retail.OrderHistory.1/Retail.OrderHistory.1.csv");
        assertThat(advertising.paths()).containsExactly("Advertising.1/Advertising.3PAudiences.csv",
                "Advertising.1/Advertising.AdvertiserAudiences.csv", "Advertising.1/Advertising.AmazonAudiences.csv");

        List<String> facebookPaths = facebook.paths();
        assertThat(facebookPaths.subList(0, 6)).containsExactly(
                "logged_information/other_logged_information/ads_interests.json",
                "ads_information/other_categories_used_to_reach_you.json",
                "ads_information/advertisers_using_your_activity_or_information.json",
                "logged_information/your_topics/your_topics.json", "logged_information/location/primary_location.json",
                "apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json");
        // Each conversation's files are numbered from 1 without gaps; the longest is split the most.
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        for (String path : facebookPaths.subList(6, facebookPaths.size())) {
            Matcher m = MESSAGE_FILE.matcher(path);
            assertThat(m.matches()).as(path).isTrue();
            numbers.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(Integer.parseInt(m.group(2)));
        }
        assertThat(numbers).hasSize(3);
        numbers.values().forEach(n -> assertThat(n).isEqualTo(IntStream.rangeClosed(1, n.size()).boxed().toList()));
        assertThat(numbers.values().iterator().next()).hasSizeGreaterThan(5);
    }

    @Test
    void writingAgainGivesTheSameBytesAndAnotherSeedOtherBytes(@TempDir Path again, @TempDir Path other)
            throws IOException {
        List<Path> second = new HeavyPersona(1, SEED, TINY).writeTo(again);
        List<Path> otherSeed = new HeavyPersona(1, SEED + 1, TINY).writeTo(other);
        for (int i = 0; i < zips.size(); i++) {
            assertThat(Files.mismatch(zips.get(i), second.get(i))).as(zips.get(i).toString()).isEqualTo(-1L);
        }
        assertThat(Files.mismatch(zips.get(0), otherSeed.get(0))).isNotEqualTo(-1L);
        assertThat(Files.mismatch(zips.get(1), otherSeed.get(1))).isNotEqualTo(-1L);
        for (DemoArchives zip : all()) {
            for (DemoArchives.Entry e : zip.entries()) {
                assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
            }
        }
        assertThat(again).isDirectoryNotContaining(p -> p.toString().endsWith(".part"));
    }

    @Test
    void everyJsonAndCsvFileParses() throws IOException {
        int json = 0;
        int csv = 0;
        for (DemoArchives zip : all()) {
            for (DemoArchives.Entry e : zip.entries()) {
                if (e.path().endsWith(".json")) {
                    assertThat(e.json().isContainerNode()).as(e.path()).isTrue();
                    json++;
                } else if (e.path().endsWith(".csv")) {
                    assertThat(e.text()).as(e.path()).startsWith("\uFEFF");
                    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(e.text().substring(1))).getRecords();
                    assertThat(rows).as(e.path()).hasSizeGreaterThan(2);
                    csv++;
                } else {
                    assertThat(e.path()).isEqualTo("Takeout/archive_browser.html");
                }
            }
        }
        assertThat(json).isEqualTo(facts.files() - 5);
        assertThat(csv).isEqualTo(4);
    }

    @Test
    void filesAndBytesAreCountedAsTheZipsHoldThem() {
        long files = 0;
        long bytes = 0;
        for (DemoArchives zip : all()) {
            for (DemoArchives.Entry e : zip.entries()) {
                files++;
                bytes += e.bytes().length;
                assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
            }
        }
        assertThat(facts.files()).isEqualTo(files).isEqualTo(51);
        assertThat(facts.uncompressedBytes()).isEqualTo(bytes);
    }

    @Test
    void googleCountsMatchTheFiles() {
        JsonNode records = takeout.json("Takeout/Location History/Records.json").get("locations");
        assertThat(facts.locationRecords()).isEqualTo(records.size()).isEqualTo(3000);
        List<Instant> times = new ArrayList<>();
        records.forEach(r -> times.add(Instant.parse(r.get("timestamp").asText())));
        assertThat(times).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(times.get(0)).isAfterOrEqualTo(Instant.parse("2018-12-31T23:00:00Z"));
        assertThat(times.get(times.size() - 1)).isBefore(Instant.parse("2024-03-11T23:00:00Z"));
        assertThat(records).allSatisfy(r -> assertThat(r.has("latitudeE7") && r.has("longitudeE7") && r.has("accuracy")
                && r.has("source") && r.has("deviceTag") && r.has("platformType")).isTrue());
        assertThat(records).anySatisfy(r -> assertThat(r.has("velocity") && r.has("heading") && r.has("altitude")
                && r.has("verticalAccuracy")).isTrue());
        assertThat(records).anySatisfy(r -> assertThat(r.path("activity").path(0).path("activity").path(0)
                .path("confidence").isInt()).isTrue());

        long entries = 0;
        Set<String> topics = new HashSet<>();
        Set<String> places = new HashSet<>();
        for (String product : List.of("Chrome", "Discover", "Maps", "Search", "YouTube")) {
            JsonNode list = takeout.json("Takeout/My Activity/" + product + "/My Activity.json");
            entries += list.size();
            List<Instant> newestFirst = new ArrayList<>();
            for (JsonNode record : list) {
                assertThat(record.get("header").asText()).isEqualTo(product);
                assertThat(record.get("products").get(0).asText()).isEqualTo(product);
                assertThat(record.get("title").asText()).isNotBlank();
                newestFirst.add(Instant.parse(record.get("time").asText()));
                record.path("subtitles").forEach(s -> {
                    if (product.equals("Discover")) {
                        topics.add(s.get("name").asText().replaceFirst(" - viewed(, selected)?$", ""));
                    }
                });
                record.path("locationInfos").forEach(l -> places.add(l.get("url").asText()));
            }
            assertThat(newestFirst).isSortedAccordingTo(Comparator.reverseOrder());
        }
        assertThat(facts.activityEntries()).isEqualTo(entries).isEqualTo(500);
        assertThat(places).hasSize(3);
        assertThat(persona.statedInferencesOf(Service.GOOGLE)).isEqualTo(topics.size() + places.size());
        assertThat(takeout.entry("Takeout/archive_browser.html").text())
                .contains("<div class=\"header_subtext\">Mar 12, 2024, 10:15:00 AM CET •");
        assertThat(takeout.entry("Takeout/My Activity/Search/My Activity.json").text()).contains("q\\u003d");
    }

    /** Night points (1 to 5 o'clock) mostly at home; many points at the hospital; some far away, on trips. */
    @Test
    void locationsFollowADailyLife() {
        JsonNode records = takeout.json("Takeout/Location History/Records.json").get("locations");
        int night = 0;
        int nightAtHome = 0;
        int atHospital = 0;
        int away = 0;
        for (JsonNode r : records) {
            double latitude = r.get("latitudeE7").asLong() / 1e7;
            double longitude = r.get("longitudeE7").asLong() / 1e7;
            ZonedDateTime local = Instant.parse(r.get("timestamp").asText()).atZone(Persona.ZONE);
            boolean home = metres(latitude, longitude, GooglePlaces.HOME) < 150;
            if (local.getHour() >= 1 && local.getHour() < 5) {
                night++;
                nightAtHome += home ? 1 : 0;
            }
            atHospital += metres(latitude, longitude, GooglePlaces.HOSPITAL) < 150 ? 1 : 0;
            away += metres(latitude, longitude, GooglePlaces.HOME) > 100_000 ? 1 : 0;
        }
        assertThat((double) nightAtHome / night).isGreaterThan(0.85);
        assertThat((double) atHospital / records.size()).isBetween(0.1, 0.4);
        assertThat((double) away / records.size()).isBetween(0.01, 0.2);
    }

    private static double metres(double latitude, double longitude, GooglePlaces.Place place) {
        double north = (latitude - place.latitude()) * 110_540;
        double east = (longitude - place.longitude()) * 111_320 * Math.cos(Math.toRadians(latitude));
        return Math.hypot(north, east);
    }

    @Test
    void facebookCountsMatchTheFiles() {
        long messages = 0;
        Map<String, List<Long>> byThread = new TreeMap<>();
        for (String path : facebook.paths()) {
            Matcher m = MESSAGE_FILE.matcher(path);
            if (!m.matches()) {
                continue;
            }
            JsonNode thread = facebook.json(path);
            assertThat(thread.get("messages").size()).isLessThanOrEqualTo(10);
            assertThat(thread.get("participants")).anySatisfy(p -> assertThat(p.get("name").asText())
                    .isEqualTo(MetaTextGenerator.bytewise(Persona.FULL_NAME)));
            for (JsonNode message : thread.get("messages")) {
                byThread.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(message.get("timestamp_ms").asLong());
                messages++;
            }
        }
        assertThat(facts.messages()).isEqualTo(messages).isEqualTo(200);
        // Newest first across a thread's files, as Meta writes them.
        byThread.values().forEach(t -> assertThat(t).isSortedAccordingTo(Comparator.reverseOrder()));
        // Meta's mojibake: every byte of "ö" escaped on its own.
        assertThat(facebook.entry(facebook.paths().get(6)).text()).contains("\\u00c3\\u00b6");

        List<String> values = new ArrayList<>();
        facebook.json("logged_information/other_logged_information/ads_interests.json").get("topics_v2")
                .forEach(v -> values.add("interest " + v.asText()));
        facebook.json("ads_information/other_categories_used_to_reach_you.json").get("label_values").get(0).get("vec")
                .forEach(v -> values.add("category " + v.get("value").asText()));
        facebook.json("ads_information/advertisers_using_your_activity_or_information.json").get("label_values").get(0)
                .get("vec").forEach(v -> values.add("advertiser " + v.get("value").asText()));
        facebook.json("logged_information/your_topics/your_topics.json").get("inferred_topics_v2")
                .forEach(v -> values.add("topic " + v.asText()));
        facebook.json("logged_information/location/primary_location.json").get("primary_location_v2")
                .get("city_region_pairs").forEach(v -> values.add("location " + v));
        JsonNode companies = facebook.json("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json")
                .get("off_facebook_activity_v2");
        companies.forEach(c -> values.add("company " + c.get("name").asText()));
        assertThat(values).doesNotHaveDuplicates().hasSize(300 + 200 + 300 + 200 + 1 + 150);
        assertThat(persona.statedInferencesOf(Service.FACEBOOK)).isEqualTo(values.size());
        assertThat(companies).allSatisfy(c -> assertThat(c.get("events").size()).isEqualTo(1));
    }

    @Test
    void spotifyCountsMatchTheFiles() {
        long streams = 0;
        List<Instant> ends = new ArrayList<>();
        for (int n = 0; n < 10; n++) {
            JsonNode plays = spotify.json("my_spotify_data/StreamingHistory_music_" + n + ".json");
            assertThat(plays.size()).isEqualTo(10);
            for (JsonNode play : plays) {
                assertThat(play.get("artistName").asText()).isNotBlank();
                assertThat(play.get("msPlayed").asLong()).isPositive();
                ends.add(LocalDateTime.parse(play.get("endTime").asText().replace(' ', 'T')).toInstant(ZoneOffset.UTC));
                streams++;
            }
        }
        assertThat(facts.streams()).isEqualTo(streams).isEqualTo(100);
        assertThat(ends).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(spotify.entry("my_spotify_data/StreamingHistory_music_0.json").text()).contains("\"endTime\" : \"");

        List<String> segments = new ArrayList<>();
        spotify.json("my_spotify_data/Inferences.json").get("inferences").forEach(s -> segments.add(
                s.asText().replaceFirst("^[13]P_", "").replaceFirst("_[A-Z]{2,3}$", "")));
        List<String> artists = new ArrayList<>();
        spotify.json("my_spotify_data/Marquee.json").forEach(a -> artists.add(a.get("artistName").asText()));
        assertThat(segments).doesNotHaveDuplicates().hasSize(300);
        assertThat(artists).doesNotHaveDuplicates().hasSize(100);
        assertThat(persona.statedInferencesOf(Service.SPOTIFY)).isEqualTo(segments.size() + artists.size());
        assertThat(spotify.json("my_spotify_data/Userdata.json").get("email").asText()).isEqualTo(Persona.EMAIL);
    }

    @Test
    void amazonCountsMatchTheFiles() throws IOException {
        String text = orders.entry("Retail.OrderHistory.1/Retail.OrderHistory.1.csv").text();
        assertThat(text).startsWith("\uFEFF\"Website\",\"Order ID\",\"Order Date\",").doesNotContain("\r");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
        assertThat(facts.orders()).isEqualTo(rows.size()).isEqualTo(50);
        List<LocalDateTime> dates = rows.stream().map(r -> LocalDateTime.parse(r.get("Order Date"), US)).toList();
        assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.size()).isEqualTo(27);
            assertThat(r.get("Product Name")).isNotBlank();
            assertThat(new BigDecimal(r.get("Total Owed"))).isPositive();
        });
        assertThat(rows.stream().map(r -> r.get("Order ID")).distinct().count()).isLessThan(rows.size());

        List<String> values = new ArrayList<>();
        for (DemoArchives.Entry list : advertising.entries()) {
            String[] lines = list.text().split("\n", -1);
            assertThat(lines[0]).startsWith("\uFEFF");
            assertThat(lines[1]).isEmpty();
            assertThat(lines[lines.length - 1]).endsWith("\"");
            for (int i = 2; i < lines.length; i++) {
                assertThat(lines[i]).startsWith("\"").endsWith("\"");
                values.add(lines[i]);
            }
        }
        assertThat(values).doesNotHaveDuplicates().hasSize(100 + 200 + 150);
        assertThat(persona.statedInferencesOf(Service.AMAZON)).isEqualTo(values.size());
    }

    @Test
    void statedInferencesAreTheCompaniesAddedUp() {
        assertThat(facts.statedInferences()).isEqualTo(List.of(Service.GOOGLE, Service.FACEBOOK, Service.SPOTIFY,
                Service.AMAZON).stream().mapToLong(persona::statedInferencesOf).sum());
    }

    @Test
    void theScaleMultipliesTheCounts(@TempDir Path twice) throws IOException {
        HeavyPersona doubled = new HeavyPersona(2, SEED, TINY);
        doubled.writeTo(twice);
        HeavyFacts two = doubled.facts();
        assertThat(List.of(two.locationRecords(), two.activityEntries(), two.messages(), two.streams(), two.orders()))
                .containsExactly(6000L, 1000L, 400L, 200L, 100L);
        assertThat(doubled.statedInferencesOf(Service.FACEBOOK))
                .isEqualTo(2 * persona.statedInferencesOf(Service.FACEBOOK) - 1); // one primary location at any scale
        assertThat(two.uncompressedBytes()).isBetween(facts.uncompressedBytes() * 3 / 2, facts.uncompressedBytes() * 3);
    }

    @Test
    void sizesOutsideTheRangeAreRefusedAndFactsWaitForTheWriting() {
        assertThatThrownBy(() -> new HeavyPersona(0, SEED)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeavyPersona(1, SEED, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeavyPersona(1, SEED, 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HeavyPersona(1, SEED).facts()).isInstanceOf(IllegalStateException.class);
    }
}
