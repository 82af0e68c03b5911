package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LanguageNames;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;

/**
 * {@code json/account.json}: the account's basic facts (username, name, when it was made, registration IP,
 * country), the current device (whose language is the export's) and the devices used before, the logins,
 * and accounts associated by device. Acceptance of terms and Family Center entries are not shown.
 */
final class AccountParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        RecordItems devices = new RecordItems(Category.DEVICES, "Device")
                .titleFrom(r -> RecordItems.joined(r, List.of("Make", "Model", "Model Name", "Device Type")));
        RecordItems logins = new RecordItems(Category.LOGINS, "Logged in")
                .titleFrom(r -> {
                    String device = RecordItems.first(r, "Device");
                    return device == null ? null : "Logged in on " + device;
                });
        RecordItems associated = new RecordItems(Category.APPS, "Associated account")
                .title("User ID", "Device ID").with("what", "account associated by cloud account id");
        new RootSections()
                .on("Basic Information", Facts.of(Category.PROFILE))
                .on("Device Information", (o, s, k, v) -> {
                    LanguageNames.tag(LooseFields.text(v, "Language")).ifPresent(tag -> o.file().export().language(tag));
                    devices.add(o, null, v);
                })
                .on("Device History", (o, s, k, v) -> devices.add(o, null, v))
                .on("Login History", (o, s, k, v) -> logins.add(o, null, v))
                .on("Associated Accounts by Cloud Account ID", (o, s, k, v) -> associated.add(o, null, v))
                .ignore("Privacy Policy and Terms of Service Acceptance History", "Custom Creative Tools Terms",
                        "Family Center")
                .read(file, out);
    }
}
