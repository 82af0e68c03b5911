package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code account/user.json}: one object about the account. Its plain fields (user name, e-mail, phone...)
 * become profile items; its lists become friends and blocked users ({@code relationships}), connected
 * accounts ({@code connections}) and payments ({@code payments}); the last IP address becomes a login item
 * and the app language ({@code settings.locale}) tells the export's language. Private notes on other users
 * ({@code notes}) count among the friends data. Lists this parser does not know are skipped unread. The
 * field names come from parsers and descriptions, not from a sample (none is public).
 */
final class AccountParser implements FileParser {
    private record Field(String label, boolean isTime) {
    }

    private static final Map<String, Field> FIELDS = Map.ofEntries(
            Map.entry("id", new Field("Discord user ID", false)),
            Map.entry("username", new Field("Username", false)),
            Map.entry("global_name", new Field("Display name", false)),
            Map.entry("discriminator", new Field("Tag number", false)),
            Map.entry("email", new Field("E-mail address", false)),
            Map.entry("verified", new Field("E-mail address verified", false)),
            Map.entry("phone", new Field("Phone number", false)),
            Map.entry("has_mobile", new Field("Has used the mobile app", false)),
            Map.entry("avatar_hash", new Field("Profile picture", false)),
            Map.entry("premium_until", new Field("Nitro subscription until", true)),
            Map.entry("temp_banned_until", new Field("Temporarily banned until", true)),
            Map.entry("needs_email_verification", new Field("Must verify the e-mail address", false)),
            Map.entry("flags", new Field("Account flags", false)));

