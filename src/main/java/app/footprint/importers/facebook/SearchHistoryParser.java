package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * {@code your_search_history.json}: what the person typed into Facebook's search ({@code searches_v2}:
 * the text in {@code data[].text}, else the {@code title}). The 2024+ Marketplace file of the same name
 * is a list of {@code label_values} records instead; its first value is the search.
 */
final class SearchHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader searches = Records.objects(file, (index, r) -> {
            String title = Json.text(r, "title");
            String text = firstText(r.get("data"));
            if (text == null) {
                text = firstText(r.path("attachments").path(0).get("data"));
            }
            file.item(Category.SEARCHES, RecordTimes.seconds(file, index, r, "timestamp"),
                    text != null ? text : title, text != null ? title : null, Attrs.of(), index);
        });
        new RootFields()
                .on("searches_v2", searches)
                .on("searches", searches)
                .onRootList(Records.objects(file, (index, r) -> marketplaceSearch(file, index, r)))
                .read(file);
    }

    private static void marketplaceSearch(ImportFile file, long index, JsonNode record) {
        String search = null;
        Long time = null;
        JsonNode entries = record.get("label_values");
        if (entries != null && entries.isArray()) {
            for (JsonNode node : entries) {
                MetaLabelValues.Entry entry = MetaLabelValues.read(node);
                if (entry == null) {
                    continue;
                }
                if (search == null && !entry.dataValues().isEmpty()) {
                    search = entry.dataValues().get(0);
                }
                for (MetaLabelValues.Entry child : entry.children()) {
                    if (time == null && child.timestamp() != null) {
                        time = child.timestamp();
                    }
                }
            }
        }
        Moment when = RecordTimes.seconds(file, index, record, "timestamp");
        if (when == null && time != null) {
            when = Timestamps.epochSeconds(time);
        }
        if (search == null) {
            file.problem("record " + index + ": a search without text; skipped");
            return;
        }
        file.item(Category.SEARCHES, when, search, null, Attrs.of("where", "Marketplace"), index);
    }

    /** The first {@code text} of a {@code data} list. */
    private static String firstText(JsonNode data) {
        if (data == null || !data.isArray()) {
            return null;
        }
        for (JsonNode element : data) {
            String text = Json.text(element, "text");
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
