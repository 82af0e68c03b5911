package app.footprint.importers.amazon;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Amazon.Lists.Wishlist.N.N/Amazon.Lists.Wishlist.json}: a list of one-key records named
 * {@code "<list name> [List]"}, {@code "<list name> [Item 1]"} or {@code "<list name> [User]"}, each holding
 * a list of one-field objects ({@code {"asin": …}}, {@code {"quantity": 1}}, {@code {"amount": {…}}}).
 * Every "[Item …]" record is one saved item; the file names products only by ASIN. "[List]" and "[User]"
 * records describe the list and its owner and are not items of their own.
 */
final class WishlistParser implements FileParser {
    private static final Pattern KEY = Pattern.compile("(.*) \\[([^\\]]*)\\]\\s*");
    /** Long.MAX_VALUE in "revealDate" means "never revealed". */
    private static final long NEVER = Long.MAX_VALUE;

    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new FormatException("expected a list of wish-list records but found "
                        + Json.describe(p.currentToken()));
            }
            JsonLists.forEachObject(file, p, (index, record) -> read(file, index, record));
        }
    }

    private static void read(ImportFile file, long index, JsonNode record) {
        Iterator<Map.Entry<String, JsonNode>> fields = record.properties().iterator();
        if (!fields.hasNext()) {
            file.problem("record " + index + ": an empty record, left out");
            return;
        }
        Map.Entry<String, JsonNode> only = fields.next();
        Matcher key = KEY.matcher(only.getKey());
        if (!key.matches()) {
            file.problem("record " + index + ": not a list, item or user record; left out");
            return;
        }
        if (!key.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("item")) {
            return; // the list's settings or its owner
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("list", key.group(1).strip());
        if (only.getValue().isArray()) {
            for (JsonNode parameter : only.getValue()) {
                parameter.properties().iterator().forEachRemaining(
                        field -> attributes.putAll(flatten(field.getKey(), field.getValue())));
            }
        }
        String asin = attributes.get("asin");
        String title = (asin == null ? "An item" : asin) + " on " + key.group(1).strip();
        file.item(Category.LIBRARY, null, title, null, attributes, index);
    }

    private static Map<String, String> flatten(String name, JsonNode value) {
        Map<String, String> out = new LinkedHashMap<>();
        if (name.equals("amount") && value.isObject()) {
            String amount = Json.text(value, "value");
            String currency = Json.text(value, "currencyUnit");
            out.put("price", amount == null ? null : currency == null ? amount : amount + " " + currency);
        } else if (name.equals("revealDate") || name.equals("recentActivityDate")) {
            Long millis = value.isIntegralNumber() && value.canConvertToLong() ? Long.valueOf(value.asLong())
                    : value.isTextual() && value.asText().matches("\\d{1,18}") ? Long.valueOf(value.asText()) : null;
            if (millis != null && millis != NEVER) {
                var moment = Timestamps.epochMillis(millis);
                out.put(name, moment == null ? null : moment.instant().toString());
            }
        } else if (value.isValueNode()) {
            out.put(name, Json.text(value));
        } else if (value.isArray() && !value.isEmpty()) {
            StringBuilder joined = new StringBuilder();
            value.forEach(v -> joined.append(joined.length() == 0 ? "" : ", ").append(Json.text(v)));
            out.put(name, joined.toString());
        }
        return out;
    }
}
