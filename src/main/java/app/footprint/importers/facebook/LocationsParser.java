package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where Facebook places the person: {@code primary_location.json} (inferred home area, "City, Region"
 * with its postcodes), {@code primary_public_location.json}, {@code last_location.json} and
 * {@code locations_of_interest.json} ({@code label_values}; explanation entries are not data).
 * Each inference says which of these it came from in {@code source}.
 */
final class LocationsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader primary = parser -> primary(file, Json.readTree(parser));
        RootFields.Reader publicLocation = parser -> publicLocation(file, Json.readTree(parser));
        RootFields.Reader last = parser -> last(file, Json.readTree(parser));
        long[] position = {0};
        new RootFields()
                .on("primary_location_v2", primary)
                .on("primary_location", primary)
                .on("primary_public_location_v2", publicLocation)
                .on("primary_public_location", publicLocation)
                .on("last_location_v2", last)
                .on("last_location", last)
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    for (String place : entry.dataValues()) {
                        file.inference(InferenceKind.INFERRED_LOCATION, place,
                                Map.of("source", "locations of interest"), position[0]++);
                    }
                }))
                .read(file);
    }

    /** {"city_region_pairs":[[city, region]], "zipcode":[…]}; 2024+ files may hold the postcodes only. */
    private static void primary(ImportFile file, JsonNode location) {
        if (!location.isObject()) {
            file.problem("primary_location_v2 is not an object; skipped");
            return;
        }
        List<String> zipcodes = texts(location.get("zipcode"));
        String zip = zipcodes.isEmpty() ? null : String.join(", ", zipcodes);
        JsonNode pairs = location.get("city_region_pairs");
        long position = 0;
        if (pairs != null && pairs.isArray()) {
            for (JsonNode pair : pairs) {
                List<String> names = texts(pair);
                if (names.isEmpty()) {
                    file.problem("record " + position + ": a city and region pair without names; skipped");
                } else {
                    file.inference(InferenceKind.INFERRED_LOCATION, String.join(", ", names),
                            Attrs.of("zipcode", zip, "source", "primary location"), position);
                }
                position++;
            }
        }
        if (position == 0 && zip != null) {
            file.inference(InferenceKind.INFERRED_LOCATION, zip,
                    Attrs.of("zipcode", zip, "source", "primary location"), 0);
        }
    }

    /** {"city", "region", "country"}. */
    private static void publicLocation(ImportFile file, JsonNode location) {
        List<String> parts = new ArrayList<>();
        for (String field : List.of("city", "region", "country")) {
            String part = Json.text(location, field);
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        file.inference(InferenceKind.INFERRED_LOCATION, String.join(", ", parts),
                Map.of("source", "primary public location"), 0);
    }

    /** {"coordinate": {"latitude", "longitude"}, "time"}. */
    private static void last(ImportFile file, JsonNode location) {
        JsonNode coordinate = location.path("coordinate");
        JsonNode latitude = coordinate.get("latitude");
        JsonNode longitude = coordinate.get("longitude");
        if (latitude == null || !latitude.isNumber() || longitude == null || !longitude.isNumber()) {
            file.problem("record 0: the last location has no coordinates; skipped");
            return;
        }
        Moment time = RecordTimes.seconds(file, 0, location, "time");
        file.inference(InferenceKind.INFERRED_LOCATION, latitude.asText() + ", " + longitude.asText(),
                Attrs.of("time", RecordTimes.iso(time), "source", "last location"), 0);
    }

    /** The texts of a list (or a single text), mojibake repaired. */
    private static List<String> texts(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                String text = Json.text(element);
                if (text != null && !text.isBlank()) {
                    out.add(text);
                }
            }
        } else {
            String text = Json.text(node);
            if (text != null && !text.isBlank()) {
                out.add(text);
            }
        }
        return out;
    }
}
