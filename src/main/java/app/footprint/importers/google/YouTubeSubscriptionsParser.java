package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * YouTube channel subscriptions, {@code subscriptions/subscriptions.csv} (German {@code Abos/Abos.csv}):
 * channel id, channel URL and channel title, in that order. The header is localised, so the columns are
 * read by position.
 */
final class YouTubeSubscriptionsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String id = row.get(0);
            String url = row.get(1);
            String title = row.get(2);
            if (title == null && url == null) {
                file.problem("record " + index + ": a subscription without a channel; skipped");
                return;
            }
            file.item(Category.FOLLOWS, null, title != null ? title : url, null,
                    Attrs.of("channel_id", id, "url", url, "product", "YouTube"), index);
        });
    }
}
