package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code user_preferences.csv} ({@code preference,value}): the account's settings, one item each. The
 * ones about advertising and personalisation ("third_party_data_personalized_ads") are ad settings, the
 * rest belong to the profile. The interface language ({@code lang}) tells the export's language.
 */
final class PreferencesParser implements FileParser {
    private static final Pattern AD_SETTING = Pattern.compile(".*(_ads?\\b|_ads_|ads_|personali[sz]).*");
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String name = row.get(0);
            String value = row.get(1);
            if (name == null) {
                file.problem("record " + index + ": a setting without a name; skipped");
                return;
            }
            String key = name.strip().toLowerCase(Locale.ROOT);
            if (key.equals("lang") && value != null) {
                String tag = value.split("[_-]")[0].toLowerCase(Locale.ROOT);
                if (LANGUAGE_TAG.matcher(tag).matches()) {
                    file.export().language(tag);
                }
            }
            Category category = AD_SETTING.matcher(key).matches() ? Category.AD_SETTINGS : Category.PROFILE;
            String shown = value == null ? "(not set)" : Words.yesNo(value);
            file.item(category, null, "Setting " + Words.label(name).toLowerCase(Locale.ROOT) + ": " + shown, null,
                    Attrs.of("setting", name, "value", value), index);
        });
    }
}
