package app.footprint.importers.tiktok;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The checklist of the TikTok structure inventory (343 JSON paths from about thirty real 2024–25 exports,
 * old and new key names side by side). A file holding every path, each leaf with a value of its own, is
 * parsed: every leaf must arrive in what the importer hands over, unless its field is one the importer
 * deliberately leaves unread. Dynamic keys (usernames in "Chat History with …:", order numbers) are
 * replaced before use and never copied.
 */
class TikTokInventoryTest {
    private static final String INVENTORY = "_structure-inventories/whatif/TT_Merged_structures.csv";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter TIKTOK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Fields whose values are times: they get a time of their own. */
    private static final Set<String> TIME_FIELDS = Set.of("Date", "date", "TimeStamp", "CreateTime", "CreateDate",
            "WatchTime", "CommentTime", "order_date", "browsing_date", "ReceivedDate", "DateDeleted",
            "MostRecentModificationTimeInApp", "MostRecentModificationTimeInWeb");

    private static List<CSVRecord> rows;
    /** Each leaf's path (with dynamic keys replaced) and the value it was given. */
    private static final Map<List<String>, String> leaves = new LinkedHashMap<>();
    private static ObjectNode document;
    private static int values;

    @BeforeAll
    static void buildAFileHoldingEveryPath() throws IOException {
        try (Reader in = Files.newBufferedReader(Fixtures.file(INVENTORY), StandardCharsets.UTF_8)) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
        document = MAPPER.createObjectNode();
        // lists first: a path that is a list in one export and null ("object") in another is built as a list
        for (CSVRecord row : rows) {
            if (row.get("var_type").equals("list")) {
                addListRow(row);
            }
        }
        for (CSVRecord row : rows) {
            if (row.get("var_type").equals("static")) {
                addStaticRow(row);
            }
        }
    }

    private static List<String> keys(String jsonArray) throws IOException {
        List<String> keys = new ArrayList<>();
        for (JsonNode key : MAPPER.readTree(jsonArray)) {
            String k = key.asText();
            keys.add(k.startsWith("Chat History with") ? "Chat History with someone:" : k.equals("$NUMBER") ? "1001" : k);
        }
        return keys;
    }

    private static void addListRow(CSVRecord row) throws IOException {
        List<String> list = keys(row.get("list_path"));
        List<String> sub = keys(row.get("subfield_path"));
        ObjectNode parent = objectAt(list.subList(0, list.size() - 1));
        String name = list.get(list.size() - 1);
        JsonNode existing = parent.get(name);
        ArrayNode array = existing != null && existing.isArray() ? (ArrayNode) existing : parent.putArray(name);
        List<String> path = new ArrayList<>(list);
        path.addAll(sub);
        if (sub.isEmpty()) {
            String value = valueFor(name, "string", path);
            array.add(value);
            return;
        }
        if (array.isEmpty()) {
            array.addObject();
        }
        ObjectNode element = (ObjectNode) array.get(0);
        for (String key : sub.subList(0, sub.size() - 1)) {
            element = element.has(key) && element.get(key).isObject() ? (ObjectNode) element.get(key) : element.putObject(key);
        }
        String leaf = sub.get(sub.size() - 1);
        putLeaf(element, leaf, row.get("data_type"), path);
    }

    private static void addStaticRow(CSVRecord row) throws IOException {
        List<String> path = keys(row.get("path"));
        if (existsAt(path)) {
            return;
        }
        ObjectNode parent = objectAt(path.subList(0, path.size() - 1));
        String leaf = path.get(path.size() - 1);
        switch (row.get("data_type")) {
            case "object" -> parent.putNull(leaf);
            case "array" -> parent.putArray(leaf);
            default -> putLeaf(parent, leaf, row.get("data_type"), path);
        }
    }

    private static void putLeaf(ObjectNode parent, String leaf, String type, List<String> path) {
        switch (type) {
            case "number" -> {
                String value = valueFor(leaf, type, path);
                parent.put(leaf, Long.parseLong(value));
            }
            case "boolean" -> parent.put(leaf, true);
            default -> parent.put(leaf, valueFor(leaf, type, path));
        }
    }

