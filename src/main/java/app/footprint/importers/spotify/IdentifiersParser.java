package app.footprint.importers.spotify;

import java.util.Map;

/** {@code Identifiers.json}: how Spotify identifies the account (the kind of identifier and its value). */
final class IdentifiersParser extends ProfileFieldsParser {
    private static final Map<String, Field> FIELDS = Map.of(
            "identifierType", Field.fact("Identifier type"),
            "identifierValue", Field.fact("Identifier"));

    @Override
    Map<String, Field> fields() {
        return FIELDS;
    }
}
