package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsWrapperTest {
    private static JsWrapper.Unwrapped open(String text) throws IOException {
        return JsWrapper.open(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(JsWrapper.Unwrapped unwrapped) throws IOException {
        try (JsonParser p = Json.open(unwrapped.json())) {
            return Json.readTree(p);
        }
    }

    @Test
    void skipsTheDataFileWrapperAndNamesWhatWasAssigned() throws IOException {
        JsWrapper.Unwrapped unwrapped = open("window.YTD.tweets.part1 = [ {\n  \"tweet\" : { \"full_text\" : \"Hallo [Welt] {x}\" }\n} ]");

        assertThat(unwrapped.name()).isEqualTo("window.YTD.tweets.part1");
        JsonNode list = json(unwrapped);
        assertThat(list.isArray()).isTrue();
        assertThat(list.get(0).at("/tweet/full_text").asText()).isEqualTo("Hallo [Welt] {x}");
    }

    @Test
    void skipsTheManifestWrapperWhichAssignsAnObject() throws IOException {
        JsWrapper.Unwrapped unwrapped = open("window.__THAR_CONFIG = {\n  \"userInfo\" : { \"userName\" : \"jana\" }\n}");

        assertThat(unwrapped.name()).isEqualTo("window.__THAR_CONFIG");
        assertThat(json(unwrapped).at("/userInfo/userName").asText()).isEqualTo("jana");
    }

    @Test
    void passesPlainJsonAndAByteOrderMarkThrough() throws IOException {
        assertThat(open("[1, 2]").name()).isEmpty();
        assertThat(json(open("[1, 2]")).size()).isEqualTo(2);
        JsWrapper.Unwrapped withBom = open("\uFEFFwindow.YTD.like.part0 = []");
        assertThat(withBom.name()).isEqualTo("window.YTD.like.part0");
        assertThat(json(withBom).isEmpty()).isTrue();
    }

    @Test
    void refusesFilesThatAreNoSuchAssignment() {
        assertThatThrownBy(() -> open("<!DOCTYPE html><html><script>var a = [1];</script></html>"))
                .isInstanceOf(FormatException.class).hasMessageContaining("HTML");
        assertThatThrownBy(() -> open("this is a README, not data: [1]"))
                .isInstanceOf(FormatException.class).hasMessageContaining("window.YTD")
                .hasMessageNotContaining("README");
        assertThatThrownBy(() -> open("window.YTD.like.part0 = "))
                .isInstanceOf(FormatException.class).hasMessageContaining("no JSON");
        assertThatThrownBy(() -> open("  \n"))
                .isInstanceOf(FormatException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> open("x".repeat(JsWrapper.MAX_PREFIX + 10) + " = []"))
                .isInstanceOf(FormatException.class).hasMessageContaining("first " + JsWrapper.MAX_PREFIX);
    }
}
