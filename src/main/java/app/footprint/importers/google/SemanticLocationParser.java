package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Semantic Location History, one file a month ({@code Semantic Location History/2019/2019_MAY.json}):
 * {@code timelineObjects} of place visits and the journeys between them. Each becomes an item. Where
 * Google labelled a place {@code TYPE_HOME} or {@code TYPE_WORK} (the visited place, one of its other
 * candidates, or a visit inside it), that is its conclusion about where the person lives and works.
 * Durations are epoch-millisecond strings in older files and ISO times in newer ones.
 */
final class SemanticLocationParser implements FileParser {
    static final String SOURCE = "Semantic Location History";

    @Override
    public void parse(ImportFile file) throws IOException {
        PlaceInferences places = new PlaceInferences(file, SOURCE);
        new RootFields().on("timelineObjects", Records.objects(file, (index, object) -> {
            if (object.has("placeVisit")) {
                visit(file, places, index, object.get("placeVisit"));
            } else if (object.has("activitySegment")) {
                segment(file, index, object.get("activitySegment"));
            } else {
                file.problem("record " + index + ": neither a place visit nor an activity segment; skipped");
            }
        })).read(file);
        places.finish();
    }

    private static void visit(ImportFile file, PlaceInferences places, long index, JsonNode visit) {
        JsonNode location = visit.path("location");
        Coordinates point = Coordinates.ofE7(location, "latitudeE7", "longitudeE7");
        String name = GoogleJson.text(location, "name");
        String address = GoogleJson.text(location, "address");
        String where = where(name, address, point);
        if (where == null) {
            file.problem("record " + index + ": a place visit without a place; skipped");
            return;
        }
        JsonNode duration = visit.path("duration");
        String semanticType = GoogleJson.text(location, "semanticType");
        file.item(Category.LOCATIONS, start(file, index, duration), where, address == null ? null : oneLine(address),
                Attrs.of(
                        "kind", "place visit",
                        "end", RecordTimes.iso(end(file, index, duration)),
                        "place_id", GoogleJson.text(location, "placeId"),
                        "semantic_type", semanticType,
                        "latitude", point == null ? null : point.latitudeText(),
                        "longitude", point == null ? null : point.longitudeText(),
                        "place_confidence", GoogleJson.text(visit, "placeConfidence"),
                        "visit_confidence", GoogleJson.text(visit, "visitConfidence"),
                        "child_visits", visit.path("childVisits").size() > 0
                                ? Integer.toString(visit.path("childVisits").size()) : null), index);
        label(places, index, location);
        for (JsonNode candidate : GoogleJson.list(visit, "otherCandidateLocations")) {
            label(places, index, candidate);
        }
        for (JsonNode child : GoogleJson.list(visit, "childVisits")) {
            label(places, index, child.path("location"));
        }
    }

    private static void label(PlaceInferences places, long index, JsonNode location) {
        String type = GoogleJson.text(location, "semanticType");
        String label = PlaceInferences.label(type);
        if (label == null) {
            return;
        }
        Coordinates point = Coordinates.ofE7(location, "latitudeE7", "longitudeE7");
        String address = GoogleJson.text(location, "address");
        String where = where(null, address == null ? null : oneLine(address), point);
        if (where == null) {
            where = GoogleJson.text(location, "name");
        }
        if (where == null) {
            return;
        }
        String placeId = GoogleJson.text(location, "placeId");
        places.add(index, label, where, placeId != null ? placeId : where, type, point);
    }

    private static void segment(ImportFile file, long index, JsonNode segment) {
        JsonNode duration = segment.path("duration");
        String type = GoogleJson.text(segment, "activityType");
        String distance = GoogleJson.text(segment, "distance");
        Coordinates from = Coordinates.ofE7(segment.path("startLocation"), "latitudeE7", "longitudeE7");
        Coordinates to = Coordinates.ofE7(segment.path("endLocation"), "latitudeE7", "longitudeE7");
        String title = (type == null ? "Journey" : type) + (distance == null ? "" : ", " + distance + " m");
        file.item(Category.LOCATIONS, start(file, index, duration), title, null, Attrs.of(
                "kind", "activity segment",
                "end", RecordTimes.iso(end(file, index, duration)),
                "activity_type", type,
                "distance_m", distance,
                "confidence", GoogleJson.text(segment, "confidence"),
                "from", from == null ? null : from.toString(),
                "to", to == null ? null : to.toString()), index);
    }

    /** A place as a person reads it: its name, else its address, else its coordinates. */
    private static String where(String name, String address, Coordinates point) {
        if (name != null) {
            return name;
        }
        if (address != null) {
            return oneLine(address);
        }
        return point == null ? null : point.toString();
    }

    private static String oneLine(String address) {
        return address.replace("\r", "").replace("\n", ", ");
    }

    private static Moment start(ImportFile file, long index, JsonNode duration) {
        return duration.has("startTimestampMs") ? RecordTimes.millis(file, index, duration, "startTimestampMs")
                : LocationRecordsParser.time(file, index, GoogleJson.text(duration, "startTimestamp"));
    }

    private static Moment end(ImportFile file, long index, JsonNode duration) {
        return duration.has("endTimestampMs") ? RecordTimes.millis(file, index, duration, "endTimestampMs")
                : LocationRecordsParser.time(file, index, GoogleJson.text(duration, "endTimestamp"));
    }
}
