package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Google Contacts as vCards ({@code Contacts/All Contacts/All Contacts.vcf}): each {@code BEGIN:VCARD}
 * is one contact, named by its {@code FN} line. Nothing else is read: the contacts are people other than
 * the person, and counting them says what Google holds.
 */
final class ContactsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8), 1 << 16);
        long contacts = 0;
        boolean open = false;
        String name = null;
        String line;
        while ((line = in.readLine()) != null) {
            String upper = line.strip().toUpperCase(Locale.ROOT);
            if (upper.equals("BEGIN:VCARD")) {
                if (open) {
                    file.problem("record " + contacts + ": a contact without END:VCARD; counted");
                    add(file, contacts++, name);
                }
                open = true;
                name = null;
            } else if (upper.equals("END:VCARD") && open) {
                add(file, contacts++, name);
                open = false;
            } else if (open && name == null && (upper.startsWith("FN:") || upper.startsWith("FN;"))) {
                int colon = line.indexOf(':');
                name = unescape(line.substring(colon + 1).strip());
            }
        }
        if (open) {
            file.problem("record " + contacts + ": the file ends inside a contact; counted");
            add(file, contacts, name);
        }
    }

    private static void add(ImportFile file, long position, String name) {
        file.item(Category.CONTACTS, null, name == null || name.isEmpty() ? "Contact without a name" : name, null,
                Attrs.of(), position);
    }

    /** vCard escapes commas, semicolons and backslashes. */
    private static String unescape(String text) {
        return text.replace("\\,", ",").replace("\\;", ";").replace("\\n", " ").replace("\\\\", "\\");
    }
}
