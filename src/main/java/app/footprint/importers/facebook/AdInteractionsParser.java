package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/** {@code advertisers_you've_interacted_with.json}: the ads the person clicked ({@code history_v2}). */
final class AdInteractionsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader history = Records.objects(file, (index, record) -> {
            String title = Json.text(record, "title");
            String action = Json.text(record, "action");
            file.item(Category.AD_INTERACTIONS, RecordTimes.seconds(file, index, record, "timestamp"),
                    title != null ? title : action, null, Attrs.of("action", action), index);
        });
        new RootFields().on("history_v2", history).on("history", history).read(file);
    }
}
