package app.footprint.importers.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MetaLanguageTest {

    @Test
    void readsLocalisedBooleans() {
        assertThat(MetaLanguage.bool("Richtig")).contains(true);
        assertThat(MetaLanguage.bool("Falsch")).contains(false);
        assertThat(MetaLanguage.bool(" True ")).contains(true);
        assertThat(MetaLanguage.bool("Vrai")).contains(true);
        assertThat(MetaLanguage.bool("Onwaar")).contains(false);
        assertThat(MetaLanguage.bool("Verdadeiro")).contains(true);
        assertThat(MetaLanguage.bool("Unna")).isEmpty();
        assertThat(MetaLanguage.bool(null)).isEmpty();
    }

    @Test
    void tellsTheLanguageOfAdSettingLabels() {
        MetaLanguage.Detector german = new MetaLanguage.Detector();
        german.add("Hinzugefügte Interessen");
        german.add("Hat deaktiviert, dass Interessen für das Anzeigen-Targeting verwendet werden");
        german.add("Richtig");
        assertThat(german.language()).contains("de");

        MetaLanguage.Detector english = new MetaLanguage.Detector();
        english.add("Added interests");
        english.add("Removed interests");
        english.add("False");
        assertThat(english.language()).contains("en");

        MetaLanguage.Detector dutch = new MetaLanguage.Detector();
        dutch.add("Toegevoegde interesses");
        dutch.add("Onwaar");
        assertThat(dutch.language()).contains("nl");
    }

    @Test
    void staysUndecidedWithoutEnoughKnownWords() {
        MetaLanguage.Detector detector = new MetaLanguage.Detector();
        detector.add("Unna");
        detector.add("Falso"); // Spanish, Italian and Portuguese alike
        assertThat(detector.language()).isEmpty();
    }
}
