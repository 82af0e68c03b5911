package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaLabelValues.Entry;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.MetaLanguage;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RootFields;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code ad_preferences.json}: the person's ad settings as Meta records them, one item per setting (an
 * opt-out written as a localised yes/no, a list of added or removed interests, a group of topic
 * preferences). Its labels are in the account's language, so this file also tells the export's language.
 */
final class AdPreferencesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        MetaLanguage.Detector language = new MetaLanguage.Detector();
        new RootFields()
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    language.add(entry.label());
                    if (entry.shape() == MetaLabelValues.Shape.VALUE) {
                        language.add(entry.value());
                    }
                    setting(file, index, entry);
                }))
                .read(file);
        language.language().ifPresent(tag -> file.export().language(tag));
    }

    private static void setting(ImportFile file, long index, Entry entry) {
        String title = entry.label() != null ? entry.label() : "Ad setting";
        Moment when = null;
        if (entry.timestamp() != null) {
            when = Timestamps.epochSeconds(entry.timestamp());
            if (when == null) {
                file.problem("entry " + index + ": impossible time " + entry.timestamp() + "; kept without a time");
            }
        }
        String on = entry.shape() == MetaLabelValues.Shape.VALUE
                ? MetaLanguage.bool(entry.value()).map(String::valueOf).orElse(null) : null;
        String count = entry.shape() == MetaLabelValues.Shape.VALUE ? null : Integer.toString(entry.children().size());
        file.item(Category.AD_SETTINGS, when, title, entry.summary(),
                Attrs.of("value", on, "entries", count), index);
    }
}
