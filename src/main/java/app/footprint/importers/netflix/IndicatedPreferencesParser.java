package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.model.InferenceKind;
import java.io.IOException;

/**
 * {@code CONTENT_INTERACTION/IndicatedPreferences.csv}: the titles a profile picked when Netflix asked what
 * it likes (taste onboarding), with "Has Watched" and "Is Interested" (often empty) and the day. Netflix
 * keeps these as the person's taste; each is a stated taste record.
 */
final class IndicatedPreferencesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String show = row.get("Show");
            if (show == null) {
                file.problem("record " + index + ": a preference without a title, left out");
                return;
            }
            file.inference(InferenceKind.TASTE, show, CsvCells.of(row), index);
        });
    }
}
