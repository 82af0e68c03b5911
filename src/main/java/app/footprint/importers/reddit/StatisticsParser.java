package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Locale;

/**
 * {@code statistics.csv} ({@code statistic,value}): facts about the account (name, e-mail address and
 * whether it is verified, registration date...). Each becomes a profile item; a date becomes an item at
 * that time. The "export time" row tells when Reddit produced the export and is not a fact about the
 * person.
 */
final class StatisticsParser implements FileParser {
    static final String EXPORT_TIME = "export time";

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String name = row.get(0);
            String value = row.get(1);
            if (name == null || value == null) {
                return; // an empty statistic tells nothing
            }
            boolean isTime = name.toLowerCase(Locale.ROOT).contains("date")
                    || name.toLowerCase(Locale.ROOT).contains("time");
            Moment when = isTime ? Timestamps.parse(value) : null;
            if (name.strip().equalsIgnoreCase(EXPORT_TIME)) {
                if (when != null) {
                    file.export().exportedAt(when.instant());
                } else {
                    file.problem("record " + index + ": unreadable export time \"" + value + "\"");
                }
                return;
            }
            String title = when != null ? Words.label(name) : Words.label(name) + ": " + Words.yesNo(value);
            file.item(Category.PROFILE, when, title, null, Attrs.of(name, value), index);
        });
    }
}
