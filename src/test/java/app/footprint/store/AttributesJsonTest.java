package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributesJsonTest {
    @Test
    void writesAndReadsBackEveryCharacterInOrder() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sender", "Jana Köhler");
        attributes.put("quote", "she said \"hi\"\\n\ttabbed \u0001");
        attributes.put("emoji", "👍 ✓");
        attributes.put("empty", "");

        String json = AttributesJson.write(attributes);

        assertThat(AttributesJson.read(json)).containsExactlyEntriesOf(attributes);
    }

    @Test
    void nothingIsStoredForNoAttributes() {
        assertThat(AttributesJson.write(Map.of())).isNull();
        assertThat(AttributesJson.read(null)).isEmpty();
    }

    @Test
    void aDamagedColumnIsRefusedNotGuessed() {
        assertThatThrownBy(() -> AttributesJson.read("{\"a\":\"1\",\"a\":\"2\"}")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> AttributesJson.read("{\"a\":{\"b\":\"c\"}}")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> AttributesJson.read("{\"a\":\"1\"} trailing")).isInstanceOf(UncheckedIOException.class);
        assertThatThrownBy(() -> AttributesJson.read("[\"a\"]")).isInstanceOf(UncheckedIOException.class);
    }
}
