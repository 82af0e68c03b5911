package app.footprint.importers.instagram;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaMapRecord;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The labels of Instagram's {@code string_map_data} records. Instagram keeps English file and key names in
 * every language but writes these labels in the account's language ("Username", Italian "Nome utente"),
 * so a field is found by its label in any known language and, where none matches, by its place in the
 * record (the parsers fall back on shape). The labels also tell the export's language.
 *
 * <p>Sources: English from the what-if structure inventories of 2024–25 donations; Italian from the HUDI
 * connector's Instagram configuration; Dutch "Interesse" from the d3i donation scripts. The German, French
 * and Spanish labels are Meta's usual wording but not yet seen in an export: they help detection and are
 * never required.
 */
final class Labels {
    /** The fields Footprint reads, with the English name it shows for them. */
    enum Field {
        INTEREST("Interest"),
        NAME("Name"),
        CITY("City"),
        AUTHOR("Author"),
        TIME("Time"),
        USERNAME("Username"),
        SEARCH("Search"),
        COMMENT("Comment"),
        MEDIA_OWNER("Media owner"),
        FIRST_NAME("First name"),
        LAST_NAME("Last name"),
        CONTACT_INFORMATION("Contact information"),
        IMPORTED_TIME("Imported"),
        EMAIL("E-mail"),
        PHONE("Phone number"),
        GENDER("Gender"),
        BIRTHDAY("Birthday"),
        BIO("Bio"),
        WEBSITE("Website"),
        PRIVATE_ACCOUNT("Private account"),
        IP_ADDRESS("IP address"),
        USER_AGENT("User agent"),
        LANGUAGE_CODE("Language"),
        IMPRECISE_LATITUDE("Imprecise latitude"),
        IMPRECISE_LONGITUDE("Imprecise longitude"),
        PRECISE_LATITUDE("Precise latitude"),
        PRECISE_LONGITUDE("Precise longitude"),
        GPS_TIME("GPS time uploaded"),
        LAST_LOGIN("Last login"),
        CHANGED("Changed"),
        PREVIOUS_VALUE("Previous value"),
        NEW_VALUE("New value"),
        CHANGE_DATE("Change date");

        final String english;

        Field(String english) {
            this.english = english;
        }
    }

    /** Every label, lower case, with the languages that use it ("name" is English and German). */
    private static final Map<String, Set<String>> LANGUAGES_OF = new HashMap<>();
    /** Every field's labels across languages, lower case. */
    private static final Map<Field, List<String>> ANY_LANGUAGE = new EnumMap<>(Field.class);

