package app.footprint.importers.spotify;

import java.util.Map;

/** {@code Identity.json}: the name and picture the account shows to others. */
final class IdentityParser extends ProfileFieldsParser {
    private static final Map<String, Field> FIELDS = Map.of(
            "displayName", Field.fact("Display name"),
            "firstName", Field.fact("First name"),
            "lastName", Field.fact("Last name"),
            "imageUrl", Field.fact("Profile picture"),
            "largeImageUrl", Field.fact("Large profile picture"),
            "tasteMaker", Field.fact("Taste maker"),
            "verified", Field.fact("Verified"));

    @Override
    Map<String, Field> fields() {
        return FIELDS;
    }
}
