package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's Discord package: its paths, its bytes, Discord's formatting, and counts read back independently. */
class DiscordPackageWriterTest {
    private static final String CHANNEL = "Messages/c\\d{18,19}/(channel|messages)\\.json";
    private static final String SERVER = "Servers/\\d{18,19}/(guild|audit-log)\\.json";
    private static final Instant ACCOUNT_MADE = Instant.parse("2020-11-20T05:32:00Z");
    private static final Instant EXPORT = Instant.parse("2024-03-12T00:00:00Z");
    private static final Instant EXPECTING = Instant.parse("2023-07-19T22:00:00Z");

    @TempDir
    static Path folder;
    private static DiscordFacts facts;
    private static DemoArchives discord;
    private static List<JsonNode> events;

    @BeforeAll
    static void writeOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        facts = DiscordPackageWriter.write(out);
        Path zip = Files.write(folder.resolve(DiscordPackageWriter.FILE_NAME), out.toByteArray());
        discord = DemoArchives.read(zip);
        events = new ArrayList<>();
        for (String line : discord.entry(DiscordPackageWriter.EVENTS_FILE).text().split("\n")) {
            events.add(DemoArchives.MAPPER.readTree(line));
        }
    }

    @Test
    void thePersonaWritesThePackageAfterTheOtherArchivesAndCountsIt() throws IOException {
        List<Path> written = new DemoPersona().writeTo(folder.resolve("demo"));
        Path packageZip = written.stream().filter(p -> p.getFileName().toString().equals("package.zip")).findFirst()
                .orElseThrow();
        assertThat(written.indexOf(packageZip)).as("after Facebook and Spotify").isGreaterThan(2);
        assertThat(Files.mismatch(packageZip, folder.resolve("package.zip"))).as("the same bytes every time")
                .isEqualTo(-1L);
        assertThat(DemoPersona.standard().facts().of(DiscordFacts.class)).isEqualTo(facts);
    }

    @Test
    void thePackageHoldsExactlyTheExpectedPathsInThe2024Layout() {
        List<String> fixed = new ArrayList<>();
        int channelFiles = 0;
        int serverFiles = 0;
        for (String path : discord.paths()) {
            if (path.matches(CHANNEL)) {
                channelFiles++;
            } else if (path.matches(SERVER)) {
                serverFiles++;
            } else {
                fixed.add(path);
            }
        }
        assertThat(fixed).containsExactly("README.txt", "Account/user.json", "Account/avatar.png",
                DiscordPackageWriter.EVENTS_FILE, "Messages/index.json", "Servers/index.json");
        assertThat(channelFiles).isEqualTo(2 * facts.channelFolders()).isEqualTo(30);
        assertThat(serverFiles).isEqualTo(facts.servers() + 1).isEqualTo(5);
        assertThat(discord.paths()).noneMatch(p -> p.endsWith(".csv"));
    }

    @Test
    void everyEntryIsStampedWithTheExportDateAndCompressesWithinImportLimits() {
        for (DemoArchives.Entry e : discord.entries()) {
            assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
            assertThat((double) e.bytes().length / e.compressedSize()).as(e.path()).isLessThan(100);
        }
    }

    @Test
    void filesAreFormattedTheWayDiscordsPythonExporterWritesThem() {
        String user = discord.entry("Account/user.json").text();
        assertThat(user).startsWith("{\"id\": \"").doesNotContain("\n").contains("\"phone\": null, ");
        assertThat(discord.entry("Messages/index.json").text()).contains("S\\u00fcdwest \\ud83c\\udf33")
                .matches("\\p{ASCII}+");
        assertThat(discord.entry("Servers/index.json").text()).matches("\\p{ASCII}+");
        assertThat(user).matches("\\p{ASCII}+");
        String tom = messagesOf("Direct Message with tom.berger");
        assertThat(tom).startsWith("[\n{\"ID\": ").endsWith("}\n]").contains("\"Attachments\": \"\"}");
        assertThat(discord.entries().stream().filter(e -> e.path().endsWith("messages.json")).map(DemoArchives.Entry::text))
                .anyMatch(t -> t.contains("❤️")).anyMatch(t -> t.contains("Kreißsaal"));
        String eventsText = discord.entry(DiscordPackageWriter.EVENTS_FILE).text();
        assertThat(eventsText).startsWith("{\"event_type\":\"").endsWith("}\n").doesNotContain("\": ");
        assertThat(eventsText).contains("\"timestamp\":\"\\\"20");
        assertThat(events.get(0).get("timestamp").asText()).matches("\"[-0-9T:.]+Z\"");
    }

    @Test
    void theCountsMatchTheFiles() {
        JsonNode user = discord.json("Account/user.json");
        // Plain fields with a value, but the IP address (a login) and the "0" tag of new user names; plus the locale.
        int plain = 0;
        for (var field : user.properties()) {
            JsonNode v = field.getValue();
            boolean noTag = field.getKey().equals("discriminator") && v.asText().equals("0");
            if (v.isValueNode() && !v.isNull() && !field.getKey().equals("ip") && !noTag) {
                plain++;
            }
        }
        assertThat(user.at("/settings/locale").asText()).isEqualTo("de");
        assertThat(DiscordPackageWriterTest.facts.profileFacts()).isEqualTo(plain + 1).isEqualTo(11);
        assertThat(DiscordPackageWriterTest.facts.lastIpAddresses()).isEqualTo(1);
        JsonNode relationships = user.get("relationships");
        assertThat(DiscordPackageWriterTest.facts.relationships()).isEqualTo(relationships.size()).isEqualTo(19);
        assertThat(DiscordPackageWriterTest.facts.friends()).isEqualTo(countType(relationships, 1)).isEqualTo(15);
        assertThat(DiscordPackageWriterTest.facts.blockedUsers()).isEqualTo(countType(relationships, 2)).isEqualTo(1);
        assertThat(DiscordPackageWriterTest.facts.notes()).isEqualTo(user.get("notes").size()).isEqualTo(2);
        assertThat(DiscordPackageWriterTest.facts.connections()).isEqualTo(user.get("connections").size()).isEqualTo(2);
        assertThat(DiscordPackageWriterTest.facts.payments()).isEqualTo(user.get("payments").size()).isEqualTo(7);

        JsonNode index = discord.json("Messages/index.json");
        assertThat(DiscordPackageWriterTest.facts.channels()).isEqualTo(index.size()).isEqualTo(15);
        int messages = 0;
        Set<String> ids = new HashSet<>();
        for (String path : discord.paths()) {
            if (path.endsWith("/messages.json")) {
                String channel = path.substring("Messages/c".length(), path.indexOf("/messages.json"));
                assertThat(index.has(channel)).as(path).isTrue();
                assertThat(discord.json(path.replace("messages.json", "channel.json")).get("id").asText()).isEqualTo(channel);
                for (JsonNode m : discord.json(path)) {
                    messages++;
                    ids.add(m.get("ID").asText());
                }
            }
        }
        assertThat(DiscordPackageWriterTest.facts.messages()).isEqualTo(messages).isEqualTo(ids.size()).isEqualTo(1113);
        assertThat(DiscordPackageWriterTest.facts.servers()).isEqualTo(discord.json("Servers/index.json").size()).isEqualTo(4);
        List<JsonNode> audit = discord.jsonMatching("Servers/\\d+/audit-log\\.json");
        assertThat(audit).hasSize(1);
        assertThat(DiscordPackageWriterTest.facts.auditLogEntries()).isEqualTo(audit.get(0).size()).isEqualTo(8);

        Map<String, Integer> byType = new HashMap<>();
        int gender = 0;
        int age = 0;
        for (JsonNode e : events) {
            if (e.has("event_type")) {
                byType.merge(e.get("event_type").asText(), 1, Integer::sum);
            } else {
                gender += e.has("predicted_gender") ? 1 : 0;
                age += e.has("predicted_age") ? 1 : 0;
            }
        }
        assertThat(DiscordPackageWriterTest.facts.events()).isEqualTo(byType.values().stream().mapToInt(i -> i).sum())
                .isEqualTo(2721);
        assertThat(DiscordPackageWriterTest.facts.sentMessageEvents()).isEqualTo(byType.get("send_message"))
                .isEqualTo(messages);
        assertThat(DiscordPackageWriterTest.facts.genderPredictions()).isEqualTo(gender).isEqualTo(3);
        assertThat(DiscordPackageWriterTest.facts.agePredictions()).isEqualTo(age).isEqualTo(3);
        assertThat(DiscordPackageWriterTest.facts.eventFileLines()).isEqualTo(events.size());
    }

    @Test
    void everyTimeLiesBetweenTheAccountAndTheExportInOrder() {
        Instant previous = Instant.MIN;
        for (JsonNode e : events) {
            if (e.has("timestamp")) {
                Instant at = Instant.parse(e.get("timestamp").asText().replace("\"", ""));
                assertThat(at).isBetween(ACCOUNT_MADE, EXPORT);
                assertThat(at).as("events are in time order").isAfterOrEqualTo(previous);
                previous = at;
            }
        }
        for (String path : discord.paths()) {
            if (path.endsWith("/messages.json")) {
                for (JsonNode m : discord.json(path)) {
                    Instant at = Instant.parse(m.get("Timestamp").asText().replace(' ', 'T') + "Z");
                    assertThat(at).isBetween(ACCOUNT_MADE, EXPORT);
                    // The id carries the same moment, to the millisecond.
                    long millis = (Long.parseLong(m.get("ID").asText()) >>> 22) + 1_420_070_400_000L;
                    assertThat(Instant.ofEpochMilli(millis).getEpochSecond()).isEqualTo(at.getEpochSecond());
                }
            }
        }
    }

    @Test
    void theDataQuietlyTellsOfABabyDueInSpring() {
        JsonNode index = discord.json("Messages/index.json");
        for (String path : discord.paths()) {
            if (path.endsWith("/messages.json")) {
                String name = index.get(path.substring("Messages/c".length(), path.indexOf("/messages.json"))).asText();
                if (name.endsWith(" in Eltern-to-be Leipzig 2024")) {
                    for (JsonNode m : discord.json(path)) {
                        Instant at = Instant.parse(m.get("Timestamp").asText().replace(' ', 'T') + "Z");
                        assertThat(at).as(name).isAfter(EXPECTING);
                    }
                }
            }
        }
        assertThat(DiscordPackageWriterTest.facts.parentsMessages()).isEqualTo(123);
        JsonNode parents = events.stream().filter(e -> "guild_joined".equals(e.path("event_type").asText()))
                .reduce((a, b) -> b).orElseThrow();
        assertThat(parents.get("timestamp").asText()).startsWith("\"2023-08-14");
        List<Double> female = events.stream().filter(e -> e.has("predicted_gender"))
                .map(e -> e.get("prob_female").asDouble()).toList();
        assertThat(female).containsExactly(0.8137, 0.8864, 0.9412);
        assertThat(events.stream().filter(e -> e.has("predicted_age")).map(e -> e.get("predicted_age").asText()))
                .containsOnly("25-34");
        JsonNode paula = discord.json("Account/user.json").get("relationships").get(17);
        assertThat(paula.at("/user/username").asText()).isEqualTo("paula.hebamme");
        assertThat(paula.get("type").asInt()).as("a friend request she sent").isEqualTo(4);
        assertThat(Instant.parse(paula.get("since").asText().replace("+00:00", "Z"))).isAfter(EXPECTING);
        assertThat(events.stream().filter(e -> e.has("city")).map(e -> e.get("city").asText()))
                .contains("Leipzig", "Chemnitz", "Copenhagen").allMatch(c -> !c.isBlank());
    }

    private String messagesOf(String indexName) {
        JsonNode index = discord.json("Messages/index.json");
        for (var field : index.properties()) {
            if (indexName.equals(field.getValue().asText())) {
                return discord.entry("Messages/c" + field.getKey() + "/messages.json").text();
            }
        }
        throw new AssertionError("no channel " + indexName);
    }

    private static int countType(JsonNode relationships, int type) {
        int n = 0;
        for (JsonNode r : relationships) {
            n += r.get("type").asInt() == type ? 1 : 0;
        }
        return n;
    }
}
