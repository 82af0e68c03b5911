package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.importers.FileParser;
import app.footprint.importers.Recognition;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import app.footprint.testing.ZipBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The importer against the structure inventory of about thirty real 2024–25 X archives (what-if project):
 * every file it lists is read or deliberately left alone, every kind of data a manifest names is known,
 * the file list is recognised as an X archive, and every key path of every file that is read ends up in
 * what the import keeps, or is listed below with the reason it is not kept. For that, each file is built
 * from its inventory rows with a distinct value per key, parsed, and each value looked for in the output.
 */
class TwitterInventoryTest {
    private static final String INVENTORY = "_structure-inventories/whatif/X_Merged_structures.csv";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Set<String> TIME_FIELDS = Set.of("createdAt", "created_at", "approvedAt", "changedAt",
            "lastSeenAt", "updatedDate", "createdDate", "impressionTime", "engagementTime", "conversionTime",
            "deleted_at", "generationDate", "editableUntil");
    /** Fields that only make sense with a value of their kind. */
    private static final Map<String, String> TYPED_VALUES = Map.of("numAudiences", "57");

    /** Key paths of read files that the import does not keep, each with the reason. */
    private static final Map<String, String> NOT_KEPT = notKept();

    private static Map<String, String> notKept() {
        String ownId = "the person's own account number, kept from account.js and the manifest";
        String offsets = "character offsets into the text";
        Map<String, String> m = new LinkedHashMap<>();
        m.put("data/account-creation-ip.js accountCreationIp.accountId", ownId);
        m.put("data/account-timezone.js accountTimezone.accountId", ownId);
        m.put("data/email-address-change.js emailAddressChange.accountId", ownId);
        m.put("data/screen-name-change.js screenNameChange.accountId", ownId);
        m.put("data/verified.js verified.accountId", ownId);
        m.put("data/ip-audit.js ipAudit.accountId", ownId);
        m.put("data/key-registry.js keyRegistryData.userId", ownId);
        m.put("data/key-registry.js keyRegistryData.registeredDevices.deviceMetadataList.registrationToken",
                "a credential, not a fact about the person");
        m.put("data/key-registry.js keyRegistryData.registeredDevices.deviceMetadataList.identityKey",
                "a credential, not a fact about the person");
        m.put("data/device-token.js deviceToken.token", "a credential, not a fact about the person");
        m.put("data/ni-devices.js niDeviceResponse.pushDevice.token", "a credential, not a fact about the person");
        m.put("data/direct-messages.js dmConversation.messages.messageCreate.id", "X's number for the message");
        m.put("data/direct-messages.js dmConversation.messages.messageCreate.reactions", "kept as counts per reaction");
        m.put("data/direct-messages.js dmConversation.messages.messageCreate.mediaUrls", "kept as a count");
        m.put("data/direct-messages.js dmConversation.messages.messageCreate.editHistory",
                "earlier versions of an edited message; no sample of their layout yet");
        m.put("data/direct-messages.js dmConversation.messages.messageCreate.urls.url", "X's short link; the full address is kept");
        m.put("data/direct-messages.js dmConversation.messages.messageCreate.urls.display", "a shortened form of the kept address");
        m.put("data/tweets.js tweet.id", "the same as id_str, which is kept");
        m.put("data/tweets.js tweet.in_reply_to_status_id", "the same as in_reply_to_status_id_str, which is kept");
        m.put("data/tweets.js tweet.in_reply_to_user_id", "the same as in_reply_to_user_id_str, which is kept");
        m.put("data/tweets.js tweet.retweeted", "the viewer's own flag on her own post, false in archives");
        m.put("data/tweets.js tweet.favorited", "the viewer's own flag on her own post, false in archives");
        m.put("data/tweets.js tweet.truncated", "always false: the archive holds the full text");
        m.put("data/tweets.js tweet.display_text_range", offsets);
        m.put("data/tweets.js tweet.entities.hashtags.indices", offsets);
        m.put("data/tweets.js tweet.entities.user_mentions.indices", offsets);
        m.put("data/tweets.js tweet.entities.urls.indices", offsets);
        m.put("data/tweets.js tweet.entities.user_mentions.id_str", "the mentioned account's number; its name is kept");
        m.put("data/tweets.js tweet.entities.user_mentions.id", "the mentioned account's number; its name is kept");
        m.put("data/tweets.js tweet.entities.urls.url", "X's short link; the full address is kept");
        m.put("data/tweets.js tweet.entities.urls.display_url", "a shortened form of the kept address");
        m.put("data/tweets.js tweet.edit_info.initial.editTweetIds", "the post's edit window, not about the person");
        m.put("data/tweets.js tweet.edit_info.initial.editableUntil", "the post's edit window, not about the person");
        m.put("data/tweets.js tweet.edit_info.initial.editsRemaining", "the post's edit window, not about the person");
        m.put("data/tweets.js tweet.edit_info.initial.isEditEligible", "the post's edit window, not about the person");
        m.put("data/manifest.js readmeInfo.fileName", "where X's glossary of the files is");
        m.put("data/manifest.js readmeInfo.directory", "where X's glossary of the files is");
        m.put("data/manifest.js readmeInfo.name", "where X's glossary of the files is");
        m.put("data/manifest.js dataTypes.*.files.fileName", "checked against the file names, not kept");
        m.put("data/manifest.js dataTypes.*.files.globalName", "the wrapper's name, checked in each file");
        m.put("data/manifest.js dataTypes.*.files.count", "the records, counted while they are read");
        m.put("data/manifest.js dataTypes.*.mediaDirectory", "media files are listed, not read");
        return m;
    }

