package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * The Google Play Store files: each is a list of records wrapped in one key that says what they are, so
 * the key decides, not the file name: {@code install} (Installs.json), {@code libraryDoc} (Library.json),
 * {@code purchaseHistory} (Purchase History.json), {@code orderHistory} (Order History.json),
 * {@code review} (Reviews.json) and {@code device} (Devices.json).
 */
final class PlayStoreParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new FormatException("expected a list of Play Store records but the file starts with "
                        + Json.describe(p.currentToken()));
            }
            JsonLists.forEachObject(file, p, (index, record) -> record(file, index, record));
        }
    }

    private static void record(ImportFile file, long index, JsonNode record) {
        if (record.has("install")) {
            JsonNode install = record.get("install");
            JsonNode device = install.path("deviceAttribute");
            app(file, index, Category.APPS, install.path("doc"), "firstInstallationTime", install, Attrs.of(
                    "device", GoogleJson.text(device, "deviceDisplayName") != null
                            ? GoogleJson.text(device, "deviceDisplayName") : GoogleJson.text(device, "model"),
                    "last_update", GoogleJson.text(install, "lastUpdateTime")));
        } else if (record.has("libraryDoc")) {
            JsonNode doc = record.get("libraryDoc");
            app(file, index, Category.LIBRARY, doc.path("doc"), "acquisitionTime", doc, Attrs.of());
        } else if (record.has("purchaseHistory")) {
            JsonNode purchase = record.get("purchaseHistory");
            app(file, index, Category.PURCHASES, purchase.path("doc"), "purchaseTime", purchase, Attrs.of(
                    "price", GoogleJson.text(purchase, "invoicePrice"),
                    "payment_method", GoogleJson.text(purchase, "paymentMethodTitle")));
        } else if (record.has("orderHistory")) {
            JsonNode order = record.get("orderHistory");
            JsonNode first = order.path("lineItem").path(0).path("doc");
            app(file, index, Category.PURCHASES, first, "creationTime", order, Attrs.of(
                    "order_id", GoogleJson.text(order, "orderId"),
                    "price", GoogleJson.text(order, "totalPrice")));
        } else if (record.has("review")) {
            JsonNode review = record.get("review");
            JsonNode doc = review.has("document") ? review.path("document") : review.path("doc");
            app(file, index, Category.COMMENTS, doc, "creationTime", review, Attrs.of(
                    "rating", GoogleJson.text(review, "starRating"),
                    "comment", GoogleJson.text(review, "comment")));
        } else if (record.has("device")) {
            JsonNode data = record.get("device").path("mostRecentData");
            String name = GoogleJson.text(data, "modelName") != null ? GoogleJson.text(data, "modelName")
                    : GoogleJson.text(data, "deviceName");
            if (name == null) {
                file.problem("record " + index + ": a device without a name; skipped");
                return;
            }
            file.item(Category.DEVICES, LocationRecordsParser.time(file, index,
                            GoogleJson.text(record.get("device"), "deviceRegistrationTime")), name, null, Attrs.of(
                    "manufacturer", GoogleJson.text(data, "manufacturer"),
                    "carrier", GoogleJson.text(data, "carrierName")), index);
        } else {
            file.problem("record " + index + ": not a Play Store record Footprint knows; skipped");
        }
    }

    private static void app(ImportFile file, long index, Category category, JsonNode doc, String timeField,
                            JsonNode record, Map<String, String> more) {
        String title = GoogleJson.text(doc, "title");
        if (title == null) {
            file.problem("record " + index + ": an entry without a title; skipped");
            return;
        }
        Map<String, String> attributes = Attrs.of("type", GoogleJson.text(doc, "documentType"));
        attributes.putAll(more);
        file.item(category, LocationRecordsParser.time(file, index, GoogleJson.text(record, timeField)), title, null,
                attributes, index);
    }
}
