package app.footprint.importers.linkedin;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;

/**
 * {@code Profile.csv} and {@code Profile Summary.csv}: one wide row of facts about the member (name,
 * birth date, headline, summary, industry, postcode, location, websites...). Each filled cell becomes
 * one profile item titled with its column, e.g. "Headline: Nurse"; a long text (the summary) keeps the
 * column as its title and the text as its detail.
 */
final class ProfileParser implements FileParser {
    /** Longer values read better as a text under a title than inside the title. */
    private static final int LONGEST_TITLE_VALUE = 80;

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            List<String> headers = row.headers();
            for (int i = 0; i < headers.size(); i++) {
                String value = row.get(i);
                String column = headers.get(i) == null ? "" : headers.get(i).strip();
                if (value == null || column.isEmpty()) {
                    continue;
                }
                boolean longText = value.length() > LONGEST_TITLE_VALUE || value.contains("\n");
                file.item(Category.PROFILE, null, longText ? column : column + ": " + value,
                        longText ? value : null, Attrs.of("section", "profile"), index);
            }
        });
    }
}
