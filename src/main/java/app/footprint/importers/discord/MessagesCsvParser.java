package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import java.io.IOException;
import java.util.List;

/**
 * {@code messages/c<id>/messages.csv} (packages before 2024): {@code ID,Timestamp,Contents,Attachments}, times
 * like {@code 2017-10-01 18:20:34.469000+00:00}, texts with line breaks inside quotes.
 */
final class MessagesCsvParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, List.of("ID"), (index, row) -> SentMessage.hand(file, index,
                row.get("ID"), row.get("Timestamp"), row.get("Contents"), row.get("Attachments")));
    }
}
