package app.footprint.importers.spotify;

import java.util.Map;

/** {@code Userdata.json}: the account's profile (username, e-mail, birth date, gender, when it was made...). */
final class UserdataParser extends ProfileFieldsParser {
    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("username", Field.fact("Username")),
            Map.entry("email", Field.fact("E-mail address")),
            Map.entry("country", Field.fact("Country")),
            Map.entry("birthdate", Field.fact("Birth date")),
            Map.entry("gender", Field.fact("Gender")),
            Map.entry("postalCode", Field.fact("Postal code")),
            Map.entry("mobileNumber", Field.fact("Mobile number")),
            Map.entry("mobileOperator", Field.fact("Mobile operator")),
            Map.entry("mobileBrand", Field.fact("Mobile phone brand")),
            Map.entry("createdFromFacebook", Field.fact("Account created through Facebook")),
            Map.entry("facebookUid", Field.fact("Facebook user ID")),
            Map.entry("creationTime", Field.event("Account created")));

    @Override
    Map<String, Field> fields() {
        return FIELDS;
    }
}
