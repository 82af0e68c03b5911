package app.footprint.importers.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.common.MetaMapRecord;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class LabelsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static MetaMapRecord record(String... labels) throws Exception {
        StringBuilder json = new StringBuilder("{\"string_map_data\": {");
        for (int i = 0; i < labels.length; i++) {
            json.append(i == 0 ? "" : ",").append('"').append(labels[i]).append("\": {\"value\": \"x\"}");
        }
        return MetaMapRecord.read(MAPPER.readTree(json.append("}}").toString()));
    }

    @Test
    void findsAFieldByItsLabelInAnyKnownLanguage() throws Exception {
        assertThat(Labels.fieldOf("Nome utente")).isEqualTo(Labels.Field.USERNAME);
        assertThat(Labels.fieldOf("benutzername")).isEqualTo(Labels.Field.USERNAME);
        assertThat(Labels.fieldOf("Date of birth")).isEqualTo(Labels.Field.BIRTHDAY);
        assertThat(Labels.fieldOf("Emoji Pong High Score")).isNull();
        assertThat(Labels.find(record("Orario", "Autore"), Labels.Field.AUTHOR).label()).isEqualTo("Autore");
    }

    @Test
    void tellsTheLanguageFromTheLabelsOfAFile() throws Exception {
        assertThat(detect(record("Username", "Name", "Gender", "Date of birth"))).isEqualTo("en");
        assertThat(detect(record("Nome utente", "Nome", "Genere", "Data di nascita"))).isEqualTo("it");
        assertThat(detect(record("Benutzername", "Name", "Geschlecht", "Geburtsdatum"))).isEqualTo("de");
        assertThat(detect(record("Gebruikersnaam", "Naam", "Geslacht"))).isEqualTo("nl");
    }

    @Test
    void staysSilentWhenTheLabelsDoNotDecide() throws Exception {
        // "Interesse" is Italian, German and Dutch alike
        assertThat(detect(record("Interesse"), record("Interesse"))).isNull();
        assertThat(detect(record("Emoji Pong High Score"))).isNull();
        assertThat(detect(record("Author"))).as("one label is not enough").isNull();
    }

    private static String detect(MetaMapRecord... records) {
        Labels.Language language = new Labels.Language();
        for (MetaMapRecord r : records) {
            language.add(r);
        }
        return language.language();
    }
}