    static {
        language("en", Map.ofEntries(
                Map.entry(Field.INTEREST, "Interest"), Map.entry(Field.NAME, "Name"),
                Map.entry(Field.CITY, "City Name"), Map.entry(Field.AUTHOR, "Author"), Map.entry(Field.TIME, "Time"),
                Map.entry(Field.USERNAME, "Username"), Map.entry(Field.SEARCH, "Search"),
                Map.entry(Field.COMMENT, "Comment"), Map.entry(Field.MEDIA_OWNER, "Media Owner"),
                Map.entry(Field.FIRST_NAME, "First Name"), Map.entry(Field.LAST_NAME, "Last Name"),
                Map.entry(Field.CONTACT_INFORMATION, "Contact Information"),
                Map.entry(Field.IMPORTED_TIME, "Imported Time"), Map.entry(Field.EMAIL, "Email|Email address"),
                Map.entry(Field.PHONE, "Phone Number"), Map.entry(Field.GENDER, "Gender"),
                Map.entry(Field.BIRTHDAY, "Date of birth"), Map.entry(Field.BIO, "Bio"),
                Map.entry(Field.WEBSITE, "Website"), Map.entry(Field.PRIVATE_ACCOUNT, "Private Account"),
                Map.entry(Field.IP_ADDRESS, "IP Address"), Map.entry(Field.USER_AGENT, "User Agent"),
                Map.entry(Field.LANGUAGE_CODE, "Language Code"),
                Map.entry(Field.IMPRECISE_LATITUDE, "Imprecise Latitude"),
                Map.entry(Field.IMPRECISE_LONGITUDE, "Imprecise Longitude"),
                Map.entry(Field.PRECISE_LATITUDE, "Precise Latitude"),
                Map.entry(Field.PRECISE_LONGITUDE, "Precise Longitude"),
                Map.entry(Field.GPS_TIME, "GPS Time Uploaded"), Map.entry(Field.LAST_LOGIN, "Last Login"),
                Map.entry(Field.CHANGED, "Changed"), Map.entry(Field.PREVIOUS_VALUE, "Previous Value"),
                Map.entry(Field.NEW_VALUE, "New Value"), Map.entry(Field.CHANGE_DATE, "Change Date")));
        language("it", Map.ofEntries(
                Map.entry(Field.INTEREST, "Interesse"), Map.entry(Field.NAME, "Nome"),
                Map.entry(Field.CITY, "Nome della città"), Map.entry(Field.AUTHOR, "Autore"),
                Map.entry(Field.TIME, "Orario|Data e ora"), Map.entry(Field.USERNAME, "Nome utente"),
                Map.entry(Field.SEARCH, "Cerca|Ricerca"), Map.entry(Field.COMMENT, "Commento"),
                Map.entry(Field.MEDIA_OWNER, "Proprietario del contenuto multimediale"),
                Map.entry(Field.FIRST_NAME, "Nome"), Map.entry(Field.LAST_NAME, "Cognome"),
                Map.entry(Field.CONTACT_INFORMATION, "Informazioni di contatto"),
                Map.entry(Field.IMPORTED_TIME, "Data di importazione"), Map.entry(Field.EMAIL, "Indirizzo e-mail"),
                Map.entry(Field.PHONE, "Numero di telefono"), Map.entry(Field.GENDER, "Genere"),
                Map.entry(Field.BIRTHDAY, "Data di nascita"), Map.entry(Field.BIO, "Biografia"),
                Map.entry(Field.WEBSITE, "Sito web"), Map.entry(Field.PRIVATE_ACCOUNT, "Account privato"),
                Map.entry(Field.IP_ADDRESS, "Indirizzo IP"), Map.entry(Field.LAST_LOGIN, "Ultimo accesso")));
        language("de", Map.ofEntries(
                Map.entry(Field.INTEREST, "Interesse"), Map.entry(Field.NAME, "Name"),
                Map.entry(Field.CITY, "Name der Stadt|Stadtname"), Map.entry(Field.AUTHOR, "Autor"),
                Map.entry(Field.TIME, "Uhrzeit|Zeit"), Map.entry(Field.USERNAME, "Benutzername"),
                Map.entry(Field.SEARCH, "Suche|Suchen"), Map.entry(Field.COMMENT, "Kommentar"),
                Map.entry(Field.MEDIA_OWNER, "Medieninhaber"), Map.entry(Field.FIRST_NAME, "Vorname"),
                Map.entry(Field.LAST_NAME, "Nachname"), Map.entry(Field.CONTACT_INFORMATION, "Kontaktinformationen"),
                Map.entry(Field.IMPORTED_TIME, "Importiert am"), Map.entry(Field.EMAIL, "E-Mail-Adresse|E-Mail"),
                Map.entry(Field.PHONE, "Telefonnummer"), Map.entry(Field.GENDER, "Geschlecht"),
                Map.entry(Field.BIRTHDAY, "Geburtsdatum"), Map.entry(Field.BIO, "Biografie"),
                Map.entry(Field.WEBSITE, "Website"), Map.entry(Field.PRIVATE_ACCOUNT, "Privates Konto"),
                Map.entry(Field.IP_ADDRESS, "IP-Adresse"), Map.entry(Field.LAST_LOGIN, "Letzte Anmeldung")));
        language("nl", Map.ofEntries(
                Map.entry(Field.INTEREST, "Interesse"), Map.entry(Field.NAME, "Naam"),
                Map.entry(Field.CITY, "Plaatsnaam"), Map.entry(Field.AUTHOR, "Auteur"), Map.entry(Field.TIME, "Tijd"),
                Map.entry(Field.USERNAME, "Gebruikersnaam"), Map.entry(Field.SEARCH, "Zoeken"),
                Map.entry(Field.COMMENT, "Opmerking"), Map.entry(Field.FIRST_NAME, "Voornaam"),
                Map.entry(Field.LAST_NAME, "Achternaam"), Map.entry(Field.EMAIL, "E-mailadres"),
                Map.entry(Field.PHONE, "Telefoonnummer"), Map.entry(Field.GENDER, "Geslacht"),
                Map.entry(Field.BIRTHDAY, "Geboortedatum")));
        language("fr", Map.ofEntries(
                Map.entry(Field.INTEREST, "Intérêt"), Map.entry(Field.NAME, "Nom"),
                Map.entry(Field.CITY, "Nom de la ville"), Map.entry(Field.AUTHOR, "Auteur"),
                Map.entry(Field.TIME, "Heure"), Map.entry(Field.USERNAME, "Nom d’utilisateur|Nom d'utilisateur"),
                Map.entry(Field.SEARCH, "Recherche"), Map.entry(Field.COMMENT, "Commentaire"),
                Map.entry(Field.FIRST_NAME, "Prénom"), Map.entry(Field.LAST_NAME, "Nom de famille"),
                Map.entry(Field.EMAIL, "Adresse e-mail"), Map.entry(Field.PHONE, "Numéro de téléphone"),
                Map.entry(Field.GENDER, "Genre"), Map.entry(Field.BIRTHDAY, "Date de naissance")));
        language("es", Map.ofEntries(
                Map.entry(Field.INTEREST, "Interés"), Map.entry(Field.NAME, "Nombre"),
                Map.entry(Field.CITY, "Nombre de la ciudad"), Map.entry(Field.AUTHOR, "Autor"),
                Map.entry(Field.TIME, "Hora"), Map.entry(Field.USERNAME, "Nombre de usuario"),
                Map.entry(Field.SEARCH, "Búsqueda"), Map.entry(Field.COMMENT, "Comentario"),
                Map.entry(Field.FIRST_NAME, "Nombre"), Map.entry(Field.LAST_NAME, "Apellido|Apellidos"),
                Map.entry(Field.EMAIL, "Correo electrónico"), Map.entry(Field.PHONE, "Número de teléfono"),
                Map.entry(Field.GENDER, "Sexo|Género"), Map.entry(Field.BIRTHDAY, "Fecha de nacimiento")));
    }

