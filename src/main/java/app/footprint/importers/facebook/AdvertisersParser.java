package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.MetaLanguage;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * The advertisers that hold the person's data: {@code advertisers_using_your_activity_or_information.json}
 * (2023 {@code custom_audiences_all_types_v2} with three flags per advertiser; 2024+ {@code label_values}
 * lists, whose label is kept as {@code list}) and the older
 * {@code advertisers_who_uploaded_a_contact_list_with_your_information.json} ({@code custom_audiences_v2},
 * names only: each of them uploaded a list with the person on it).
 */
final class AdvertisersParser implements FileParser {
    static final String DATA_FILE = "has_data_file_custom_audience";
    static final String REMARKETING = "has_remarketing_custom_audience";
    static final String STORE_VISIT = "has_in_person_store_visit";

    @Override
    public void parse(ImportFile file) throws IOException {
        long[] position = {0};
        RootFields.Reader allTypes = Records.objects(file, (index, record) -> {
            String name = Json.text(record, "advertiser_name");
            if (name == null) {
                file.problem("record " + index + ": no advertiser_name; skipped");
                return;
            }
            file.inference(InferenceKind.ADVERTISER, name, Attrs.of(
                    DATA_FILE, flag(record, DATA_FILE),
                    REMARKETING, flag(record, REMARKETING),
                    STORE_VISIT, flag(record, STORE_VISIT)), index);
        });
        RootFields.Reader uploadedLists = Records.texts(file, (index, name) ->
                file.inference(InferenceKind.ADVERTISER, name, Map.of(DATA_FILE, "true"), index));
        new RootFields()
                .on("custom_audiences_all_types_v2", allTypes)
                .on("custom_audiences_all_types", allTypes)
                .on("custom_audiences_v2", uploadedLists)
                .on("custom_audiences", uploadedLists)
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    for (String name : entry.dataValues()) {
                        file.inference(InferenceKind.ADVERTISER, name, Attrs.of("list", entry.label()), position[0]++);
                    }
                }))
                .read(file);
    }

    /** A flag as "true" / "false", whether written as JSON true/false or as (localised) text; else null. */
    private static String flag(JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue());
        }
        if (value.isNumber()) {
            return Boolean.toString(value.asLong() != 0);
        }
        return MetaLanguage.bool(Json.text(value)).map(String::valueOf).orElse(null);
    }
}
