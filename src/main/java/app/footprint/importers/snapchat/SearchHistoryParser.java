package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code json/search_history.json}: what the person searched for. Its layout is not documented by any
 * parser at hand: a list of records, or an object of such lists, with the term in "Search Term" (or a
 * similar field) and the time in "Date" are assumed; every other field is kept.
 */
final class SearchHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        RecordItems searches = new RecordItems(Category.SEARCHES, "Search")
                .title("Search Term", "Search Query", "Query", "Term", "Content", "Text");
        new RootSections().others((o, section, key, value) -> searches.add(o, null, value)).read(file, out);
    }
}
