package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code contact.js}: the address book the person's phone uploaded to X, one contact per record with its
 * e-mail addresses and phone numbers (and a name where X keeps one).
 */
final class ContactsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        DataRecords.read(file, Map.of("contact", (index, contact) -> {
            List<String> emails = Values.texts(contact.get("emails"));
            List<String> phones = Values.texts(contact.get("phoneNumbers"));
            String title = Values.first(Values.text(contact, "name"), Values.text(contact, "displayName"),
                    emails.isEmpty() ? null : emails.get(0), phones.isEmpty() ? null : phones.get(0));
            if (title == null) {
                file.problem("record " + index + ": a contact without name, e-mail or phone number; skipped");
                return;
            }
            file.item(Category.CONTACTS, null, title, null, Attrs.of(
                    "emails", emails.isEmpty() ? null : String.join(", ", emails),
                    "phone_numbers", phones.isEmpty() ? null : String.join(", ", phones),
                    "contact_id", Values.text(contact, "id")), index);
        }));
    }
}
