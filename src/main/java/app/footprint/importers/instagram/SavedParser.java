package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code saved_posts.json} ({@code saved_saved_media}): posts the person saved. The title names the account
 * whose post it was; the "Saved on" field holds the link and the time.
 */
final class SavedParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("saved_saved_media", MapRecords.of(file, language, (index, record) -> file.item(Category.LIBRARY,
                        MapRecords.time(file, index, record.firstTimed()),
                        record.title() != null ? record.title() : "Saved post", null,
                        Attrs.of("saved", "post", "link", record.firstHref()), index)))
                .read(file);
        language.tell(file);
    }
}
