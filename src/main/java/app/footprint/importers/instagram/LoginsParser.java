package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * The account's history ({@code security_and_login_information/login_and_profile_creation/} since 2024,
 * {@code login_and_account_creation/} before): logins and logouts with IP address and browser, the sign-up
 * and password changes. Each record is one dated event.
 */
final class LoginsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("account_history_login_history", list(file, language, "Login"))
                .on("account_history_logout_history", list(file, language, "Logout"))
                .on("account_history_registration_info", list(file, language, "Account created"))
                .on("account_history_password_change_history", list(file, language, "Password changed"))
                .read(file);
        language.tell(file);
    }

    private static RootFields.Reader list(ImportFile file, Labels.Language language, String event) {
        return MapRecords.of(file, language, (index, record) -> file.item(Category.LOGINS,
                MapRecords.time(file, index, record, Labels.Field.TIME), event, null, Attrs.of(
                        "ip", Labels.value(record, Labels.Field.IP_ADDRESS),
                        "browser", Labels.value(record, Labels.Field.USER_AGENT),
                        "language", Labels.value(record, Labels.Field.LANGUAGE_CODE)), index));
    }
}