    /** Discord's relationship types. */
    private static final Map<Integer, String> RELATIONS = Map.of(
            1, "friend", 2, "blocked", 3, "friend request received", 4, "friend request sent", 5, "implicit",
            6, "suggested");
    /** Discord's payment states. */
    private static final Map<Integer, String> PAYMENT_STATES = Map.of(
            0, "pending", 1, "completed", 2, "failed", 3, "reversed", 4, "refunded", 5, "cancelled");
    /** Currencies whose smallest unit is the whole unit; all others count in hundredths. */
    private static final Set<String> WHOLE_UNIT_CURRENCIES = Set.of("jpy", "krw", "clp", "vnd", "isk", "huf");

    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected the account (an object) but found "
                        + Json.describe(p.currentToken()));
            }
            long[] position = {0};
            Json.forEachField(p, (name, value) -> {
                switch (name) {
                    case "relationships" -> list(file, value, position, this::relationship);
                    case "connections" -> list(file, value, position, this::connection);
                    case "payments" -> list(file, value, position, this::payment);
                    case "settings" -> settings(file, value, position);
                    case "notes" -> notes(file, value, position);
                    default -> scalar(file, name, value, position);
                }
            });
        }
    }

    @FunctionalInterface
    private interface RecordReader {
        void read(ImportFile file, long position, JsonNode record);
    }

    private static void list(ImportFile file, JsonParser value, long[] position, RecordReader reader)
            throws IOException {
        if (JsonLists.isList(file, value)) {
            JsonLists.forEachObject(file, value, (index, record) -> reader.read(file, position[0]++, record));
        }
    }

    private static void scalar(ImportFile file, String name, JsonParser value, long[] position) throws IOException {
        if (!value.currentToken().isScalarValue()) {
            return; // lists and objects this parser does not know (guild settings, sessions...) are skipped
        }
        String text = Json.text(value);
        if (text == null || text.isBlank()) {
            return;
        }
        long at = position[0]++;
        text = text.strip();
        if (name.equals("ip")) {
            file.item(Category.LOGINS, null, "Last IP address: " + text, null, Attrs.of("ip", text), at);
            return;
        }
        if (name.equals("locale")) {
            language(file, text, at);
            return;
        }
        if (name.equals("discriminator") && text.matches("0+")) {
            return; // "0": the account has a new-style unique user name and no tag number
        }
        Field field = FIELDS.getOrDefault(name, new Field(ActivityEventsParser.label(name), false));
        String shown = value.currentToken() == JsonToken.VALUE_TRUE ? "yes"
                : value.currentToken() == JsonToken.VALUE_FALSE ? "no" : text;
        Moment when = field.isTime() ? Timestamps.parse(text) : null;
        file.item(Category.PROFILE, when, field.label() + ": " + shown, null, Map.of(name, text), at);
    }

    /** The app's language, at {@code settings.locale} (or one level deeper in some packages). */
    private static void settings(ImportFile file, JsonParser value, long[] position) throws IOException {
        if (value.currentToken() != JsonToken.START_OBJECT) {
            return; // newer packages may hold the settings as an encoded blob
        }
        JsonNode settings = Json.readTree(value);
        String locale = Json.text(settings, "locale");
        if (locale == null) {
            locale = Json.text(settings.path("settings"), "locale");
        }
        if (locale != null && !locale.isBlank()) {
            language(file, locale.strip(), position[0]++);
        }
    }

    private static void language(ImportFile file, String locale, long position) {
        file.export().language(locale);
        file.item(Category.PROFILE, null, "Language: " + locale, null, Map.of("locale", locale), position);
    }

    /** {@code {"<user id>": "<note>"}}: what the person wrote down about other users. */
    private static void notes(ImportFile file, JsonParser value, long[] position) throws IOException {
        if (value.currentToken() != JsonToken.START_OBJECT) {
            return;
        }
        Json.forEachField(value, (userId, note) -> {
            long at = position[0]++;
            String text = note.currentToken().isScalarValue() ? Json.text(note) : null;
            if (text == null || text.isBlank()) {
                return;
            }
            file.item(Category.FRIENDS, null, "Note on user " + userId, text.strip(),
                    Attrs.of("record", "note", "user_id", userId), at);
        });
    }

    private void relationship(ImportFile file, long position, JsonNode r) {
        JsonNode user = r.path("user");
        String username = Json.text(user, "username");
        String discriminator = Json.text(user, "discriminator");
        String tag = username == null ? null
                : discriminator == null || discriminator.matches("0+") ? username : username + "#" + discriminator;
        String display = Json.text(user, "global_name");
        String title = display != null && !display.isBlank() ? display : tag;
        String userId = Json.text(user, "id") != null ? Json.text(user, "id") : Json.text(r, "id");
        if (title == null || title.isBlank()) {
            if (userId == null) {
                file.problem("record " + position + ": a relationship without a user; skipped");
                return;
            }
            title = "User " + userId;
        }
        Long type = Json.number(r, "type");
        String relation = type == null ? null : RELATIONS.getOrDefault(type.intValue(), "type " + type);
        file.item(Category.FRIENDS, Timestamps.parse(Json.text(r, "since")), title, null, Attrs.of(
                "relation", relation, "username", tag, "nickname", Json.text(r, "nickname"), "user_id", userId),
                position);
    }

    private void connection(ImportFile file, long position, JsonNode c) {
        String type = Json.text(c, "type");
        String name = Json.text(c, "name");
        if (type == null && name == null) {
            file.problem("record " + position + ": a connected account without type or name; skipped");
            return;
        }
        String title = type == null ? name : name == null ? type : type + ": " + name;
        file.item(Category.APPS, null, title, null, Attrs.of(
                "service", type, "account", name, "verified", Json.text(c, "verified"),
                "visibility", Json.text(c, "visibility"), "friend_sync", Json.text(c, "friend_sync"),
                "show_activity", Json.text(c, "show_activity"), "revoked", Json.text(c, "revoked")), position);
    }

    private void payment(ImportFile file, long position, JsonNode pay) {
        String created = Json.text(pay, "created_at");
        Moment when = Timestamps.parse(created);
        if (when == null && created != null) {
            file.problem("record " + position + ": created_at \"" + created
                    + "\" is not a usable time; kept without a time");
        }
        String currency = Json.text(pay, "currency");
        Long status = Json.number(pay, "status");
        JsonNode source = pay.path("payment_source");
        String description = Json.text(pay, "description");
        Long refunded = Json.number(pay, "amount_refunded");
        file.item(Category.PAYMENTS, when, description == null || description.isBlank() ? "Payment" : description,
                null, Attrs.of(
                        "amount", amount(Json.number(pay, "amount"), currency),
                        "currency", currency == null ? null : currency.toUpperCase(Locale.ROOT),
                        "status", status == null ? null
                                : PAYMENT_STATES.getOrDefault(status.intValue(), "state " + status),
                        "refunded", refunded == null || refunded == 0 ? null : amount(refunded, currency),
                        "payment_method", method(source),
                        "billing_country", first(Json.text(source.path("billing_address"), "country"),
                                Json.text(source, "country")),
                        "payment_id", Json.text(pay, "id")), position);
    }

    /** 299 in euros is "2.99"; 500 in yen is "500". */
    private static String amount(Long smallestUnits, String currency) {
        if (smallestUnits == null) {
            return null;
        }
        boolean whole = currency != null && WHOLE_UNIT_CURRENCIES.contains(currency.toLowerCase(Locale.ROOT));
        return whole ? smallestUnits.toString() : BigDecimal.valueOf(smallestUnits, 2).toPlainString();
    }

    /** "visa ending in 4242", or the PayPal address. */
    private static String method(JsonNode source) {
        String brand = Json.text(source, "brand");
        String last4 = Json.text(source, "last_4");
        if (last4 != null) {
            return (brand == null ? "card" : brand) + " ending in " + last4;
        }
        String email = Json.text(source, "email");
        return email != null ? "PayPal " + email : brand;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
