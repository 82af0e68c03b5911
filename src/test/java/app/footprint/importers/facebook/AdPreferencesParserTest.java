package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AdPreferencesParserTest {
    private static final String PATH = "ads_information/ad_preferences.json";

    @Test
    void makesOneItemPerSettingAndTellsTheLanguage() throws IOException {
        ParserRun run = ParserRun.of(new AdPreferencesParser(), PATH, """
                {"media": [], "label_values": [
                  {"label": "Hat deaktiviert, dass ihm/ihr Anzeigen au\\u00c3\\u009ferhalb von Meta angezeigt werden", "value": "Falsch"},
                  {"label": "Hat deaktiviert, dass Interessen f\\u00c3\\u00bcr das Anzeigen-Targeting verwendet werden", "value": "Richtig"},
                  {"label": "Hinzugef\\u00c3\\u00bcgte Interessen", "vec": [{"value": "K\\u00c3\\u00bcche"}, {"value": "Hemd"}]},
                  {"label": "Entfernte Interessen", "vec": []},
                  {"label": "Sensible Themen deaktiviert", "dict": [{"label": "Thema", "value": "Alkohol"}]},
                  "kaputt"
                ]}""");

        List<Item> settings = run.sink.items(Category.AD_SETTINGS);
        assertThat(settings).hasSize(5);
        assertThat(settings.get(0).title())
                .isEqualTo("Hat deaktiviert, dass ihm/ihr Anzeigen außerhalb von Meta angezeigt werden");
        assertThat(settings.get(0).detail()).isEqualTo("Falsch");
        assertThat(settings.get(0).attributes()).containsExactly(Map.entry("value", "false"));
        assertThat(settings.get(1).attributes()).containsExactly(Map.entry("value", "true"));
        assertThat(settings.get(2).title()).isEqualTo("Hinzugefügte Interessen");
        assertThat(settings.get(2).detail()).isEqualTo("Küche, Hemd");
        assertThat(settings.get(2).attributes()).containsExactly(Map.entry("entries", "2"));
        assertThat(settings.get(3).detail()).isNull();
        assertThat(settings.get(3).attributes()).containsExactly(Map.entry("entries", "0"));
        assertThat(settings.get(4).detail()).isEqualTo("Thema: Alkohol");
        assertThat(run.file.problemCount()).isEqualTo(1);
        assertThat(run.facts.language()).isEqualTo("de");
    }

    @Test
    void tellsEnglish() throws IOException {
        ParserRun run = ParserRun.of(new AdPreferencesParser(), PATH, """
                {"fbid": "1", "media": [], "label_values": [
                  {"label": "Opted out of ads being shown off of Meta", "value": "False"},
                  {"label": "Added interests", "vec": []},
                  {"label": "Removed interests", "vec": []}
                ]}""");

        assertThat(run.sink.items).hasSize(3);
        assertThat(run.facts.language()).isEqualTo("en");
    }

    @Test
    void leavesTheLanguageOpenWhenTheLabelsSayNothing() throws IOException {
        ParserRun run = ParserRun.of(new AdPreferencesParser(), PATH, """
                {"label_values": [{"label": "XYZ", "value": "123"}]}""");

        assertThat(run.sink.items).hasSize(1);
        assertThat(run.facts.language()).isNull();
    }
}
