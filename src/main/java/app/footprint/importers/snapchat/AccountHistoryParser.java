package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code json/account_history.json}: changes to the account, each dated (display name, e-mail address,
 * mobile number, password, two-factor authentication, deactivation), and the data downloads requested.
 */
final class AccountHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        new RootSections()
                .on("Display Name Change", change("Display name changed", "Display Name"))
                .on("Email Change", change("E-mail changed", "Email Address", "Email"))
                .on("Mobile Number Change", change("Mobile number changed", "Mobile Number"))
                .on("Password Change", change("Password changed"))
                .on("Two-Factor Authentication", change("Two-factor authentication changed", "Event", "Status"))
                .on("Account deactivated / reactivated", change("Account deactivated or reactivated", "Event", "Status"))
                .on("Snapchat Linked to Bitmoji", change("Linked to Bitmoji"))
                .on("Spectacles", change("Spectacles paired", "Device", "Name"))
                .on("Download My Data Reports", (o, s, k, v) -> new RecordItems(Category.ACTIVITY,
                        "Data download requested").title("Status").with("what", "data download requested").add(o, null, v))
                .read(file, out);
    }

    /** A dated change: "E-mail changed: new@example.org". */
    private static RootSections.Handler change(String what, String... valueFields) {
        RecordItems items = new RecordItems(Category.PROFILE, what).titleFrom(r -> {
            String value = valueFields.length == 0 ? null : RecordItems.first(r, valueFields);
            return value == null ? null : what + ": " + value;
        });
        return (out, section, key, value) -> items.add(out, null, value);
    }
}