    /** One row of the inventory: a key path of one file. */
    record Row(int number, String file, List<String> path, List<String> listPath, String dataType) {
        String leaf() {
            return path.get(path.size() - 1);
        }

        /** "data/tweets.js tweet.entities.urls.url"; manifest types become "*". */
        String key() {
            List<String> shown = new ArrayList<>(path);
            if (file.equals("data/manifest.js") && shown.size() > 2 && shown.get(0).equals("dataTypes")) {
                shown.set(1, "*");
            }
            return file + " " + String.join(".", shown);
        }
    }

    private static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(Fixtures.file(INVENTORY), StandardCharsets.UTF_8)) {
            int number = 0;
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                number++;
                List<String> path = r.get("path").equals("nan") ? List.of() : strings(r.get("path"));
                List<String> listPath = r.get("list_path").equals("nan") ? null : strings(r.get("list_path"));
                rows.add(new Row(number, r.get("file_path"), path, listPath, r.get("data_type")));
            }
        }
        return rows;
    }

    private static List<String> strings(String json) throws IOException {
        List<String> out = new ArrayList<>();
        MAPPER.readTree(json).forEach(n -> out.add(n.asText()));
        return out;
    }

    private static Map<String, List<Row>> byFile() throws IOException {
        Map<String, List<Row>> files = new LinkedHashMap<>();
        for (Row row : rows()) {
            files.computeIfAbsent(row.file(), f -> new ArrayList<>()).add(row);
        }
        return files;
    }

    @Test
    void everyFileOfTheInventoryIsReadOrDeliberatelyLeftAlone() throws IOException {
        Set<String> read = new TreeSet<>();
        for (String file : byFile().keySet()) {
            DataFile kind = DataFile.at(file).orElseThrow(() -> new AssertionError("unknown file " + file)).kind();
            if (kind.read()) {
                read.add(file);
                assertThat(new TwitterImporter().parserFor(file)).as(file).isPresent();
            } else {
                assertThat(kind.ignoredBecause()).as(file).isNotBlank();
                assertThat(new TwitterImporter().parserFor(file)).as(file).isEmpty();
            }
        }
        assertThat(byFile()).hasSize(79);
        assertThat(read).containsExactly(
                "data/account-creation-ip.js", "data/account-timezone.js", "data/account.js",
                "data/ad-engagements.js", "data/ad-impressions.js", "data/ad-mobile-conversions-attributed.js",
                "data/ad-mobile-conversions-unattributed.js", "data/ad-online-conversions-attributed.js",
                "data/ad-online-conversions-unattributed.js", "data/ageinfo.js", "data/app.js", "data/block.js",
                "data/connected-application.js", "data/contact.js", "data/deleted-tweets.js", "data/device-token.js",
                "data/direct-messages-group.js", "data/direct-messages.js", "data/email-address-change.js",
                "data/follower.js", "data/following.js", "data/grok-chat-item.js", "data/ip-audit.js",
                "data/key-registry.js", "data/like.js", "data/lists-created.js", "data/lists-member.js",
                "data/lists-subscribed.js", "data/manifest.js", "data/mute.js", "data/ni-devices.js",
                "data/personalization.js", "data/phone-number.js", "data/profile.js", "data/saved-search.js",
                "data/screen-name-change.js", "data/tweets.js", "data/verified.js");
    }

    @Test
    void everyKindOfDataTheManifestsNameIsKnown() throws IOException {
        Set<String> types = new TreeSet<>();
        for (Row row : byFile().get("data/manifest.js")) {
            if (row.path().size() >= 4 && row.path().get(0).equals("dataTypes") && row.path().get(2).equals("files")) {
                types.add(row.path().get(1));
            }
        }
        assertThat(types).hasSize(82).contains("accountLabel", "expandedProfile", "periscopeBanInformation",
                "verifiedOrganization");
        for (String type : types) {
            assertThat(DataFile.ofManifestType(type)).as(type).isPresent();
        }
    }

    @Test
    void theInventorysFilesAreRecognisedAsARecentArchive(@TempDir Path dir) throws IOException {
        ZipBuilder zip = new ZipBuilder().add("twitter-2025-01-31-abc/Your archive.html", "<html></html>");
        for (String file : byFile().keySet()) {
            zip.add("twitter-2025-01-31-abc/" + file, "window.YTD.x.part0 = [ ]");
        }
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(zip.writeTo(dir.resolve("inventory.zip")),
                ArchiveLimits.defaults())))) {
            Recognition r = new TwitterImporter().recognise(tree);
            assertThat(r.confidence()).isEqualTo(0.95);
            assertThat(r.layout()).isEqualTo("2022+ (data/tweets.js)");
        }
    }

    @Test
    void everyKeyPathOfAFileThatIsReadIsKeptOrListedWithAReason() throws IOException {
        Set<String> inventoryKeys = new LinkedHashSet<>();
        List<String> lost = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, List<Row>> file : byFile().entrySet()) {
            DataFile kind = DataFile.at(file.getKey()).orElseThrow().kind();
            List<Row> leaves = file.getValue().stream().filter(r -> !r.path().isEmpty()).toList();
            leaves.forEach(r -> inventoryKeys.add(r.key()));
            if (!kind.read() || leaves.isEmpty()) {
                continue;
            }
            Set<List<String>> lists = listPrefixes(leaves);
            Output plain = parse(file.getKey(), leaves, lists, null);
            for (Row leaf : leaves) {
                if (lists.contains(leaf.path()) || NOT_KEPT.containsKey(leaf.key())) {
                    continue; // a list whose elements have rows of their own, or deliberately not kept
                }
                checked++;
                boolean kept = leaf.dataType().equals("boolean")
                        ? !parse(file.getKey(), leaves, lists, leaf).equals(plain)
                        : plain.holds(value(leaf));
                if (!kept) {
                    lost.add(leaf.key());
                }
            }
        }
        assertThat(lost).as("key paths neither kept nor listed as not kept").isEmpty();
        assertThat(checked).as("checked independently with Python over the inventory").isEqualTo(111);
        assertThat(inventoryKeys).as("every reason belongs to a key path of the inventory").containsAll(NOT_KEPT.keySet());
    }

    // ---- building a file from its rows ----

    /** The paths that are lists of records, as the rows of the file name them (a list may sit in a list). */
    private static Set<List<String>> listPrefixes(List<Row> rows) {
        Set<List<String>> prefixes = new LinkedHashSet<>();
        for (Row row : rows) {
            if (row.listPath() != null) {
                prefixes.add(row.listPath());
            }
        }
        return prefixes;
    }

    private static String value(Row row) {
        if (TIME_FIELDS.contains(row.leaf())) {
            return time(row).instant.toString();
        }
        return TYPED_VALUES.getOrDefault(row.leaf(), "‹" + row.number() + "›");
    }

    /** A time distinct per row, written the way X writes that field. */
    private record Time(Instant instant, String text) {
    }

    private static Time time(Row row) {
        Instant instant = Instant.parse("2020-01-01T10:00:00Z").plusSeconds(86_400L * row.number());
        String pattern = switch (row.leaf()) {
            case "created_at", "deleted_at" -> "EEE MMM dd HH:mm:ss +0000 yyyy";
            case "updatedDate", "createdDate" -> "yyyy.MM.dd";
            case "impressionTime", "engagementTime", "conversionTime" -> "yyyy-MM-dd HH:mm:ss";
            default -> "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'";
        };
        if (pattern.equals("yyyy.MM.dd")) {
            instant = instant.minusSeconds(10 * 3600); // midnight: a date alone
        }
        return new Time(instant, DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).withZone(ZoneOffset.UTC).format(instant));
    }

    private static JsonNode node(Row row, boolean flipped) {
        return switch (row.dataType()) {
            case "boolean" -> BooleanNode.valueOf(flipped);
            case "array" -> MAPPER.createArrayNode().add("‹" + row.number() + "›");
            default -> TextNode.valueOf(TIME_FIELDS.contains(row.leaf()) ? time(row).text()
                    : TYPED_VALUES.getOrDefault(row.leaf(), "‹" + row.number() + "›"));
        };
    }

    /** Builds the file's record (the manifest's object), with {@code flipped} set true, and parses it. */
    private static Output parse(String file, List<Row> rows, Set<List<String>> lists, Row flipped) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        for (Row row : rows) {
            put(root, row.path(), lists, node(row, row == flipped));
        }
        String name = file.substring(file.lastIndexOf('/') + 1, file.length() - ".js".length());
        String content = file.equals("data/manifest.js") ? "window.__THAR_CONFIG = " + root
                : "window.YTD." + name.replace('-', '_') + ".part0 = [ " + root + " ]";
        FileParser parser = new TwitterImporter().parserFor(file).orElseThrow();
        ParserRun run = ParserRun.of(parser, file, content);
        return new Output(run);
    }

    /** Sets {@code value} at {@code path}, going into the first element where the path passes a list. */
    private static void put(ObjectNode root, List<String> path, Set<List<String>> lists, JsonNode value) {
        ObjectNode current = root;
        for (int i = 0; i < path.size(); i++) {
            String key = path.get(i);
            boolean last = i == path.size() - 1;
            if (lists.contains(path.subList(0, i + 1))) {
                if (last) {
                    return; // the list itself: its elements have rows of their own
                }
                JsonNode existing = current.get(key);
                ArrayNode list = existing instanceof ArrayNode a ? a : current.putArray(key);
                if (list.isEmpty() || !list.get(0).isObject()) {
                    list.removeAll();
                    list.addObject();
                }
                current = (ObjectNode) list.get(0);
            } else if (last) {
                current.set(key, value);
            } else {
                JsonNode existing = current.get(key);
                current = existing instanceof ObjectNode o ? o : current.putObject(key);
            }
        }
    }

    /** Everything an import keeps from one file, as text. */
    private static final class Output {
        final List<String> texts = new ArrayList<>();

        Output(ParserRun run) {
            for (Item item : run.sink.items) {
                texts.add(item.category() + " " + item.title() + " | " + item.detail() + " | " + item.attributes()
                        + " | " + item.at());
            }
            for (StatedInference inference : run.sink.inferences) {
                texts.add(inference.kind() + " " + inference.value() + " | " + inference.attributes());
            }
            texts.add("exported " + run.facts.exportedAt());
        }

        boolean holds(String value) {
            return texts.stream().anyMatch(t -> t.contains(value));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Output o && o.texts.equals(texts);
        }

        @Override
        public int hashCode() {
            return texts.hashCode();
        }
    }
}
