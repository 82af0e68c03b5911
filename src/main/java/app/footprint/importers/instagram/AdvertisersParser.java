package app.footprint.importers.instagram;

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

/**
 * {@code advertisers_using_your_activity_or_information.json}: the advertisers that hold the person in a
 * custom audience ({@code ig_custom_audiences_all_types}), each with three flags: a customer list holding
 * her was uploaded, she is retargeted after a visit, a visit to a store was matched to her. The generic
 * {@code label_values} shape of Meta's newer files is read too, keeping its label as {@code list}.
 */
final class AdvertisersParser implements FileParser {
    static final String DATA_FILE = "has_data_file_custom_audience";
    static final String REMARKETING = "has_remarketing_custom_audience";
    static final String STORE_VISIT = "has_in_person_store_visit";

    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader audiences = Records.objects(file, (index, record) -> {
            String name = Json.text(record, "advertiser_name");
            if (name == null || name.isBlank()) {
                file.problem("record " + index + ": no advertiser_name; skipped");
                return;
            }
            file.inference(InferenceKind.ADVERTISER, name, Attrs.of(
                    DATA_FILE, flag(record, DATA_FILE),
                    REMARKETING, flag(record, REMARKETING),
                    STORE_VISIT, flag(record, STORE_VISIT)), index);
        });
        long[] position = {0};
        new RootFields()
                .on("ig_custom_audiences_all_types", audiences)
                .on("ig_custom_audiences", audiences)
                .on("custom_audiences_all_types_v2", audiences)
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

    /** A flag as "true" / "false", written as JSON true/false, a number or (localised) text; else null. */
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
