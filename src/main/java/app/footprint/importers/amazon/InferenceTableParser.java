package app.footprint.importers.amazon;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Tables in which Amazon lists what it has concluded about the person, one conclusion per row:
 * {@code Digital.CustomerAttributes.N.csv} (attributes of the customer), {@code Retail.ShopperPanel.Profile.csv}
 * (the shopper-panel profile) and {@code Digital.PrimeVideo.CustomerTitleRelevanceRecommendations.csv}
 * (titles Prime Video reckons relevant to them). No sample of these is at hand, so the parser does not
 * rely on column names: the value is the first of the usual name columns when there is one, otherwise
 * the row's cells written out, and every cell is kept as an attribute.
 */
final class InferenceTableParser implements FileParser {
    private static final List<String> NAME_COLUMNS = List.of("Title", "Attribute", "Attribute Name", "AttributeName",
            "Name", "Segment", "Value", "Recommendation", "Question");

    private final InferenceKind kind;

    InferenceTableParser(InferenceKind kind) {
        this.kind = kind;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            Map<String, String> cells = CsvCells.of(row);
            if (cells.isEmpty()) {
                return;
            }
            String value = row.first(NAME_COLUMNS.toArray(String[]::new));
            if (value == null) {
                value = cells.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                        .collect(Collectors.joining("; "));
            }
            file.inference(kind, value, cells, index);
        });
    }
}
