package app.footprint.importers.amazon;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.importers.common.CsvItems;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;

/**
 * Searches on Amazon: {@code Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv} (older:
 * {@code Search-Data/Search-Data.Customer-Engagement.csv}), one row per search session with about seventy
 * columns (keywords, department, device, IP address, whether something was clicked, added or bought), and
 * in the newer layout the Prime Video {@code Search History.csv}. A session without keywords is someone
 * browsing a department; it is kept as such.
 */
final class SearchDataParser implements FileParser {
    private static final List<String> TIME_COLUMNS = List.of("First Search Time (GMT)", "Search Request Date",
            "Search Time", "Last search Time (GMT)");

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String keywords = row.first("Keywords", "Search Query from Customer", "Search Query");
            String title;
            if (keywords != null) {
                title = keywords;
            } else {
                String department = row.first("All Department (APS) or Category", "Department", "Last Department");
                if (department == null) {
                    file.problem("record " + index + ": a search without keywords or department, left out");
                    return;
                }
                title = "Browsed: " + department;
            }
            String language = AmazonLanguage.ofLocale(row.get("Language"));
            if (language != null) {
                file.export().language(language);
            }
            file.item(Category.SEARCHES, CsvItems.time(file, index, row, TIME_COLUMNS, AmazonDates::parseUtc,
                    AmazonDates::isPlaceholder), title, null, CsvCells.of(row), index);
        });
    }
}
