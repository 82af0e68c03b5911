package app.footprint.importers.instagram;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import java.io.IOException;

/**
 * Streams a list of Meta map records (Instagram's {@code string_map_data} / {@code string_list_data}
 * records) one at a time, counting their labels for the export's language.
 */
final class MapRecords {
    @FunctionalInterface
    interface Handler {
        void record(long index, MetaMapRecord record) throws IOException;
    }

    private MapRecords() {
    }

    /** A reader for {@link RootFields} that hands over each record of the list. */
    static RootFields.Reader of(ImportFile file, Labels.Language language, Handler handler) {
        return Records.objects(file, (index, node) -> {
            MetaMapRecord record = MetaMapRecord.read(node);
            language.add(record);
            handler.record(index, record);
        });
    }

    /** The entry's time in epoch seconds; null for Meta's "no date" 0, reported when impossible. */
    static Moment time(ImportFile file, long position, MetaMapRecord.Entry entry) {
        return entry == null ? null : RecordTimes.seconds(file, position, entry.node(), "timestamp");
    }

    /** The time of the record: the field with that label, else its first timed entry. */
    static Moment time(ImportFile file, long position, MetaMapRecord record, Labels.Field field) {
        MetaMapRecord.Entry entry = Labels.find(record, field);
        if (entry == null || !entry.hasTime()) {
            entry = record.firstTimed();
        }
        return time(file, position, entry);
    }

    /** A record's text for a field: by its label, else the {@code n}-th value of the record (from 0). */
    static String value(MetaMapRecord record, Labels.Field field, int n) {
        String value = Labels.value(record, field);
        if (value != null) {
            return value;
        }
        var valued = record.valued();
        return n < valued.size() && Labels.fieldOf(valued.get(n).label()) == null ? valued.get(n).value() : null;
    }
}
