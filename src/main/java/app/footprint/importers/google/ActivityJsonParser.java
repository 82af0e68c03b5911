package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import app.footprint.importers.common.Timestamps;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * My Activity in JSON ({@code My Activity/<product>/MyActivity.json}, and YouTube's watch and search
 * history): a list of records {@code header, title, titleUrl, time, products, subtitles, details,
 * locationInfos}, streamed one record at a time. Records before 2017 wrap their text in {@code snippet}.
 */
final class ActivityJsonParser implements FileParser {
    private final ActivityRecorder.Forced forced;

    ActivityJsonParser(ActivityRecorder.Forced forced) {
        this.forced = forced;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        ActivityRecorder recorder = new ActivityRecorder(file, forced,
                forced != null ? "YouTube" : productFolder(file.path()));
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw new FormatException("expected a list of activity records but the file starts with "
                        + Json.describe(p.currentToken()));
            }
            JsonLists.forEachObject(file, p, (index, record) -> recorder.record(index, activity(record)));
        }
        recorder.finish();
    }

    static Activity activity(JsonNode record) {
        JsonNode body = record.has("snippet") && record.get("snippet").isObject() ? record.get("snippet") : record;
        String rawTime = GoogleJson.text(record, "time");
        if (rawTime == null) {
            rawTime = GoogleJson.text(body, "time");
        }
        List<Activity.Line> subtitles = new ArrayList<>();
        for (JsonNode s : GoogleJson.list(body, "subtitles")) {
            subtitles.add(new Activity.Line(GoogleJson.text(s, "name"), GoogleJson.text(s, "url")));
        }
        List<String> details = new ArrayList<>();
        for (JsonNode d : GoogleJson.list(body, "details")) {
            String name = GoogleJson.text(d, "name");
            if (name != null) {
                details.add(name);
            }
        }
        List<Activity.Place> places = new ArrayList<>();
        for (JsonNode l : GoogleJson.list(body, "locationInfos")) {
            places.add(new Activity.Place(GoogleJson.text(l, "name"), GoogleJson.text(l, "url"),
                    GoogleJson.text(l, "source")));
        }
        List<String> products = new ArrayList<>();
        for (JsonNode product : GoogleJson.list(body, "products")) {
            if (product.isTextual() && !product.asText().isBlank()) {
                products.add(product.asText());
            }
        }
        return new Activity(GoogleJson.text(body, "header"), GoogleJson.text(body, "title"),
                GoogleJson.text(body, "titleUrl"), Timestamps.parse(rawTime), rawTime, subtitles, details, places,
                products);
    }

    /** The product folder a My Activity file sits in ("Search" in "My Activity/Search/MyActivity.json"). */
    static String productFolder(String path) {
        String[] segments = path.split("/");
        return segments.length >= 2 ? segments[segments.length - 2] : null;
    }
}
