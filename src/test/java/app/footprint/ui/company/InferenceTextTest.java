package app.footprint.ui.company;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.InferenceKind;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInferenceRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InferenceTextTest {
    private static final SourceRef SOURCE = new SourceRef("file.json", 0);

    private static InferenceLine line(InferenceKind kind, String value, int occurrences, Map<String, String> attributes) {
        return InferenceText.line(new StatedInferenceRow(kind, value, attributes, occurrences, SOURCE));
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void advertiserFlagsReadAsPlainWordsAndOnlyWhenTrue() {
        InferenceLine all = line(InferenceKind.ADVERTISER, "Shoe Shop", 1, ordered(
                "has_data_file_custom_audience", "true", "has_remarketing_custom_audience", "TRUE",
                "has_in_person_store_visit", "true"));
        InferenceLine none = line(InferenceKind.ADVERTISER, "Book Shop", 1, ordered(
                "has_data_file_custom_audience", "false", "has_remarketing_custom_audience", "false",
                "has_in_person_store_visit", "false"));

        assertThat(all.badges()).containsExactly("uploaded a list with your details", "retargeting", "store visits");
        assertThat(all.details()).isEmpty();
        assertThat(none.badges()).isEmpty();
        assertThat(none.plain()).isTrue();
    }

    @Test
    void offSiteActivityShowsItsEventCountAndTypes() {
        InferenceLine line = line(InferenceKind.OFF_SITE_ACTIVITY, "Baby Store", 1, ordered(
                "events", "1021", "types", "PURCHASE 1019, PAGE_VIEW 2",
                "first", "2023-10-11T10:00:00Z", "last", "2024-03-05T12:00:00Z"));

        assertThat(line.details()).isEqualTo("1,021 events · purchase 1019, page view 2 · Oct 2023 – Mar 2024");

        InferenceLine odd = line(InferenceKind.OFF_SITE_ACTIVITY, "Shop", 1, ordered("first", "yesterday", "last", "today"));
        assertThat(odd.details()).as("values that are not times are shown as they are").isEqualTo("first: yesterday · last: today");
    }

    @Test
    void segmentsShowTheirPartyAsABadgeAndHideTheRawString() {
        InferenceLine line = line(InferenceKind.AD_SEGMENT, "Alcohol Consumers", 2, ordered(
                "party", "third-party", "market", "BR", "raw", "3P_Alcohol Consumers_BR"));

        assertThat(line.badges()).containsExactly("third-party");
        assertThat(line.details()).isEqualTo("market: BR");
        assertThat(line.repeats()).isEqualTo("listed 2×");
    }

    @Test
    void aGroupCountsDistinctValues() {
        InferenceGroup group = InferenceText.group(InferenceKind.LISTENER_SEGMENT, List.of(
                new StatedInferenceRow(InferenceKind.LISTENER_SEGMENT, "Band", Map.of("segment", "Light listeners"), 1, SOURCE),
                new StatedInferenceRow(InferenceKind.LISTENER_SEGMENT, "Other Band", Map.of(), 3, SOURCE)));

        assertThat(group.title()).isEqualTo("Listener segments");
        assertThat(group.count()).isEqualTo(2);
        assertThat(group.lines().get(0).badges()).containsExactly("Light listeners");
        assertThat(group.plain()).isFalse();
    }

    @Test
    void anEventCountThatIsNotANumberIsShownAsItIs() {
        assertThat(line(InferenceKind.OFF_SITE_ACTIVITY, "Shop", 1, ordered("events", "many")).details())
                .isEqualTo("events: many");
    }
}
