package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ACCOUNT/AccountDetails.csv}: one row about the account (e-mail, phone, countries, language,
 * membership, when it was created, which messages the person agreed to). Each filled cell becomes one
 * profile item in the person's words, "Email Address: …"; a time cell becomes an item at that time. The
 * account's "Primary Lang" is the export's language.
 */
final class AccountDetailsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        long[] position = {0};
        Csv.forEachRow(file, (index, row) -> {
            String language = NetflixLanguage.of(row.get("Primary Lang"));
            if (language != null) {
                file.export().language(language);
            }
            List<String> headers = row.headers();
            for (int i = 0; i < headers.size(); i++) {
                String value = row.get(i);
                long at = position[0]++;
                if (value == null) {
                    continue;
                }
                String column = headers.get(i).strip();
                Moment when = isTime(column) ? NetflixTimes.read(value) : null;
                String title = when != null ? column : column + ": " + value;
                file.item(Category.PROFILE, when, title, null, Map.of(column, value), at);
            }
        });
    }

    private static boolean isTime(String column) {
        String lower = column.toLowerCase(Locale.ROOT);
        return lower.contains("timestamp") || lower.endsWith(" date") || lower.endsWith(" ts");
    }
}
