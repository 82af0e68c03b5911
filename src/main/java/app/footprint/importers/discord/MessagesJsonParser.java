package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import java.io.IOException;

/**
 * {@code Messages/c<id>/messages.json} (packages since 2024): a list of
 * {@code {"ID": 1017588758238990388, "Timestamp": "2022-09-09 00:14:25", "Contents": "…", "Attachments": ""}},
 * newest first, one per line; the id is a number, the time has no zone (UTC is assumed and said so). Channels
 * can hold hundreds of thousands of messages, so the list is streamed one message at a time.
 */
final class MessagesJsonParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        new RootFields().onRootList(Records.objects(file, (index, m) -> SentMessage.hand(file, index,
                Json.text(m, "ID"), Json.text(m, "Timestamp"), Json.text(m, "Contents"),
                Json.text(m, "Attachments")))).read(file);
    }
}
