package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.importers.common.CsvItems;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;

/**
 * {@code PROFILES/Profiles.csv}: the profiles of the account (name, e-mail, when made, maturity level,
 * language, autoplay, profile lock). One profile item each. A profile's language tells the export's
 * language when the account details did not.
 */
final class ProfilesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String name = row.get("Profile Name");
            if (name == null) {
                file.problem("record " + index + ": a profile without a name, left out");
                return;
            }
            String language = NetflixLanguage.of(row.get("Primary Lang"));
            if (language != null) {
                file.export().language(language);
            }
            file.item(Category.PROFILE, CsvItems.time(file, index, row, List.of("Profile Creation Time"),
                    NetflixTimes::read), "Profile: " + name, null, CsvCells.of(row), index);
        });
    }
}
