package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The security logs under {@code security_and_login_information/}: IP addresses used
 * ({@code used_ip_address_v2}), logins and logouts ({@code account_accesses_v2}), account activity
 * ({@code account_activity_v2}), sessions ({@code active_sessions_v2}) and recognised devices
 * ({@code recognized_devices_v2}). They share one idea, a dated login event with an address and a device,
 * so one parser reads them all; the root key says which log it is.
 */
final class LoginsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader ips = Records.objects(file, (index, r) -> file.item(Category.LOGINS,
                RecordTimes.seconds(file, index, r, "timestamp"),
                or(Json.text(r, "action"), "IP address used"), null, Attrs.of(
                        "ip", Json.text(r, "ip"),
                        "action", Json.text(r, "action"),
                        "user_agent", Json.text(r, "user_agent")), index));
        RootFields.Reader accesses = Records.objects(file, (index, r) -> file.item(Category.LOGINS,
                RecordTimes.seconds(file, index, r, "timestamp"),
                or(Json.text(r, "action"), "Login or logout"), null, Attrs.of(
                        "ip", Json.text(r, "ip_address"),
                        "action", Json.text(r, "action"),
                        "site", Json.text(r, "site")), index));
        RootFields.Reader activity = Records.objects(file, (index, r) -> file.item(Category.LOGINS,
                RecordTimes.seconds(file, index, r, "timestamp"),
                or(Json.text(r, "action"), "Account activity"), null, Attrs.of(
                        "ip", Json.text(r, "ip_address"),
                        "action", Json.text(r, "action"),
                        "user_agent", Json.text(r, "user_agent"),
                        "place", place(r, "city", "region", "country"),
                        "site", Json.text(r, "site_name"),
                        "datr_cookie", Json.text(r, "datr_cookie")), index));
        RootFields.Reader sessions = Records.objects(file, (index, r) -> session(file, index, r));
        RootFields.Reader devices = Records.objects(file, (index, r) -> {
            Moment lastSeen = RecordTimes.seconds(file, index, r, "updated_timestamp");
            file.item(Category.LOGINS, RecordTimes.seconds(file, index, r, "created_timestamp"),
                    "Recognised device" + suffix(Json.text(r, "name")), null, Attrs.of(
                            "ip", Json.text(r, "ip_address"),
                            "action", "recognised device",
                            "user_agent", Json.text(r, "user_agent"),
                            "last_seen", RecordTimes.iso(lastSeen),
                            "datr_cookie", Json.text(r, "datr_cookie")), index);
        });
        new RootFields()
                .on("used_ip_address_v2", ips).on("used_ip_address", ips)
                .on("account_accesses_v2", accesses).on("account_accesses", accesses)
                .on("account_activity_v2", activity).on("account_activity", activity)
                .on("active_sessions_v2", sessions).on("active_sessions", sessions)
                .on("recognized_devices_v2", devices).on("recognized_devices", devices)
                .read(file);
    }

    private static void session(ImportFile file, long index, JsonNode r) {
        Moment lastSeen = RecordTimes.seconds(file, index, r, "updated_timestamp");
        String device = or(Json.text(r, "device"), or(Json.text(r, "app"), Json.text(r, "name")));
        file.item(Category.LOGINS, RecordTimes.seconds(file, index, r, "created_timestamp"),
                "Logged in" + (device == null ? "" : " on " + device), null, Attrs.of(
                        "ip", Json.text(r, "ip_address"),
                        "action", "active session",
                        "user_agent", Json.text(r, "user_agent"),
                        "place", Json.text(r, "location"),
                        "app", Json.text(r, "app"),
                        "session_type", Json.text(r, "session_type"),
                        "last_seen", RecordTimes.iso(lastSeen),
                        "datr_cookie", Json.text(r, "datr_cookie")), index);
    }

    /** "Unna, Nordrhein-Westfalen, DE" from whichever of the fields are present. */
    private static String place(JsonNode record, String... fields) {
        List<String> parts = new ArrayList<>();
        for (String field : fields) {
            String part = Json.text(record, field);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String or(String value, String fallback) {
        return value != null && !value.isBlank() ? value : fallback;
    }

    private static String suffix(String name) {
        return name == null || name.isBlank() ? "" : ": " + name;
    }
}
