package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;

/**
 * Account files that are one flat object of facts about the person (or a list of such objects):
 * each non-empty field becomes one profile item titled in the person's words, e.g. "Birth date:
 * 2000-01-01". Fields that tell when something happened become an item at that time. Fields this
 * parser has no words for are kept too, under a label made from the field name.
 */
abstract class ProfileFieldsParser implements FileParser {
    /** How a field is shown: its label, and whether its value is the time of an event. */
    record Field(String label, boolean isTime) {
        static Field fact(String label) {
            return new Field(label, false);
        }

        static Field event(String label) {
            return new Field(label, true);
        }
    }

    /** The labels of the fields this file is known to hold. */
    abstract Map<String, Field> fields();

    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            long[] position = {0};
            if (p.currentToken() == JsonToken.START_ARRAY) {
                Json.forEachElement(p, (index, element) -> {
                    if (element.currentToken() == JsonToken.START_OBJECT) {
                        readObject(element, file, position);
                    } else {
                        file.problem("record " + index + ": not a record but "
                                + Json.describe(element.currentToken()) + ", left out");
                    }
                });
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                readObject(p, file, position);
            } else {
                throw new FormatException("expected an object of account fields but found "
                        + Json.describe(p.currentToken()));
            }
        }
    }

    private void readObject(JsonParser p, ImportFile file, long[] position) throws IOException {
        Map<String, Field> known = fields();
        Json.forEachField(p, (name, value) -> {
            long at = position[0]++;
            if (value.currentToken() == JsonToken.START_OBJECT || value.currentToken() == JsonToken.START_ARRAY) {
                return; // nested details (rare); the field itself is skipped by the walker
            }
            String text = Json.text(value);
            if (text == null || text.isBlank()) {
                return;
            }
            text = text.strip();
            Field field = known.getOrDefault(name, Field.fact(labelFor(name)));
            String shown = value.currentToken() == JsonToken.VALUE_TRUE ? "yes"
                    : value.currentToken() == JsonToken.VALUE_FALSE ? "no" : text;
            Moment when = field.isTime() ? Timestamps.parse(text) : null;
            String title = when != null ? field.label() : field.label() + ": " + shown;
            file.item(Category.PROFILE, when, title, null, Map.of(name, text), at);
        });
    }

    /** "mobileOperator" and "postal_code" become "Mobile operator" and "Postal code". */
    static String labelFor(String fieldName) {
        String spaced = fieldName.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT).strip();
        if (spaced.isEmpty()) {
            return fieldName;
        }
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
