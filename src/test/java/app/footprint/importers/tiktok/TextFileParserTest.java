package app.footprint.importers.tiktok;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** TikTok's text export: files of "Key: value" blocks, read by the same section readers as the JSON. */
class TextFileParserTest {
    private static final String ROOT = "TikTok_Data_1735588272/Tiktok/";

    private static ParserRun run(String path, String text) throws IOException {
        FileParser parser = new TikTokImporter().parserFor(path).orElseThrow(() -> new AssertionError("no parser for " + path));
        return ParserRun.of(parser, path, text);
    }

    @Test
    void blocksAreRecordsPartedByBlankLinesOrByAKeyComingAgain() throws IOException {
        List<String> headings = new ArrayList<>();
        List<ObjectNode> blocks = new ArrayList<>();
        TextBlocks.Counts counts = TextBlocks.read(new ByteArrayInputStream("""
                \uFEFFDate: 2024-11-20 15:21:12
                Link: https://www.tiktokv.com/share/video/1/

                Date: 2024-11-20 15:22:00
                Link: https://www.tiktokv.com/share/video/2/
                Date: 2024-11-20 15:23:00
                Carrier:
                Link: https://www.tiktokv.com/share/video/3/

                Chat History with tom.berger:
                Date: 2024-01-02 20:00:00
                Content: Zeile eins
                Zeile zwei: mit Doppelpunkt
                und drei
                """.getBytes(StandardCharsets.UTF_8)), (heading, block) -> {
            headings.add(heading);
            blocks.add(block);
        });

        assertThat(counts).isEqualTo(new TextBlocks.Counts(4, 0));
        assertThat(blocks.get(0).get("Date").asText()).as("byte order mark removed").isEqualTo("2024-11-20 15:21:12");
        assertThat(blocks.get(2).get("Carrier").asText()).isEmpty();
        assertThat(blocks.get(2).get("Link").asText()).isEqualTo("https://www.tiktokv.com/share/video/3/");
        assertThat(headings).containsExactly(null, null, null, "Chat History with tom.berger:");
        // a continuation line that looks like a key is taken as a key: text layouts are ambiguous
        assertThat(blocks.get(3).get("Content").asText()).isEqualTo("Zeile eins");
        assertThat(blocks.get(3).get("Zeile zwei").asText()).isEqualTo("mit Doppelpunkt\nund drei");
    }

    @Test
    void watchSearchAndLoginFilesGiveTheSameItemsAsTheJson() throws IOException {
        ParserRun watched = run(ROOT + "Activity/Browsing History.txt", """
                Date: 2024-11-20 15:21:12
                Link: https://www.tiktokv.com/share/video/1/

                Date: 2024-11-20 15:22:00
                Link: https://www.tiktokv.com/share/video/2/
                """);
        ParserRun searches = run(ROOT + "Activity/Searches.txt", """
                Date: 2024-11-24 08:54:02
                Search Term: hebamme leipzig
                """);
        ParserRun logins = run(ROOT + "Activity/Login History.txt", """
                Date: 2024-11-20 15:18:33
                IP: 192.0.2.1
                Device Model: SM-G991B
                Device System: Android 14
                Network Type: Wi-Fi
                Carrier:
                """);

        assertThat(watched.sink.items(Category.WATCHING)).extracting(Item::title)
                .containsExactly("https://www.tiktokv.com/share/video/1/", "https://www.tiktokv.com/share/video/2/");
        assertThat(watched.sink.items.get(0).at()).isEqualTo(Instant.parse("2024-11-20T15:21:12Z"));
        assertThat(searches.sink.items(Category.SEARCHES)).extracting(Item::title).containsExactly("hebamme leipzig");
        assertThat(logins.sink.items(Category.LOGINS)).singleElement().satisfies(l -> {
            assertThat(l.title()).isEqualTo("Logged in on SM-G991B · Android 14");
            assertThat(l.attributes()).containsEntry("IP", "192.0.2.1").containsEntry("Network Type", "Wi-Fi");
        });
        assertThat(watched.file.problemCount() + searches.file.problemCount() + logins.file.problemCount()).isZero();
    }

    @Test
    void settingsProfileAndMessagesFiles() throws IOException {
        ParserRun settings = run(ROOT + "App Settings/Settings.txt", """
                App Language: Nederlands
                Interests: Sport|Koken
                Personalized Ads: Enabled
                """);
        ParserRun profile = run(ROOT + "Profile/Profile Info.txt", """
                Username: jana.laeuft
                Birthdate: 21-Aug-1990
                Bio Description: N/A
                """);
        ParserRun messages = run(ROOT + "Direct Messages/Direct Messages.txt", """
                Chat History with tom.berger:
                Date: 2024-01-02 20:00:00
                From: tom.berger
                Content: Kommst du?

                Date: 2024-01-02 20:01:00
                From: jana.laeuft
                Content: Ja!
                """);

        assertThat(settings.facts.language()).isEqualTo("nl");
        assertThat(settings.sink.values(InferenceKind.TASTE)).containsExactly("Sport", "Koken");
        assertThat(settings.sink.items(Category.AD_SETTINGS)).hasSize(1);
        assertThat(profile.sink.items(Category.PROFILE)).extracting(Item::title)
                .containsExactly("Username: jana.laeuft", "Birth date: 21-Aug-1990");
        assertThat(messages.sink.items(Category.MESSAGES)).extracting(Item::title, Item::detail).containsExactly(
                tuple("Chat with tom.berger", "Kommst du?"),
                tuple("Chat with tom.berger", "Ja!"));
        assertThat(messages.sink.items.get(1).attributes()).isEqualTo(Map.of("sender", "jana.laeuft"));
    }

    @Test
    void aTextFileWithoutKeyValueLinesFailsSayingWhatToDo() {
        assertThatThrownBy(() -> run(ROOT + "Activity/Like List.txt", "<html><body>Likes</body></html>\n"))
                .isInstanceOf(FormatException.class)
                .hasMessage(TextFileParser.UNREADABLE);
    }

    @Test
    void anEmptyTextFileIsEmptyNotBroken() throws IOException {
        ParserRun run = run(ROOT + "Activity/Like List.txt", "\n\n");

        assertThat(run.sink.items).isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void onlyFilesNamedAfterSectionsInTikTokFoldersAreRead() {
        TikTokImporter importer = new TikTokImporter();
        assertThat(importer.parserFor(ROOT + "Activity/Browsing History.txt")).isPresent();
        assertThat(importer.parserFor(ROOT + "TikTok Shopping/Order History.txt")).isPresent();
        assertThat(importer.parserFor(ROOT + "Income+ Wallet Transactions/Transaction History.txt")).isPresent();
        assertThat(importer.parserFor("notes/Browsing History.txt")).as("not in a TikTok folder").isEmpty();
        assertThat(importer.parserFor(ROOT + "Activity/Readme.txt")).as("not a section").isEmpty();
        assertThat(importer.parserFor(ROOT + "Activity/Browsing History.csv")).isEmpty();
    }
}
