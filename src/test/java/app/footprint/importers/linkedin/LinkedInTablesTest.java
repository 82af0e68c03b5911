package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LinkedIn files read as tables of records, one test per file and generation. */
class LinkedInTablesTest {
    private static final String PREAMBLE = "Notes:\n\"When exporting your connection data, you may notice that some of "
            + "the email addresses are missing. You will only see email addresses for connections who have allowed "
            + "their connections to see or download their email address using this setting "
            + "https://www.linkedin.com/psettings/privacy/email. You can learn more here "
            + "https://www.linkedin.com/help/linkedin/answer/261\"\n\n";

    private static ParserRun run(LinkedInFile kind, String path, String content) throws IOException {
        return ParserRun.of(kind.parser(), path, content);
    }

    @Test
    void connectionsSince2023HaveThePreambleAURLAndRowsOfHiddenMembers() throws IOException {
        ParserRun run = run(LinkedInFile.CONNECTIONS, "Connections.csv", PREAMBLE
                + "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
                + "Ines,Okafor-Lindqvist,https://www.linkedin.com/in/ines,,\"Northwind Analytics, Inc.\",Director,08 Feb 2026\n"
                + ",,,,,,07 Jun 2025\n"
                + "Tomás,Reyes,https://www.linkedin.com/in/tomas,tomas@example.org,Contoso,\"Engineer, Platform\",14 Nov 2019");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Ines Okafor-Lindqvist", "A member who hides their profile", "Tomás Reyes");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.FRIENDS && i.zoneAssumed());
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2026-02-08T00:00:00Z"));
        assertThat(run.sink.items.get(0).attributes()).containsExactly(
                Map.entry("URL", "https://www.linkedin.com/in/ines"),
                Map.entry("Company", "Northwind Analytics, Inc."), Map.entry("Position", "Director"));
        assertThat(run.sink.items.get(1).attributes()).isEmpty();
        assertThat(run.sink.items.get(2).attributes()).containsEntry("Email Address", "tomas@example.org");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void connectionsBefore2021HaveNeitherPreambleNorURL() throws IOException {
        ParserRun run = run(LinkedInFile.CONNECTIONS, "Connections.csv",
                "First Name,Last Name,Email Address,Company,Position,Connected On\nMax,Müller,,ACME,Nurse,12 Mar 2019\n");

        assertThat(run.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Max Müller");
            assertThat(i.at()).isEqualTo(Instant.parse("2019-03-12T00:00:00Z"));
        });
    }

