package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Most Recent Location Data" › {@code LocationData{Date, GpsData, LastRegion}}: the last position
 * TikTok recorded (a location item) and the region it places the person in (an inferred location).
 * Both are "N/A" in the real sample; their value format is not documented.
 */
final class LocationDataReader implements SectionReader {
    @Override
    public void record(FileRecords out, String field, String key, JsonNode record) {
        if (!record.isObject()) {
            return;
        }
        String gps = LooseFields.text(record, "GpsData", "GPS Data", "Gps");
        String region = LooseFields.text(record, "LastRegion", "Last Region", "Region");
        String dateField = LooseFields.nameOf(record, "Date");
        Moment when = dateField == null ? null : out.time(record, dateField);
        if (gps != null) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("region", region);
            out.item(Category.LOCATIONS, when, gps, null, attributes);
        }
        if (region != null) {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("source", "most recent location data");
            attributes.put("date", RecordTimes.iso(when));
            out.inference(InferenceKind.INFERRED_LOCATION, region, attributes);
        }
    }
}
