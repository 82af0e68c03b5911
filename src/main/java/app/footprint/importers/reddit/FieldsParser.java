package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The small account files that hold one row of facts ({@code birthdate.csv}, {@code persona.csv},
 * {@code linked_phone_number.csv}): each filled cell becomes one item titled in the person's words,
 * e.g. "Birth date: 1990-08-21". A column this parser has no words for keeps its own name.
 */
final class FieldsParser implements FileParser {
    private final Category category;
    private final Map<String, String> labels;

    FieldsParser(Category category, Map<String, String> labels) {
        this.category = category;
        this.labels = labels;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            List<String> headers = row.headers();
            for (int i = 0; i < headers.size(); i++) {
                String column = headers.get(i) == null ? "" : headers.get(i).strip();
                String value = row.get(i);
                if (value == null || column.isEmpty()) {
                    continue;
                }
                file.item(category, null, labels.getOrDefault(column, Words.label(column)) + ": " + value, null,
                        Map.of(column, value), index);
            }
        });
    }
}
