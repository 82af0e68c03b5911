package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordItems;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code json/location_history.json}. What Snapchat concluded about where the person lives and goes
 * becomes inferred locations: "Frequent Locations" ({@code [{City, Country, Region}]}) and the home /
 * work / school entries ("Home, School & Work" {@code {"Home": "<position>"}}, older "Home & Work").
 * Positions and places it recorded become location items: "Location History" and the older "Locations
 * You Have Visited" ({@code [{Time, "Latitude, Longitude"}]}), "Latest Location", the daily and six-day
 * top locations, "Areas you may have visited…" and "Businesses and places you may have visited".
 */
final class LocationHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        RecordItems areas = new RecordItems(Category.LOCATIONS, "Area visited").titleFrom(Facts::place)
                .with("what", "area you may have visited");
        RecordItems businesses = new RecordItems(Category.LOCATIONS, "Place visited")
                .titleFrom(r -> LooseFields.text(r, "Name", "Business Name", "Place", "Category"))
                .with("what", "business or place you may have visited");
        new RootSections()
                .on("Frequent Locations", (o, s, k, v) -> frequent(o, s, v))
                .on("Home, School & Work", (o, s, k, v) -> homeAndWork(o, s, v))
                .on("Home & Work", (o, s, k, v) -> homeAndWork(o, s, v))
                .on("Latest Location", (o, s, k, v) -> position(o, s, v, "latest location"))
                .on("Location History", (o, s, k, v) -> position(o, s, v, "location history"))
                .on("Locations You Have Visited", (o, s, k, v) -> position(o, s, v, "location history"))
                .on("Daily Top Locations", (o, s, k, v) -> topLocations(o, v, "daily top location"))
                .on("Top Locations Per Six-Day Period", (o, s, k, v) -> topLocations(o, v, "top location of six days"))
                .on("Areas you may have visited in the last two years", (o, s, k, v) -> areas.add(o, null, v))
                .on("Businesses and places you may have visited", (o, s, k, v) -> {
                    if (v.isObject()) {
                        // keyed by a business id: {"<id>": [visits]}
                        v.properties().iterator().forEachRemaining(e -> {
                            Iterable<JsonNode> visits = e.getValue().isArray() ? e.getValue() : List.of(e.getValue());
                            visits.forEach(visit -> businesses.add(o, e.getKey(), visit));
                        });
                    } else {
                        businesses.add(o, null, v);
                    }
                })
                .on("Businesses you may have visited in the last two years", (o, s, k, v) -> businesses.add(o, null, v))
                .ignore("Actiomoji information from places you may have visited")
                .read(file, out);
    }

    /** A frequent place: "Leipzig, Sachsen, DE", an inferred location. */
    private static void frequent(FileRecords out, String section, JsonNode entry) {
        String place = entry.isObject() ? Facts.place(entry) : LooseFields.value(entry);
        if (place == null) {
            return;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("kind", "frequent location");
        attributes.putAll(LooseFields.attributes(entry, Set.of()));
        out.inference(InferenceKind.INFERRED_LOCATION, place, attributes);
    }

    /** {@code {"Home": "<position>", "Work": "<position>"}}: each role an inferred location. */
    private static void homeAndWork(FileRecords out, String section, JsonNode value) {
        if (!value.isObject()) {
            return;
        }
        value.properties().iterator().forEachRemaining(e -> {
            String text = LooseFields.anyText(e.getValue());
            if (text == null) {
                return;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("kind", Facts.lower(e.getKey()));
            Coordinates at = Coordinates.parse(text);
            if (at != null) {
                attributes.putAll(at.attributes());
            }
            attributes.put("as written", text);
            out.inference(InferenceKind.INFERRED_LOCATION, e.getKey() + ": " + (at != null ? at.text() : text),
                    attributes);
        });
    }

    /** A dated position ({@code {Time, "Latitude, Longitude"}}) or a place ({@code {City, Region, Country}}). */
    private static void position(FileRecords out, String section, JsonNode entry, String what) {
        if (!entry.isObject()) {
            String text = LooseFields.value(entry);
            if (text != null) {
                out.item(Category.LOCATIONS, null, text, null, Map.of("what", what));
            }
            return;
        }
        Set<String> used = new HashSet<>();
        String timeField = LooseFields.nameOf(entry, RecordItems.TIME_FIELDS);
        Moment when = timeField == null ? null : out.time(entry, timeField);
        if (timeField != null) {
            used.add(timeField);
        }
        String positionField = LooseFields.nameOf(entry, "Latitude, Longitude", "Location", "Coordinates");
        Coordinates at = positionField == null ? null : Coordinates.parse(LooseFields.value(entry.get(positionField)));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("what", what);
        String title;
        if (at != null) {
            attributes.putAll(at.attributes());
            title = at.text();
        } else {
            title = Facts.place(entry);
        }
        attributes.putAll(LooseFields.attributes(entry, used));
        if (title == null && when == null) {
            return;
        }
        out.item(Category.LOCATIONS, when, title == null ? "Location" : title, null, attributes);
    }

    /** Lists of {@code {"<day>": "<position>"}}, sometimes nested one list deeper. */
    private static void topLocations(FileRecords out, JsonNode entry, String what) {
        if (entry.isArray()) {
            entry.forEach(e -> topLocations(out, e, what));
            return;
        }
        if (!entry.isObject()) {
            return;
        }
        entry.properties().iterator().forEachRemaining(e -> {
            String text = LooseFields.anyText(e.getValue());
            if (text == null) {
                return;
            }
            Coordinates at = Coordinates.parse(text);
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("what", what);
            attributes.put("period", e.getKey());
            if (at != null) {
                attributes.putAll(at.attributes());
            }
            out.item(Category.LOCATIONS, Timestamps.parse(e.getKey()),
                    at != null ? at.text() : text, null, attributes);
        });
    }
}
