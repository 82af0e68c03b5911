package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The Timeline export Google Maps writes on the phone since 2024, when Timeline left Takeout. Android's
 * {@code Timeline.json} is {@code {semanticSegments, rawSignals, userLocationProfile}}; iOS's
 * {@code location-history.json} is a list of segments. Segments (visits, journeys, paths) and measured
 * positions become items. {@code userLocationProfile} is Google's own summary of the person: frequent
 * places labelled HOME or WORK and how much they favour each way of travelling.
 */
final class OnDeviceTimelineParser implements FileParser {
    static final String SOURCE = "Timeline";

    @Override
    public void parse(ImportFile file) throws IOException {
        PlaceInferences places = new PlaceInferences(file, SOURCE);
        long[] position = {0};
        new RootFields()
                .on("semanticSegments", Records.objects(file, (index, s) -> segment(file, places, position[0]++, s)))
                .on("rawSignals", Records.objects(file, (index, s) -> signal(file, position[0]++, s)))
                .on("userLocationProfile", parser -> profile(file, position, Json.readTree(parser)))
                .onRootList(Records.objects(file, (index, s) -> segment(file, places, position[0]++, s)))
                .read(file);
        places.finish();
    }

    private static void segment(ImportFile file, PlaceInferences places, long index, JsonNode s) {
        Moment start = LocationRecordsParser.time(file, index, GoogleJson.text(s, "startTime"));
        String end = GoogleJson.text(s, "endTime");
        if (s.has("visit")) {
            JsonNode candidate = s.path("visit").path("topCandidate");
            Coordinates point = Coordinates.parse(latLng(candidate.get("placeLocation")));
            String type = GoogleJson.text(candidate, "semanticType");
            String placeId = GoogleJson.text(candidate, "placeId") != null ? GoogleJson.text(candidate, "placeId")
                    : GoogleJson.text(candidate, "placeID");
            String where = point != null ? point.toString() : placeId;
            if (where == null) {
                file.problem("record " + index + ": a visit without a place; skipped");
                return;
            }
            file.item(Category.LOCATIONS, start, where, null, Attrs.of(
                    "kind", "place visit",
                    "end", end,
                    "place_id", placeId,
                    "semantic_type", type,
                    "probability", GoogleJson.text(candidate, "probability")), index);
            String label = PlaceInferences.label(type);
            if (label != null) {
                places.add(index, label, where, placeId != null ? placeId : where, type, point);
            }
        } else if (s.has("activity")) {
            JsonNode activity = s.path("activity");
            String type = GoogleJson.text(activity.path("topCandidate"), "type");
            Double distance = GoogleJson.decimal(activity, "distanceMeters");
            Coordinates from = Coordinates.parse(latLng(activity.get("start")));
            Coordinates to = Coordinates.parse(latLng(activity.get("end")));
            file.item(Category.LOCATIONS, start, (type == null ? "Journey" : type)
                    + (distance == null ? "" : ", " + Math.round(distance) + " m"), null, Attrs.of(
                    "kind", "activity segment",
                    "end", end,
                    "activity_type", type,
                    "distance_m", distance == null ? null : Long.toString(Math.round(distance)),
                    "from", from == null ? null : from.toString(),
                    "to", to == null ? null : to.toString()), index);
        } else if (s.has("timelinePath")) {
            int points = s.path("timelinePath").size();
            file.item(Category.LOCATIONS, start, "Path of " + points + " points", null, Attrs.of(
                    "kind", "path",
                    "end", end,
                    "points", Integer.toString(points)), index);
        } else if (s.has("timelineMemory")) {
            file.item(Category.LOCATIONS, start, "Trip", null, Attrs.of("kind", "timeline memory", "end", end), index);
        } else {
            file.problem("record " + index + ": a timeline segment of an unknown kind; skipped");
        }
    }

    /** A raw signal: positions are items; Wi-Fi scans and motion samples are sensor detail, left out. */
    private static void signal(ImportFile file, long index, JsonNode s) {
        JsonNode position = s.get("position");
        if (position == null) {
            return;
        }
        String text = GoogleJson.text(position, "LatLng") != null ? GoogleJson.text(position, "LatLng")
                : GoogleJson.text(position, "latLng");
        Coordinates point = Coordinates.parse(text);
        if (point == null) {
            file.problem("record " + index + ": a position without valid coordinates; skipped");
            return;
        }
        JsonNode accuracy = position.get("accuracyMeters");
        file.point(LocationRecordsParser.time(file, index, GoogleJson.text(position, "timestamp")),
                point.latitudeE7(), point.longitudeE7(),
                accuracy != null && accuracy.canConvertToInt() ? accuracy.intValue() : -1,
                GoogleJson.text(position, "source"), null, index);
    }

    /** Google's summary: frequent places (HOME, WORK or unlabelled) and travel-mode affinities. */
    private static void profile(ImportFile file, long[] position, JsonNode profile) {
        for (JsonNode place : GoogleJson.list(profile, "frequentPlaces")) {
            long index = position[0]++;
            Coordinates point = Coordinates.parse(latLng(place.get("placeLocation")));
            String placeId = GoogleJson.text(place, "placeId");
            String where = point != null ? point.toString() : placeId;
            String label = GoogleJson.text(place, "label");
            String kind = PlaceInferences.label(label);
            String prefix = kind == null ? "Frequent place: " : kind.equals("home") ? "Home: " : "Work: ";
            file.inference(InferenceKind.INFERRED_LOCATION, where == null ? null : prefix + where, Attrs.of(
                    "label", kind == null ? "frequent place" : kind,
                    "place_id", placeId,
                    "source", SOURCE + " profile"), index);
        }
        for (JsonNode affinity : GoogleJson.list(profile.path("persona"), "travelModeAffinities")) {
            long index = position[0]++;
            String mode = GoogleJson.text(affinity, "mode");
            file.inference(InferenceKind.OTHER, mode == null ? null : "Travel mode: " + mode, Attrs.of(
                    "affinity", GoogleJson.text(affinity, "affinity"),
                    "source", SOURCE + " profile"), index);
        }
    }

    /** A place's coordinates: {@code {"latLng": "…"}} on Android, a "geo:" text on iOS. */
    private static String latLng(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.asText() : GoogleJson.text(node, "latLng");
    }
}
