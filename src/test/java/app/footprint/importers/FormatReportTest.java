package app.footprint.importers;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.testing.LinesImporter;
import app.footprint.testing.ZipBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatReportTest {
    @TempDir
    Path dir;

    private String report(Path... inputs) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FormatReport(new ImportRunner(List.of(new LinesImporter()), ArchiveLimits.defaults()), ArchiveLimits.defaults())
                .write(List.of(inputs), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void keepsTheShapeAndNoneOfTheValues() throws IOException {
        ZipBuilder zip = new ZipBuilder()
                .add("ads_information/ads_interests.json", "{\"topics_v2\":[\"Hiking SECRET\",\"Baby SECRET\"],\"n\":12345678}")
                .add("connections/Connections.csv", "First Name,Last Name,Email Address\nMax,SECRETNAME,max@SECRET.example\n")
                .add("data/like.js", "window.YTD.like.part0 = [{\"like\":{\"tweetId\":\"99SECRET\",\"fullText\":\"SECRET\"}}]")
                .add("events.json", "{\"event\":\"open SECRET\"}\n{\"event\":\"close SECRET\",\"ms\":3}\n")
                .add("photos/SECRET-holiday.jpg", new byte[] {1, 2, 3});
        for (int i = 0; i < 6; i++) {
            zip.add("messages/inbox/secretfriend" + i + "_10234" + i + "/message_1.json",
                    "{\"participants\":[{\"name\":\"SECRET\"}],\"messages\":[{\"content\":\"SECRET\",\"timestamp_ms\":1}]}");
        }
        String text = report(zip.writeTo(dir.resolve("facebook-SECRET-2024.zip")));

        assertThat(text).doesNotContainIgnoringCase("secret").doesNotContain("10234").doesNotContain("12345678");
        JsonNode json = new ObjectMapper().readTree(text);
        JsonNode files = json.get("files");
        assertThat(file(files, "ads_information/ads_interests.json").get("keys").get("$.topics_v2[]").get("text").asInt()).isEqualTo(2);
        assertThat(file(files, "ads_information/ads_interests.json").get("keys").get("$.n").get("integer").asInt()).isEqualTo(1);
        JsonNode messages = file(files, "messages/inbox/*/message_1.json");
        assertThat(messages.get("files").asInt()).isEqualTo(6);
        assertThat(messages.get("keys").get("$.messages[].content").get("text").asInt()).isEqualTo(6);
        JsonNode csv = file(files, "connections/Connections.csv");
        assertThat(csv.get("columns")).extracting(JsonNode::asText).containsExactly("First Name", "Last Name", "Email Address");
        assertThat(csv.get("rows").asInt()).isEqualTo(1);
        assertThat(file(files, "data/like.js").get("keys").get("$[].like.fullText").get("text").asInt()).isEqualTo(1);
        assertThat(file(files, "events.json").get("documents").asInt()).isEqualTo(2);
        assertThat(json.get("inputsNotRecognised").asInt()).isEqualTo(1);
    }

    @Test
    void namesTheRecognisedExport() throws IOException {
        Path zip = new ZipBuilder().add("lines-export.marker", "").add("a.lines", "x\n").writeTo(dir.resolve("e.zip"));
        JsonNode json = new ObjectMapper().readTree(report(zip));
        assertThat(json.get("exports")).singleElement().satisfies(e -> {
            assertThat(e.get("service").asText()).isEqualTo("spotify");
            assertThat(e.get("layout").asText()).isEqualTo("v1");
        });
        assertThat(json.get("files")).hasSize(2);
    }

    @Test
    void anUnreadableInputIsReportedWithoutItsName() throws IOException {
        Path png = Files.write(dir.resolve("SECRET.zip"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1});
        String text = report(png);
        assertThat(text).doesNotContainIgnoringCase("secret").contains("a PNG image, not an export archive");
    }

    private static JsonNode file(JsonNode files, String path) {
        for (JsonNode f : files) {
            if (f.get("path").asText().equals(path)) {
                return f;
            }
        }
        throw new AssertionError("no file " + path + " in " + files);
    }
}