    @Test
    void invitationsNameTheOtherPersonByDirection() throws IOException {
        ParserRun run = run(LinkedInFile.INVITATIONS, "Invitations.csv",
                "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
                        + "Jordan Pike,Ines Okafor,\"1/29/26, 2:37 PM\",,OUTGOING,https://x/jordan,https://x/ines\n"
                        + "Ada Lovelace,Jordan Pike,\"1/30/26, 9:00 AM\",\"Hi Jordan, let's connect\",INCOMING,,\n");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Invitation sent to: Ines Okafor", "Invitation from: Ada Lovelace");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2026-01-29T14:37:00Z"));
        assertThat(run.sink.items.get(1).detail()).isEqualTo("Hi Jordan, let's connect");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("Direction", "INCOMING");
    }

    @Test
    void messagesOf2026AreFullyQuotedWithLineBreaksInTheText() throws IOException {
        ParserRun run = run(LinkedInFile.MESSAGES, "messages.csv",
                "\"CONVERSATION ID\",\"CONVERSATION TITLE\",\"FROM\",\"SENDER PROFILE URL\",\"TO\",\"RECIPIENT PROFILE URLS\","
                        + "\"DATE\",\"SUBJECT\",\"CONTENT\",\"FOLDER\",\"ATTACHMENTS\"\n"
                        + "\"2-abc==\",\"\",\"Ines O\",\"https://x/ines\",\"Jordan P\",\"https://x/jordan\","
                        + "\"2025-06-01 14:03:22 UTC\",\"\",\"Thanks!\nFree Thursday?\",\"INBOX\",\"\"\n"
                        + "\"2-def==\",\"Team Lisbon\",\"Jordan P\",\"https://x/jordan\",\"Ines O, Ada L\",\"https://x/ines,https://x/ada\","
                        + "\"2025-06-02 08:00:00 UTC\",\"\",\"Hello all\",\"INBOX\",\"\"\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Ines O to Jordan P", "Team Lisbon");
        assertThat(run.sink.items.get(0).detail()).isEqualTo("Thanks!\nFree Thursday?");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2025-06-01T14:03:22Z"));
        assertThat(run.sink.items.get(0).zoneAssumed()).isFalse();
        assertThat(run.sink.items.get(1).attributes()).containsEntry("FROM", "Jordan P")
                .containsEntry("RECIPIENT PROFILE URLS", "https://x/ines,https://x/ada");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void noConversationsFoundIsAnEmptyFileNotAnError() throws IOException {
        ParserRun run = run(LinkedInFile.COACH_MESSAGES, "LearningCoachMessages.csv", "No conversations found");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void searchesPositionsEducationAndRegistration() throws IOException {
        ParserRun searches = run(LinkedInFile.SEARCH_QUERIES, "SearchQueries.csv",
                "Time,Search Query\n2024/02/01 15:02:55 UTC,intensive care nurse\n2024/02/02 08:00:00 UTC,\"nurse, part-time\"\n");
        ParserRun positions = run(LinkedInFile.POSITIONS, "Positions.csv",
                "Company Name,Title,Description,Location,Started On,Finished On\n"
                        + "Klinikum,Nurse,\"Night shifts, ICU\",Leipzig,Oct 2012,\n");
        ParserRun education = run(LinkedInFile.EDUCATION, "Education.csv",
                "School Name,Start Date,End Date,Notes,Degree Name,Activities\nBerufsfachschule,2009,2012,,Examen,\n");
        ParserRun registration = run(LinkedInFile.REGISTRATION, "Registration.csv",
                "Registered At,Registration Ip,Subscription Types\n\"9/14/12, 8:17 PM\",198.51.100.23,Basic (Free)\n");

        assertThat(searches.sink.items(Category.SEARCHES)).extracting(Item::title)
                .containsExactly("intensive care nurse", "nurse, part-time");
        assertThat(positions.sink.items).singleElement().satisfies(i -> {
            assertThat(i.category()).isEqualTo(Category.PROFILE);
            assertThat(i.title()).isEqualTo("Nurse at Klinikum");
            assertThat(i.at()).isEqualTo(Instant.parse("2012-10-01T00:00:00Z"));
            assertThat(i.attributes()).containsExactly(Map.entry("section", "position"),
                    Map.entry("Description", "Night shifts, ICU"), Map.entry("Location", "Leipzig"));
        });
        assertThat(education.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Berufsfachschule");
            assertThat(i.at()).isEqualTo(Instant.parse("2009-01-01T00:00:00Z"));
            assertThat(i.attributes()).containsEntry("End Date", "2012").containsEntry("Degree Name", "Examen");
        });
        assertThat(registration.sink.items).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Joined LinkedIn");
            assertThat(i.at()).isEqualTo(Instant.parse("2012-09-14T20:17:00Z"));
            assertThat(i.attributes()).containsEntry("Registration Ip", "198.51.100.23");
        });
    }

    @Test
    void numberedFilesOf2026ReadLikeTheirPlainNames() throws IOException {
        ParserRun comments = run(LinkedInFile.COMMENTS, "Comments_123456.csv",
                "Date,Link,Message\n2026-02-09 01:21:47,https://www.linkedin.com/feed/update/1,Congratulations!\n");

        assertThat(comments.sink.items(Category.COMMENTS)).singleElement().satisfies(i -> {
            assertThat(i.detail()).isEqualTo("Congratulations!");
            assertThat(i.at()).isEqualTo(Instant.parse("2026-02-09T01:21:47Z"));
        });
    }
}
