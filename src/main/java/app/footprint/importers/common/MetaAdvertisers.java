package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Meta's lists of the advertisers that hold the person's data, in Facebook's and Instagram's exports
 * alike. Each advertiser becomes a stated inference; the three custom-audience flags say how it holds her:
 * it uploaded a customer list with her on it, it retargets her after a visit, it matched her to a visit
 * to one of its stores.
 */
public final class MetaAdvertisers {
    public static final String DATA_FILE = "has_data_file_custom_audience";
    public static final String REMARKETING = "has_remarketing_custom_audience";
    public static final String STORE_VISIT = "has_in_person_store_visit";

    private MetaAdvertisers() {
    }

    /** Records of {@code advertiser_name} with the three flags (2023 and Instagram's files). */
    public static RootFields.Reader customAudiences(ImportFile file) {
        return Records.objects(file, (index, record) -> {
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
    }

    /** Names only, of advertisers that uploaded a list holding the person (Facebook's older file). */
    public static RootFields.Reader uploadedLists(ImportFile file) {
        return Records.texts(file, (index, name) ->
                file.inference(InferenceKind.ADVERTISER, name, Map.of(DATA_FILE, "true"), index));
    }

    /** The generic {@code label_values} shape of the newer files; each list's label is kept as {@code list}. */
    public static RootFields.Reader labelledLists(ImportFile file) {
        long[] position = {0};
        return parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
            if (entry == null) {
                file.problem("entry " + index + ": not a labelled value; skipped");
                return;
            }
            for (String name : entry.dataValues()) {
                file.inference(InferenceKind.ADVERTISER, name, Attrs.of("list", entry.label()), position[0]++);
            }
        });
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
