package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.importers.common.CsvItems;
import app.footprint.importers.common.Json;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * {@code CONTENT_INTERACTION/PlaybackRelatedEvents.csv}: one row per playback session with a "Playtraces"
 * cell holding a JSON list of start, pause, reposition and stop events. A session is an activity item; the
 * trace itself is summed up as its number of events, since the full list can run to hundreds.
 */
final class PlaybackEventsParser implements FileParser {
    static final String PREFIX = "Playback: ";

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String title = row.first("Title Description", "Title");
            if (title == null) {
                file.problem("record " + index + ": a playback without a title, left out");
                return;
            }
            Map<String, String> attributes = CsvCells.of(row);
            String traces = attributes.remove("Playtraces");
            if (traces != null) {
                Long events = countEvents(traces);
                if (events == null) {
                    file.problem("record " + index + ": \"Playtraces\" is not a list of events; the session is kept");
                } else {
                    attributes.put("playtrace_events", Long.toString(events));
                }
            }
            file.item(Category.ACTIVITY, CsvItems.time(file, index, row, List.of("Playback Start Utc Ts"),
                    NetflixTimes::read), PREFIX + title, null, attributes, index);
        });
    }

    /** The number of events in the JSON list, or null when the cell is not one. */
    static Long countEvents(String json) {
        try (JsonParser p = Json.open(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                return null;
            }
            long[] count = {0};
            Json.forEachElement(p, (i, element) -> count[0]++);
            return count[0];
        } catch (IOException e) {
            return null;
        }
    }
}
