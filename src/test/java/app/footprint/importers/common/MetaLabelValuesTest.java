package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.MetaLabelValues.Entry;
import app.footprint.importers.common.MetaLabelValues.Shape;
import com.fasterxml.jackson.core.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaLabelValuesTest {

    /** Streams the label_values list of a document and returns its entries (null for non-objects). */
    private static List<Entry> entries(String json) throws IOException {
        List<Entry> out = new ArrayList<>();
        try (JsonParser p = Json.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            Json.forEachField(p, (name, parser) -> {
                if (name.equals("label_values")) {
                    MetaLabelValues.forEach(parser, (index, entry) -> out.add(entry));
                }
            });
        }
        return out;
    }

    @Test
    void readsValueListAndGroupEntriesWithMojibakeRepaired() throws IOException {
        List<Entry> entries = entries("""
                {"fbid": "1", "media": [], "label_values": [
                  {"label": "Hinzugef\\u00c3\\u00bcgte Interessen", "vec": [{"value": "K\\u00c3\\u00bcche"}, {"value": "Hemd"}]},
                  {"label": "Hat deaktiviert", "value": "Richtig"},
                  {"title": "Werbethemen", "dict": [{"label": "Thema", "value": "Alkohol"}, {"label": "Seit", "timestamp_value": 1698272460}]},
                  {"label": "Leer", "vec": []},
                  "not an entry"
                ]}""");

        assertThat(entries).hasSize(5);
        Entry list = entries.get(0);
        assertThat(list.label()).isEqualTo("Hinzugefügte Interessen");
        assertThat(list.shape()).isEqualTo(Shape.LIST);
        assertThat(list.values()).containsExactly("Küche", "Hemd");
        assertThat(list.summary()).isEqualTo("Küche, Hemd");

        Entry value = entries.get(1);
        assertThat(value.shape()).isEqualTo(Shape.VALUE);
        assertThat(value.value()).isEqualTo("Richtig");

        Entry group = entries.get(2);
        assertThat(group.label()).isEqualTo("Werbethemen");
        assertThat(group.shape()).isEqualTo(Shape.GROUP);
        assertThat(group.children()).hasSize(2);
        assertThat(group.children().get(1).timestamp()).isEqualTo(1698272460L);
        assertThat(group.summary()).isEqualTo("Thema: Alkohol; Seit");
        assertThat(group.dataValues()).containsExactly("Alkohol");

        assertThat(entries.get(3).values()).isEmpty();
        assertThat(entries.get(3).summary()).isNull();
        assertThat(entries.get(4)).isNull();
    }

    @Test
    void leavesExplanationsOutOfTheData() throws IOException {
        List<Entry> entries = entries("""
                {"label_values": [
                  {"label": "Locations of interest", "vec": [{"value": "Berlin"}, {"value": "Apple Inc."}]},
                  {"label": "Usage explanation", "value": "Locations of interest are used to personalise your experience and show you ads."}
                ]}""");

        assertThat(entries.get(0).dataValues()).containsExactly("Berlin", "Apple Inc.");
        assertThat(entries.get(1).dataValues()).isEmpty();
        assertThat(MetaLabelValues.isExplanation("Frankfurt am Main, Hessen")).isFalse();
        assertThat(MetaLabelValues.isExplanation("one two three four five six seven eight nine ten eleven twelve "
                + "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twentyone")).isTrue();
    }
}
