package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonTest {

    private static JsonParser open(byte[] bytes) throws IOException {
        return Json.open(new ByteArrayInputStream(bytes));
    }

    private static JsonParser open(String text) throws IOException {
        return open(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void walksFieldsAndElementsOneRecordAtATime() throws IOException {
        List<String> seen = new ArrayList<>();
        try (JsonParser p = open("{\"skip\":{\"a\":[1,2]},\"list\":[{\"n\":\"M\\u00c3\\u00a4nnern\"},{\"n\":\"b\"}],\"tail\":1}")) {
            Json.forEachField(p, (name, value) -> {
                seen.add(name);
                if (name.equals("list")) {
                    Json.forEachElement(value, (i, element) -> seen.add(i + "=" + Json.text(Json.readTree(element), "n")));
                }
            });
        }
        assertThat(seen).containsExactly("skip", "list", "0=Männern", "1=b", "tail");
    }

    @Test
    void refusesHtmlWithAClearMessage() {
        assertThatThrownBy(() -> open("  <html><body>posts</body></html>"))
                .isInstanceOf(FormatException.class).hasMessageContaining("HTML");
    }

    @Test
    void readsUtf8WithBomAndUtf16() throws IOException {
        byte[] bom = "\uFEFF{\"k\":\"ü\"}".getBytes(StandardCharsets.UTF_8);
        try (JsonParser p = open(bom)) {
            assertThat(Json.text(Json.readTree(p), "k")).isEqualTo("ü");
        }
        byte[] utf16 = "{\"k\":\"ü\"}".getBytes(StandardCharsets.UTF_16); // with a BOM, big-endian
        try (JsonParser p = open(utf16)) {
            assertThat(Json.text(Json.readTree(p), "k")).isEqualTo("ü");
        }
    }

    @Test
    void numbersMayBeWrittenAsText() throws IOException {
        try (JsonParser p = open("{\"a\":\"59\",\"b\":12,\"c\":\"x\",\"d\":null}")) {
            JsonNode n = Json.readTree(p);
            assertThat(Json.number(n, "a")).isEqualTo(59L);
            assertThat(Json.number(n, "b")).isEqualTo(12L);
            assertThat(Json.number(n, "c")).isNull();
            assertThat(Json.number(n, "d")).isNull();
            assertThat(Json.number(n, "missing")).isNull();
        }
    }

    @Test
    void noticesASecondDocumentAfterTheFirst() throws IOException {
        try (JsonParser p = open("{\"a\":1}{\"a\":1}")) {
            Json.readTree(p);
            assertThat(Json.endsAfterRoot(p)).isFalse();
        }
        try (JsonParser p = open("{\"a\":1}\n")) {
            Json.readTree(p);
            assertThat(Json.endsAfterRoot(p)).isTrue();
        }
    }

    @Test
    void deepNestingIsRefusedNotAStackOverflow() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> {
            try (JsonParser p = open(deep)) {
                Json.readTree(p);
            }
        }).isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void wrongShapeIsAFormatProblem() {
        assertThatThrownBy(() -> {
            try (JsonParser p = open("[1,2]")) {
                Json.forEachField(p, (name, value) -> { });
            }
        }).isInstanceOf(FormatException.class).hasMessage("expected an object but found a list");
    }
}
