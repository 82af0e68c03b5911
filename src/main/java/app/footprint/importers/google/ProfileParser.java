package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.stream.Stream;

/**
 * The Google account profile, {@code Profile/Profile.json} (Italian {@code Profilo/Profilo.json}):
 * {@code name{formattedName, givenName, familyName}, displayName, emails[{value}], birthday, gender{type}}.
 * One small object; each fact becomes one profile item.
 */
final class ProfileParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        JsonNode profile;
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected the profile object but the file starts with "
                        + Json.describe(p.currentToken()));
            }
            profile = Json.readTree(p);
        }
        long[] position = {0};
        JsonNode name = profile.path("name");
        String fullName = GoogleJson.text(name, "formattedName");
        if (fullName == null && (GoogleJson.text(name, "givenName") != null || GoogleJson.text(name, "familyName") != null)) {
            fullName = String.join(" ", Stream.of(GoogleJson.text(name, "givenName"),
                    GoogleJson.text(name, "familyName")).filter(s -> s != null).toList());
        }
        fact(file, position, "Name", fullName);
        fact(file, position, "Display name", GoogleJson.text(profile, "displayName"));
        for (JsonNode email : GoogleJson.list(profile, "emails")) {
            fact(file, position, "E-mail address", email.isTextual() ? email.asText() : GoogleJson.text(email, "value"));
        }
        fact(file, position, "Birthday", GoogleJson.text(profile, "birthday"));
        JsonNode gender = profile.get("gender");
        fact(file, position, "Gender", gender != null && gender.isObject() ? GoogleJson.text(gender, "type")
                : GoogleJson.text(profile, "gender"));
        if (position[0] == 0) {
            file.problem("the profile holds none of name, e-mail addresses, birthday or gender");
        }
    }

    private static void fact(ImportFile file, long[] position, String label, String value) {
        if (value == null) {
            return;
        }
        file.item(Category.PROFILE, null, label + ": " + value, null, Attrs.of("field", label, "value", value),
                position[0]++);
    }
}
