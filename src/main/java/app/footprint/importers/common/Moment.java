package app.footprint.importers.common;

import java.time.Instant;

/**
 * A point in time read from an export.
 *
 * @param zoneAssumed true when the export gave a local time without a zone and UTC was assumed
 */
public record Moment(Instant instant, boolean zoneAssumed) {
    public static Moment utc(Instant instant) {
        return new Moment(instant, false);
    }

    public static Moment assumedUtc(Instant instant) {
        return new Moment(instant, true);
    }
}
