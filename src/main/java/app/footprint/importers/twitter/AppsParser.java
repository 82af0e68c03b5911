package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Apps with a hold on the account: {@code connected-application.js} (apps the person allowed into her
 * account, with what they may do and who runs them) and {@code app.js} (apps X lists by id and names).
 */
final class AppsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Map<String, DataRecords.RecordHandler> byKey = new LinkedHashMap<>();
        byKey.put("connectedApplication", (index, app) -> {
            JsonNode organization = app.path("organization");
            file.item(Category.APPS, TwitterTimes.read(file, index, app, "approvedAt"),
                    Values.first(Values.text(app, "name"), Values.text(organization, "name"), "Connected app"),
                    Values.text(app, "description"), Attrs.of(
                            "permissions", Values.joined(app.get("permissions"), ", "),
                            "organization", Values.text(organization, "name"),
                            "website", Values.text(organization, "url"),
                            "privacy_policy", Values.text(organization, "privacyPolicyUrl"),
                            "terms", Values.text(organization, "termsAndConditionsUrl"),
                            "app_id", Values.text(app, "id")), index);
        });
        byKey.put("app", (index, app) -> file.item(Category.APPS, null,
                Values.first(Values.joined(app.get("appNames"), ", "), "App " + Values.text(app, "appId")), null,
                Attrs.of("app_id", Values.text(app, "appId")), index));
        DataRecords.read(file, byKey);
    }
}
