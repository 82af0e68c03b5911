package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Map;

/** {@code saved-search.js}: the searches the person saved on X. X gives no date for them. */
final class SavedSearchesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        DataRecords.read(file, Map.of("savedSearch", (index, search) -> {
            String query = Values.text(search, "query");
            if (query == null) {
                file.problem("record " + index + ": a saved search without a query; skipped");
                return;
            }
            file.item(Category.SEARCHES, null, query, null,
                    Attrs.of("saved", "yes", "search_id", Values.text(search, "savedSearchId")), index);
        }));
    }
}
