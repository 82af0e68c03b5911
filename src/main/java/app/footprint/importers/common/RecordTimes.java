package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads epoch times of export records (Meta, TikTok, X...): seconds or milliseconds, numbers sometimes
 * written as text, 0 as Meta's "no date". A time that is present but impossible (pseudonymised samples hold values
 * such as 1665849123456789) is reported on the file and the record is kept without a time.
 */
public final class RecordTimes {
    private RecordTimes() {
    }

    public static Moment seconds(ImportFile file, long position, JsonNode record, String field) {
        return read(file, position, record, field, false);
    }

    public static Moment millis(ImportFile file, long position, JsonNode record, String field) {
        return read(file, position, record, field, true);
    }

    private static Moment read(ImportFile file, long position, JsonNode record, String field, boolean millis) {
        JsonNode raw = record == null ? null : record.get(field);
        if (raw == null || raw.isNull()) {
            return null;
        }
        Long value = Json.number(record, field);
        if (value == null) {
            file.problem("record " + position + ": \"" + field + "\" is not a time; kept without a time");
            return null;
        }
        if (value == 0) {
            return null; // Meta's placeholder for "no date"
        }
        Moment moment = millis ? Timestamps.epochMillis(value) : Timestamps.epochSeconds(value);
        if (moment == null) {
            file.problem("record " + position + ": impossible time " + value + " in \"" + field
                    + "\"; kept without a time");
        }
        return moment;
    }

    /** The time as ISO-8601 text for an attribute, or null. */
    public static String iso(Moment moment) {
        return moment == null ? null : moment.instant().toString();
    }
}
