package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Raw location history, {@code Records.json} (2019–2024) and {@code Location History.json} before it:
 * {@code {"locations":[{latitudeE7, longitudeE7, accuracy, timestampMs | timestamp, activity, source}]}}.
 * Each point is one item; real files hold millions of them, so the list is streamed.
 */
final class LocationRecordsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        new RootFields().on("locations", Records.objects(file, (index, r) -> point(file, index, r))).read(file);
    }

    private static void point(ImportFile file, long index, JsonNode r) {
        Coordinates where = Coordinates.ofE7(r, "latitudeE7", "longitudeE7");
        if (where == null) {
            file.problem("record " + index + ": a location without valid coordinates; skipped");
            return;
        }
        Moment when = r.has("timestampMs") ? RecordTimes.millis(file, index, r, "timestampMs")
                : time(file, index, GoogleJson.text(r, "timestamp"));
        file.item(Category.LOCATIONS, when, where.toString(), null, Attrs.of(
                "latitude", where.latitudeText(),
                "longitude", where.longitudeText(),
                "accuracy", GoogleJson.text(r, "accuracy"),
                "source", GoogleJson.text(r, "source"),
                "activity", likeliestActivity(r)), index);
    }

    static Moment time(ImportFile file, long index, String text) {
        if (text == null) {
            return null;
        }
        Moment moment = Timestamps.parse(text);
        if (moment == null) {
            file.problem("record " + index + ": unreadable time \"" + text + "\"; kept without a time");
        }
        return moment;
    }

    /** The activity Google rated likeliest at that point ("ON_FOOT 80%"), or null. */
    private static String likeliestActivity(JsonNode r) {
        String best = null;
        long bestConfidence = -1;
        for (JsonNode sample : GoogleJson.list(r, "activity")) {
            for (JsonNode guess : GoogleJson.list(sample, "activity")) {
                String type = GoogleJson.text(guess, "type");
                long confidence = guess.path("confidence").asLong(-1);
                if (type != null && confidence > bestConfidence) {
                    best = type;
                    bestConfidence = confidence;
                }
            }
        }
        return best == null ? null : best + (bestConfidence >= 0 ? " " + bestConfidence + "%" : "");
    }
}
