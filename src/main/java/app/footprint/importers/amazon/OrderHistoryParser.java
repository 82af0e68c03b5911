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
 * The order history: {@code Retail.OrderHistory.N/Retail.OrderHistory.N.csv} (one file per marketplace)
 * or, in the newer layout, {@code Your Amazon Orders/Order History.csv}. One row per product line of an
 * order, every header quoted, product names with doubled quotes ({@code 15.6"" FHD}), addresses flattened
 * into one cell. "Order Date" is US ({@code 11/11/2021 22:32:48 UTC}) in older files and ISO in newer
 * ones. Each row is a purchase; the marketplace ("Amazon.it") tells the export's language.
 */
final class OrderHistoryParser implements FileParser {
    static final List<String> TIME_COLUMNS = List.of("Order Date", "OrderDate");

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String product = row.first("Product Name", "Title", "Item Name");
            if (product == null) {
                String asin = row.first("ASIN", "ASIN/ISBN");
                if (asin == null) {
                    file.problem("record " + index + ": an order line without a product, left out");
                    return;
                }
                product = "Product " + asin;
            }
            String language = AmazonLanguage.ofWebsite(row.get("Website"));
            if (language != null) {
                file.export().language(language);
            }
            file.item(Category.PURCHASES, CsvItems.time(file, index, row, TIME_COLUMNS, AmazonDates::parse,
                    AmazonDates::isPlaceholder), product, null, CsvCells.of(row), index);
        });
    }
}