    private Labels() {
    }

    private static void language(String tag, Map<Field, String> labels) {
        labels.forEach((field, alternatives) -> {
            for (String spelling : alternatives.split("\\|")) {
                String key = spelling.toLowerCase(Locale.ROOT);
                LANGUAGES_OF.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(tag);
                ANY_LANGUAGE.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
            }
        });
    }

    /** The labels a field may carry, in every known language. */
    static List<String> of(Field field) {
        return ANY_LANGUAGE.getOrDefault(field, List.of());
    }

    /** The field of a record with that label in any known language; null when the record has none. */
    static MetaMapRecord.Entry find(MetaMapRecord record, Field field) {
        return record.field(of(field));
    }

    /** The value of the field, or null. */
    static String value(MetaMapRecord record, Field field) {
        MetaMapRecord.Entry entry = find(record, field);
        return entry == null ? null : entry.value();
    }

    /** The field a label names, in any known language; null for a label Footprint does not know. */
    static Field fieldOf(String label) {
        String key = label.toLowerCase(Locale.ROOT);
        for (Map.Entry<Field, List<String>> e : ANY_LANGUAGE.entrySet()) {
            if (e.getValue().contains(key)) {
                return e.getKey();
            }
        }
        return null;
    }

    /**
     * Counts the labels of a file's records per language and, at the end, tells the export's language:
     * the one with clearly the most labels (at least two, more than any other language).
     */
    static final class Language {
        private final Map<String, Integer> hits = new LinkedHashMap<>();

        void add(MetaMapRecord record) {
            for (String label : record.labels()) {
                for (String language : LANGUAGES_OF.getOrDefault(label, Set.of())) {
                    hits.merge(language, 1, Integer::sum);
                }
            }
        }

        /** The language the labels point to, or null. */
        String language() {
            String best = null;
            int bestHits = 0;
            int second = 0;
            for (Map.Entry<String, Integer> e : hits.entrySet()) {
                if (e.getValue() > bestHits) {
                    second = bestHits;
                    bestHits = e.getValue();
                    best = e.getKey();
                } else if (e.getValue() > second) {
                    second = e.getValue();
                }
            }
            return bestHits >= 2 && bestHits > second ? best : null;
        }

        /** Records the language on the export, if the labels tell it. */
        void tell(ImportFile file) {
            file.export().language(language());
        }
    }
}
