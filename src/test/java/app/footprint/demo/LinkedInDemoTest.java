package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Jana's LinkedIn archive: its layout, its formats, and its counts read back without the importer. */
class LinkedInDemoTest {
    @TempDir
    static Path folder;
    static DemoArchives zip;
    static LinkedInFacts facts;
    static byte[] bytes;

    @BeforeAll
    static void writeOnce() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        facts = LinkedInExportWriter.write(out);
        bytes = out.toByteArray();
        Path file = Files.write(folder.resolve(LinkedInExportWriter.FILE_NAME), bytes);
        zip = DemoArchives.read(file);
    }

    private static List<CSVRecord> rows(String path) throws IOException {
        String text = zip.entry(path).text();
        if (path.equals("Connections.csv")) {
            text = text.substring(text.indexOf("First Name,"));
        }
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void theCompleteArchiveHoldsItsFilesAtTheRoot() {
        assertThat(zip.paths()).containsExactly("Ad_Targeting.csv", "Connections.csv", "Education.csv",
                "Email Addresses.csv", "Inferences_about_you.csv", "Invitations.csv", "LearningCoachMessages.csv",
                "messages.csv", "PhoneNumbers.csv", "Positions.csv", "Profile.csv", "Registration.csv",
                "SearchQueries.csv", "Skills.csv", "Ads Clicked.csv", "Jobs/Job Seeker Preferences.csv");
        assertThat(DemoPersona.standard().facts().of(LinkedInFacts.class)).isEqualTo(facts);
    }

    @Test
    void writingTwiceGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        assertThat(LinkedInExportWriter.write(again)).isEqualTo(facts);
        assertThat(again.toByteArray()).isEqualTo(bytes);
        for (DemoArchives.Entry e : zip.entries()) {
            assertThat(e.time()).as(e.path()).isEqualTo(LocalDateTime.of(2024, 3, 12, 9, 41, 22));
        }
    }

    @Test
    void theFilesHaveLinkedInsQuirks() {
        String connections = zip.entry("Connections.csv").text();
        assertThat(connections).startsWith("Notes:\n\"When exporting your connection data")
                .contains("\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n")
                .doesNotEndWith("\n").doesNotContain("\r");
        assertThat(connections.lines().filter(l -> l.startsWith(",,,,,,"))).hasSize(facts.hiddenConnections());
        assertThat(zip.entry("Inferences_about_you.csv").text()).doesNotEndWith("\n");
        assertThat(zip.entry("LearningCoachMessages.csv").text()).isEqualTo("No conversations found");
        assertThat(zip.entry("Ad_Targeting.csv").text()).startsWith("Member Age,Company Names,Company Names,"
                + "Company Follower of,Company Names,");
        assertThat(zip.entry("messages.csv").text()).startsWith("CONVERSATION ID,CONVERSATION TITLE,FROM,").endsWith("\n");
        assertThat(zip.entry("Profile.csv").text()).contains("\"Seit 2012 auf der Intensivstation");
    }

    @Test
    void theCountsMatchTheFiles() throws IOException {
        assertThat(rows("Connections.csv")).hasSize(facts.connections()).hasSize(180);
        assertThat(rows("Connections.csv").stream().filter(r -> r.get("First Name").isEmpty()))
                .hasSize(facts.hiddenConnections());
        List<CSVRecord> invitations = rows("Invitations.csv");
        assertThat(invitations.stream().filter(r -> r.get("Direction").equals("OUTGOING"))).hasSize(facts.sentInvitations());
        assertThat(invitations.stream().filter(r -> r.get("Direction").equals("INCOMING"))).hasSize(facts.receivedInvitations());
        List<CSVRecord> messages = rows("messages.csv");
        assertThat(messages).hasSize(facts.messages());
        assertThat(messages.stream().map(r -> r.get("CONVERSATION ID")).distinct()).hasSize(facts.conversations());
        assertThat(rows("SearchQueries.csv")).hasSize(facts.searches()).hasSize(90);
        assertThat(rows("Ads Clicked.csv")).hasSize(facts.adsClicked());
        assertThat(rows("Skills.csv")).hasSize(facts.skills());
        assertThat(rows("Positions.csv")).hasSize(facts.positions());
        assertThat(rows("Education.csv")).hasSize(facts.schools());
        assertThat(rows("Email Addresses.csv")).hasSize(facts.emailAddresses());
        assertThat(rows("PhoneNumbers.csv")).hasSize(facts.phoneNumbers());
        assertThat(rows("Registration.csv")).hasSize(facts.registrations());
        CSVRecord profile = rows("Profile.csv").get(0);
        assertThat(profile.stream().filter(c -> !c.isEmpty())).hasSize(facts.profileFields());
        List<CSVRecord> inferences = rows("Inferences_about_you.csv");
        assertThat(inferences).hasSize(facts.inferences());
        assertThat(inferences.stream().filter(r -> r.get("Category").equals("Inferred personal characteristics")))
                .hasSize(facts.demographicInferences());
    }

    @Test
    void theTargetingRowCountsByPosition() throws IOException {
        List<String> lines = zip.entry("Ad_Targeting.csv").text().lines().toList();
        CSVRecord header = CSVFormat.DEFAULT.parse(new StringReader(lines.get(0))).getRecords().get(0);
        CSVRecord row = CSVFormat.DEFAULT.parse(new StringReader(lines.get(1))).getRecords().get(0);
        assertThat(header.size()).isEqualTo(31).isEqualTo(row.size());
        int entries = 0;
        Map<String, Set<String>> byKind = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = row.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            String kind = switch (header.get(i)) {
                case "Member Age", "Member Gender", "Interface Locales", "interfaceLocale" -> "demographic";
                case "Member Interests" -> "interest";
                case "Profile Locations" -> "location";
                default -> "category";
            };
            for (String value : cell.split("; ")) {
                entries++;
                byKind.computeIfAbsent(kind, k -> new HashSet<>())
                        .add(kind.equals("demographic") ? header.get(i) + value : value);
            }
        }
        assertThat(entries).isEqualTo(facts.targetingEntries());
        assertThat(byKind.get("demographic")).hasSize(facts.targetingDemographics()).hasSize(4);
        assertThat(byKind.get("interest")).hasSize(facts.targetingInterests());
        assertThat(byKind.get("location")).hasSize(facts.targetingLocations());
        assertThat(byKind.get("category")).hasSize(facts.targetingCategories());
        assertThat(row.get(21)).isEqualTo("de_DE");
        assertThat(facts.language()).isEqualTo("de");
        assertThat(byKind.get("interest")).contains("Parenting", "Maternity and Paternity Leave");
    }

    @Test
    void herSearchesAndRepliesTurnToParentalLeaveAfterJuly2023() throws IOException {
        Instant known = Instant.parse("2023-07-19T22:00:00Z");
        DateTimeFormatter searchTime = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss 'UTC'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        int expecting = 0;
        for (CSVRecord search : rows("SearchQueries.csv")) {
            if (LinkedInContent.EXPECTING_SEARCHES.contains(search.get("Search Query"))) {
                assertThat(Instant.from(searchTime.parse(search.get("Time")))).isAfter(known);
                expecting++;
            }
        }
        assertThat(expecting).isPositive();
        assertThat(rows("messages.csv").stream().map(r -> r.get("CONTENT")))
                .anyMatch(c -> c.contains("Mutterschutz"));
        assertThat(rows("Positions.csv").get(1).get("Company Name")).isEqualTo("Klinikum St. Georg Leipzig");
        assertThat(rows("Education.csv").get(0).get("School Name"))
                .isEqualTo("Medizinische Berufsfachschule am Klinikum Chemnitz");
    }
}
