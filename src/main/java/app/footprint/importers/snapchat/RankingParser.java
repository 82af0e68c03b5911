package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code json/ranking.json}: the Snapscore and counts of friends and followed accounts ("Statistics",
 * numbers written as text), and Spotlight entries, whose shape varies.
 */
final class RankingParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        RecordItems spotlight = new RecordItems(Category.ACTIVITY, "Spotlight").with("what", "Spotlight");
        new RootSections()
                .on("Statistics", Facts.of(Category.PROFILE))
                .on("Spotlight", (o, s, k, v) -> spotlight.add(o, null, v))
                .read(file, out);
    }
}
