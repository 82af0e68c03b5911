package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where Instagram places the person: {@code profile_based_in.json} (2022–23 {@code account_based_in.json},
 * {@code inferred_data_primary_location}: the city it files the profile under),
 * {@code locations_of_interest.json} ({@code label_values}; the "Usage explanation" entry beside the list
 * is not data) and {@code last_known_location.json} (the imprecise coordinates it keeps). Each inference
 * says which of these it came from in {@code source}.
 */
final class LocationsParser implements FileParser {
    static final String PROFILE_BASED_IN = "profile based in";
    static final String LOCATIONS_OF_INTEREST = "locations of interest";
    static final String LAST_KNOWN_LOCATION = "last known location";

    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("inferred_data_primary_location", MapRecords.of(file, language, (index, record) -> {
                    String city = Labels.value(record, Labels.Field.CITY);
                    if (city == null) {
                        city = record.firstValue();
                    }
                    if (city == null) {
                        file.problem("record " + index + ": no city; skipped");
                        return;
                    }
                    file.inference(InferenceKind.INFERRED_LOCATION, city, Map.of("source", PROFILE_BASED_IN), index);
                }))
                .on("account_history_imprecise_last_known_location",
                        MapRecords.of(file, language, (index, record) -> lastKnown(file, index, record)))
                .on("label_values", parser -> {
                    // Collected first: an explanation entry is told apart by the lists beside it.
                    List<MetaLabelValues.Entry> entries = new ArrayList<>();
                    MetaLabelValues.forEach(parser, (index, entry) -> {
                        if (entry == null) {
                            file.problem("entry " + index + ": not a labelled value; skipped");
                        } else {
                            entries.add(entry);
                        }
                    });
                    locationsOfInterest(file, entries);
                })
                .read(file);
        language.tell(file);
    }

    /**
     * The values of the {@code vec} lists; a single value next to lists is Instagram explaining the list
     * ("Usage explanation"), not a place. Without any list, every value that does not read like prose counts.
     */
    private static void locationsOfInterest(ImportFile file, List<MetaLabelValues.Entry> entries) {
        boolean lists = entries.stream().anyMatch(e -> e.shape() != MetaLabelValues.Shape.VALUE);
        long position = 0;
        for (MetaLabelValues.Entry entry : entries) {
            if (lists && entry.shape() == MetaLabelValues.Shape.VALUE) {
                continue;
            }
            for (String place : entry.dataValues()) {
                file.inference(InferenceKind.INFERRED_LOCATION, place, Map.of("source", LOCATIONS_OF_INTEREST),
                        position++);
            }
        }
    }

    /** Imprecise latitude and longitude (by label, else the first two values), with the precise ones if given. */
    private static void lastKnown(ImportFile file, long index, MetaMapRecord record) {
        List<MetaMapRecord.Entry> valued = record.valued();
        String latitude = Labels.value(record, Labels.Field.IMPRECISE_LATITUDE);
        String longitude = Labels.value(record, Labels.Field.IMPRECISE_LONGITUDE);
        if (latitude == null && longitude == null && valued.size() >= 2) {
            latitude = valued.get(0).value();
            longitude = valued.get(1).value();
        }
        if (latitude == null || longitude == null) {
            file.problem("record " + index + ": the last known location has no coordinates; skipped");
            return;
        }
        MetaMapRecord.Entry uploaded = Labels.find(record, Labels.Field.GPS_TIME);
        String when = uploaded == null ? null
                : uploaded.hasTime() ? RecordTimes.iso(MapRecords.time(file, index, uploaded)) : uploaded.value();
        file.inference(InferenceKind.INFERRED_LOCATION, latitude + ", " + longitude, Attrs.of(
                "source", LAST_KNOWN_LOCATION,
                "precise", joined(Labels.value(record, Labels.Field.PRECISE_LATITUDE),
                        Labels.value(record, Labels.Field.PRECISE_LONGITUDE)),
                "uploaded", when), index);
    }

    private static String joined(String latitude, String longitude) {
        return latitude == null || longitude == null ? null : latitude + ", " + longitude;
    }
}
