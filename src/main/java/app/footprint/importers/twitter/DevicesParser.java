package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The person's devices as X knows them: {@code device-token.js} (apps that receive notifications),
 * {@code ni-devices.js} (phones for push notifications and text messages) and {@code key-registry.js}
 * (devices registered for encrypted messages). Tokens and keys are credentials, not facts about the
 * person, and are not kept.
 */
final class DevicesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Map<String, DataRecords.RecordHandler> byKey = new LinkedHashMap<>();
        byKey.put("deviceToken", (index, token) -> {
            String app = Values.text(token, "clientApplicationName");
            String appId = Values.text(token, "clientApplicationId");
            file.item(Category.DEVICES, TwitterTimes.read(file, index, token, "createdAt"),
                    "Notifications to " + Values.first(app, appId == null ? null : "app " + appId, "an app"), null,
                    Attrs.of("app_id", appId, "last_seen", iso(Values.text(token, "lastSeenAt"))), index);
        });
        byKey.put("niDeviceResponse", (index, response) -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = response.properties().iterator(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> device = it.next();
                if (device.getValue().isObject()) {
                    phone(file, index, device.getKey(), device.getValue());
                }
            }
        });
        byKey.put("keyRegistryData", (index, registry) -> {
            for (JsonNode device : Values.elements(registry.path("registeredDevices").get("deviceMetadataList"))) {
                messageKey(file, index, device, null);
            }
            for (JsonNode device : Values.elements(registry.path("deregisteredDevices").get("deRegisteredDeviceMetadataList"))) {
                messageKey(file, index, device, "deregistered");
            }
        });
        DataRecords.read(file, byKey);
    }

    /** A {@code pushDevice} or {@code messagingDevice}; any other kind is kept under its own name. */
    private static void phone(ImportFile file, long index, String kind, JsonNode d) {
        String type = Values.text(d, "deviceType");
        String title = switch (kind) {
            case "pushDevice" -> "Push notifications to " + Values.first(
                    join(type, Values.text(d, "deviceVersion")), "a device");
            case "messagingDevice" -> "Text messages to " + Values.first(Values.text(d, "phoneNumber"), "a phone");
            default -> kind + (type == null ? "" : ": " + type);
        };
        file.item(Category.DEVICES, TwitterTimes.read(file, index, d, "createdDate"), title, null, Attrs.of(
                "device_type", type,
                "device_id", Values.text(d, "udid"),
                "carrier", Values.text(d, "carrier"),
                "phone_number", kind.equals("messagingDevice") ? null : Values.text(d, "phoneNumber"),
                "updated", iso(Values.text(d, "updatedDate"))), index);
    }

    /** A device registered for encrypted messages; an entry written as plain text is kept as it is. */
    private static void messageKey(ImportFile file, long index, JsonNode device, String state) {
        if (!device.isObject()) {
            String text = Values.text(device);
            if (text != null) {
                file.item(Category.DEVICES, null, "Encrypted messages on " + text, null, Attrs.of("state", state), index);
            }
            return;
        }
        file.item(Category.DEVICES, TwitterTimes.read(file, index, device, "createdAt"),
                "Encrypted messages on " + Values.first(Values.text(device, "userAgent"), "a device"), null,
                Attrs.of("device_id", Values.text(device, "deviceId"), "state", state), index);
    }

    private static String join(String first, String second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return first + " " + second;
    }

    private static String iso(String text) {
        return text == null ? null : TwitterTimes.iso(text);
    }
}
