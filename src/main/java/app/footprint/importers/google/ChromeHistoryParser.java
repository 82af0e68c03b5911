package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;

/**
 * Chrome's synced browsing history, {@code Chrome/History.json} (older {@code BrowserHistory.json}):
 * {@code {"Browser History":[{title, url, time_usec, page_transition, client_id}]}} with times in epoch
 * microseconds.
 */
final class ChromeHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        new RootFields().on("Browser History", Records.objects(file, (index, r) -> visit(file, index, r))).read(file);
    }

    private static void visit(ImportFile file, long index, JsonNode r) {
        String url = GoogleJson.text(r, "url");
        String title = GoogleJson.text(r, "title");
        if (url == null && title == null) {
            file.problem("record " + index + ": a visit without address or title; skipped");
            return;
        }
        file.item(Category.BROWSING, micros(file, index, r), title != null ? title : url, null, Attrs.of(
                "url", url,
                "page_transition", GoogleJson.text(r, "page_transition")), index);
    }

    private static Moment micros(ImportFile file, long index, JsonNode r) {
        Long usec = Json.number(r, "time_usec");
        if (usec == null) {
            if (r.has("time_usec")) {
                file.problem("record " + index + ": \"time_usec\" is not a time; kept without a time");
            }
            return null;
        }
        Instant at = Instant.ofEpochSecond(Math.floorDiv(usec, 1_000_000L), Math.floorMod(usec, 1_000_000L) * 1000);
        if (!Timestamps.plausible(at)) {
            file.problem("record " + index + ": impossible time " + usec + " in \"time_usec\"; kept without a time");
            return null;
        }
        return Moment.utc(at);
    }
}
