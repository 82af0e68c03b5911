package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaMapRecordTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static MetaMapRecord read(String json) throws Exception {
        return MetaMapRecord.read(MAPPER.readTree(json));
    }

    @Test
    void readsLabelledFieldsRepairingMojibakeInLabelsAndValues() throws Exception {
        MetaMapRecord record = read("""
                {"title": "", "media_map_data": {}, "string_map_data": {
                  "Nome della citt\\u00c3\\u00a0": {"href": "", "value": "K\\u00c3\\u00b6ln", "timestamp": 0},
                  "Time": {"timestamp": 1709800000}}}""");

        assertThat(record.title()).isNull();
        assertThat(record.fields()).extracting(MetaMapRecord.Entry::label).containsExactly("Nome della città", "Time");
        assertThat(record.fields().get(0).value()).isEqualTo("Köln");
        assertThat(record.fields().get(0).href()).as("an empty link is no link").isNull();
        assertThat(record.fields().get(0).hasTime()).as("0 is Meta's no-date").isFalse();
        assertThat(record.fields().get(1).hasValue()).isFalse();
        assertThat(record.fields().get(1).hasTime()).isTrue();
        assertThat(record.firstTimed()).isSameAs(record.fields().get(1));
        assertThat(record.valued()).hasSize(1);
        assertThat(record.firstValue()).isEqualTo("Köln");
        assertThat(record.labels()).containsExactly("nome della città", "time");
    }

    @Test
    void readsTheListShapeAndFindsFieldsByAnyOfSeveralLabels() throws Exception {
        MetaMapRecord record = read("""
                {"title": "lena.koehler", "media_list_data": [], "string_list_data": [
                  {"href": "https://www.instagram.com/lena.koehler", "value": "\\u00f0\\u009f\\u0091\\u008d", "timestamp": 1700000000}]}""");

        assertThat(record.title()).isEqualTo("lena.koehler");
        assertThat(record.fields()).isEmpty();
        assertThat(record.list()).singleElement().satisfies(e -> {
            assertThat(e.label()).isNull();
            assertThat(e.value()).isEqualTo("👍");
            assertThat(e.hasTime()).isTrue();
        });
        assertThat(record.firstHref()).isEqualTo("https://www.instagram.com/lena.koehler");
        assertThat(record.firstValue()).isEqualTo("👍");
        assertThat(read("{\"string_map_data\": {\"Username\": {\"value\": \"jana\"}}}").field(List.of("nome utente", "USERNAME")))
                .extracting(MetaMapRecord.Entry::value).isEqualTo("jana");
    }

    @Test
    void toleratesOddShapes() throws Exception {
        assertThat(MetaMapRecord.read(MAPPER.readTree("\"text\""))).isNull();
        assertThat(MetaMapRecord.read(null)).isNull();
        MetaMapRecord odd = read("{\"string_map_data\": {\"Name\": \"bare text\", \"Empty\": {\"value\": \"  \"}},"
                + " \"string_list_data\": \"not a list\"}");
        assertThat(odd.fields()).extracting(MetaMapRecord.Entry::value).containsExactly("bare text", null);
        assertThat(odd.fields().get(0).hasTime()).isFalse();
        assertThat(odd.list()).isEmpty();
        JsonNode empty = MAPPER.readTree("{}");
        assertThat(MetaMapRecord.read(empty).firstValue()).isNull();
        assertThat(MetaMapRecord.read(empty).firstTimed()).isNull();
    }
}
