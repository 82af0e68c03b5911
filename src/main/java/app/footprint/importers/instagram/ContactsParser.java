package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code synced_contacts.json} ({@code connections/contacts/} since 2024, {@code contacts/} before;
 * {@code contacts_contact_info}): the phone book the app uploaded, one contact per record with first and
 * last name, a phone number or address, and when it was imported.
 */
final class ContactsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("contacts_contact_info", MapRecords.of(file, language, (index, record) -> {
                    List<String> name = new ArrayList<>();
                    String first = MapRecords.value(record, Labels.Field.FIRST_NAME, 0);
                    String last = MapRecords.value(record, Labels.Field.LAST_NAME, 1);
                    String contact = MapRecords.value(record, Labels.Field.CONTACT_INFORMATION, 2);
                    if (first != null) {
                        name.add(first);
                    }
                    if (last != null) {
                        name.add(last);
                    }
                    String title = name.isEmpty() ? contact : String.join(" ", name);
                    if (title == null) {
                        file.problem("record " + index + ": a contact without name or number; skipped");
                        return;
                    }
                    file.item(Category.CONTACTS, MapRecords.time(file, index, record, Labels.Field.IMPORTED_TIME),
                            title, null, Attrs.of("contact", contact), index);
                }))
                .read(file);
        language.tell(file);
    }
}
