package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code json/memories_history.json} › "Saved Media" ({@code [{Date, Media Type, Location, Download Link,
 * Media Download Url}]}): the photos and videos kept in Memories, as saved items.
 */
final class MemoriesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        RecordItems memories = new RecordItems(Category.LIBRARY, "Memory").titleFrom(r -> {
            String type = RecordItems.first(r, "Media Type");
            return type == null ? null : "Memory: " + type;
        }).with("what", "memory");
        new RootSections().on("Saved Media", (o, s, k, v) -> memories.add(o, null, v)).read(file, out);
    }
}
