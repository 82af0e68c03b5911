package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import java.io.IOException;

/**
 * {@code account_gender.csv} ({@code account_gender}): the gender Reddit keeps for the account, set at
 * sign-up or filled in by Reddit, and used to target ads. It is a profile fact and, as Reddit's own
 * record of who the person is, a stated demographic.
 */
final class GenderParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String gender = row.get("account_gender");
            if (gender == null) {
                return; // an empty cell: no gender on record
            }
            file.item(Category.PROFILE, null, "Gender: " + gender, null, Attrs.of("account_gender", gender), index);
            file.inference(InferenceKind.DEMOGRAPHIC, "Gender: " + gender, Attrs.of("account_gender", gender), index);
        });
    }
}
