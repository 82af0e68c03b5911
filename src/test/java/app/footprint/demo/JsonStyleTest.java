package app.footprint.demo;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.testing.Fixtures;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class JsonStyleTest {

    @Test
    void metaEscapesEveryUtf8ByteInLowerCaseAndPrintsEmptyListsWithABlankLine() throws IOException {
        String json = write(JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("media");
            g.writeEndArray();
            g.writeStringField("name", "Jana Köhler 🙂 ß");
            g.writeEndObject();
        });
        assertThat(json).isEqualTo("{\n  \"media\": [\n    \n  ],\n"
                + "  \"name\": \"Jana K\\u00c3\\u00b6hler \\u00f0\\u009f\\u0099\\u0082 \\u00c3\\u009f\"\n}");
    }

    @Test
    void spotifyHistoryLooksLikeJacksonsOldDefault() throws IOException {
        String json = write(JsonStyle.SPOTIFY_HISTORY, g -> {
            g.writeStartArray();
            g.writeStartObject();
            g.writeStringField("artistName", "Die Möwen 🌙");
            g.writeArrayFieldStart("searchInteractionURIs");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
        });
        assertThat(json).isEqualTo("[\n  {\n    \"artistName\" : \"Die Möwen 🌙\",\n"
                + "    \"searchInteractionURIs\" : [ ]\n  }\n]");
    }

    @Test
    void spotifyAccountFilesCloseEmptyListsOnTheirOwnLineAndSomeEndWithANewline() throws IOException {
        String json = write(JsonStyle.SPOTIFY_WITH_NEWLINE, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("other");
            g.writeEndArray();
            g.writeArrayFieldStart("inferences");
            g.writeString("1P_a");
            JsonStyle.printerOf(g).indentNextWith("\t");
            g.writeString("3P_b");
            g.writeEndArray();
            g.writeEndObject();
        });
        assertThat(json).isEqualTo("{\n  \"other\": [\n  ],\n  \"inferences\": [\n    \"1P_a\",\n\t\"3P_b\"\n  ]\n}\n");
    }

    @Test
    void rewritingRealMetaSamplesGivesTheirExactBytes() throws IOException {
        for (String sample : new String[] {
            "facebook/prioss-de-2023-12/ads_information/ad_preferences.json",
            "facebook/prioss-de-2023-12/ads_information/other_categories_used_to_reach_you.json",
            "facebook/prioss-de-2023-12/logged_information/location/primary_location.json",
            "facebook/prioss-de-2023-12/apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json"}) {
            assertRewritesExactly(sample, JsonStyle.META, DemoArchives::meta);
        }
    }

    @Test
    void rewritingRealSpotifySamplesGivesTheirExactBytes() throws IOException {
        assertRewritesExactly("spotify/prioss-2024/my_spotify_data/Marquee.json", JsonStyle.SPOTIFY,
                UnaryOperator.identity());
        assertRewritesExactly("spotify/prioss-2024/my_spotify_data/Userdata.json", JsonStyle.SPOTIFY_WITH_NEWLINE,
                UnaryOperator.identity());
    }

    /**
     * The sample's streaming history was spliced by hand once ("},{" after record 540), so only the records
     * before the splice can match byte for byte.
     */
    @Test
    void rewritingTheRealStreamingHistoryGivesItsExactBytes() throws IOException {
        Path file = Fixtures.file("spotify/prioss-2024/my_spotify_data/StreamingHistory_music_0.json");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        JsonNode root = DemoArchives.MAPPER.readTree(text);
        int records = 400;
        String rewritten = write(JsonStyle.SPOTIFY_HISTORY, g -> {
            g.writeStartArray();
            for (int i = 0; i < records; i++) {
                copy(root.get(i), g, UnaryOperator.identity());
            }
            g.writeEndArray();
        });
        int end = -1;
        for (int i = 0; i < records; i++) {
            end = text.indexOf("\n  }", end + 1);
        }
        assertThat(rewritten).isEqualTo(text.substring(0, end) + "\n  }\n]");
        assertThat(rewritten).contains("Jhené Aiko");
    }

    /** Reads a real sample and writes its content again in {@code style}: the bytes must not change. */
    private static void assertRewritesExactly(String sample, JsonStyle style, UnaryOperator<String> decode)
            throws IOException {
        Path file = Fixtures.file(sample);
        JsonNode root = DemoArchives.MAPPER.readTree(file.toFile());
        String rewritten = write(style, g -> copy(root, g, decode));
        assertThat(rewritten).as(sample).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    private static void copy(JsonNode node, JsonGenerator g, UnaryOperator<String> decode) throws IOException {
        if (node.isObject()) {
            g.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                g.writeFieldName(field.getKey());
                copy(field.getValue(), g, decode);
            }
            g.writeEndObject();
        } else if (node.isArray()) {
            g.writeStartArray();
            for (JsonNode element : node) {
                copy(element, g, decode);
            }
            g.writeEndArray();
        } else if (node.isTextual()) {
            g.writeString(decode.apply(node.asText()));
        } else if (node.isIntegralNumber()) {
            g.writeNumber(node.asLong());
        } else if (node.isBoolean()) {
            g.writeBoolean(node.asBoolean());
        } else if (node.isNull()) {
            g.writeNull();
        } else {
            throw new AssertionError("unexpected value " + node);
        }
    }

    private static String write(JsonStyle style, DemoZip.JsonBody body) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = style.open(out)) {
            body.write(g);
            if (style.finalNewline()) {
                g.writeRaw('\n');
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
