package app.footprint.model;

import java.time.Instant;
import java.util.Objects;

/**
 * One raw location record (Google's Records.json holds millions): where the device was, when, how
 * precisely. Points are stored as compact tracks rather than as items, but count as location records.
 *
 * @param at             when, or null when the export gives no usable time
 * @param latitudeE7     latitude in degrees × 10^7
 * @param longitudeE7    longitude in degrees × 10^7
 * @param accuracyMeters the radius of uncertainty, or -1 when not given
 * @param method         how the device located itself ("WIFI", "GPS"...), or null
 * @param activity       what the company guessed the person was doing ("ON_FOOT 80%"), or null
 */
public record LocationPoint(Instant at, int latitudeE7, int longitudeE7, int accuracyMeters, String method,
                            String activity, SourceRef source) {
    public LocationPoint {
        Objects.requireNonNull(source, "source");
    }

    public double latitude() {
        return latitudeE7 / 1e7;
    }

    public double longitude() {
        return longitudeE7 / 1e7;
    }
}
