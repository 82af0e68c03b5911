package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code SearchQueries.json}: what the person searched for, on which device, and what they opened from
 * the results. {@code searchTime} carries Java's {@code [UTC]} suffix.
 */
final class SearchQueriesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RecordList.forEach(file, (position, record) -> {
            String query = RecordList.text(record, "searchQuery");
            if (query == null) {
                file.problem("record " + position + ": a search without search text, left out");
                return;
            }
            String searchTime = Json.text(record, "searchTime");
            Moment when = Timestamps.parse(searchTime);
            if (when == null) {
                file.problem("record " + position + ": searchTime " + StreamingHistoryParser.quoted(searchTime)
                        + " is not a usable time; kept without a time");
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("platform", RecordList.text(record, "platform"));
            attributes.put("searchInteractionURIs", joinedTexts(record.get("searchInteractionURIs")));
            file.item(Category.SEARCHES, when, query, null, attributes, position);
        });
    }

    /** The texts of a list, one per line; null when there are none. */
    private static String joinedTexts(JsonNode list) {
        if (list == null || !list.isArray()) {
            return Json.text(list);
        }
        List<String> texts = new ArrayList<>();
        list.forEach(element -> {
            String text = Json.text(element);
            if (text != null && !text.isBlank()) {
                texts.add(text.strip());
            }
        });
        return texts.isEmpty() ? null : String.join("\n", texts);
    }
}