    /** A value found nowhere else: a time for time fields, else a unique number or token. */
    private static String valueFor(String field, String type, List<String> path) {
        int n = values++;
        String value;
        if (TIME_FIELDS.contains(field)) {
            value = LocalDateTime.of(2023, 1, 1, 0, 0).plusMinutes(n + 1).format(TIKTOK_TIME);
        } else if (type.equals("number")) {
            value = Long.toString(9_000_000 + n);
        } else {
            value = "tok" + n + "x";
        }
        leaves.put(path, value);
        return value;
    }

    private static ObjectNode objectAt(List<String> path) {
        ObjectNode node = document;
        for (String key : path) {
            JsonNode child = node.get(key);
            node = child != null && child.isObject() ? (ObjectNode) child : node.putObject(key);
        }
        return node;
    }

    private static boolean existsAt(List<String> path) {
        JsonNode node = document;
        for (String key : path) {
            node = node == null ? null : node.get(key);
        }
        return node != null;
    }

    private static ParserRun parseTheDocument() throws IOException {
        return ParserRun.of(new UserDataParser(), "user_data_tiktok.json", MAPPER.writeValueAsString(document));
    }

    @Test
    void theInventoryHoldsTheExpectedPaths() {
        assertThat(rows).hasSize(343);
        assertThat(leaves.keySet()).allMatch(path -> path.size() >= 3);
    }

    @Test
    void everySectionOfTheInventoryIsKnownInEveryGeneration() {
        Set<String> unknown = new HashSet<>();
        for (List<String> path : leaves.keySet()) {
            if (Section.named(path.get(1)).isEmpty()) {
                unknown.add(path.get(0) + " › " + path.get(1));
            }
        }
        assertThat(unknown).isEmpty();
        assertThat(Section.named("Video Browsing History")).isEqualTo(Section.named("Watch History"));
        assertThat(Section.named("Search History")).isEqualTo(Section.named("Searches"));
        assertThat(Section.named("Follower List")).isEqualTo(Section.named("Follower"));
        assertThat(Section.named("Profile Information")).isEqualTo(Section.named("Profile Info"));
        assertThat(Section.named("POI Review")).isEqualTo(Section.named("Location Reviews"));
        assertThat(Section.named("Income Plus Wallet Transaction")).isEqualTo(Section.named("Transaction History"));
    }

    @Test
    void everyLeafIsReadOrDeliberatelyIgnored() throws IOException {
        ParserRun run = parseTheDocument();
        assertThat(run.file.problemCount()).as("no section unknown, no value unreadable").isZero();

        List<String> texts = new ArrayList<>();
        Set<Instant> times = new HashSet<>();
        for (Item item : run.sink.items) {
            texts.add(item.title());
            texts.add(item.detail());
            texts.addAll(item.attributes().values());
            if (item.at() != null) {
                times.add(item.at());
            }
        }
        for (StatedInference inference : run.sink.inferences) {
            texts.add(inference.value());
            texts.addAll(inference.attributes().values());
        }
        String all = String.join("\n", texts.stream().filter(t -> t != null).toList());

        List<String> missing = new ArrayList<>();
        List<String> ignored = new ArrayList<>();
        leaves.forEach((path, value) -> {
            Section section = Section.named(path.get(1)).orElseThrow();
            if (path.subList(2, path.size()).stream().anyMatch(section::ignores)) {
                ignored.add(String.join(" › ", path));
                return;
            }
            boolean found = all.contains(value) || (value.startsWith("2023-")
                    && times.contains(LocalDateTime.parse(value, TIKTOK_TIME).toInstant(ZoneOffset.UTC)));
            if (!found) {
                missing.add(String.join(" › ", path));
            }
        });
        assertThat(missing).isEmpty();
        // "App" and "IsFastLane" markers, the activity summary's note, LIVE settings' "0" modification times
        assertThat(ignored).hasSize(18).allMatch(p -> p.endsWith("App") || p.endsWith("IsFastLane")
                || p.endsWith("note") || p.contains("MostRecentModificationTime"));
        assertThat(leaves).hasSize(290);
    }
}
