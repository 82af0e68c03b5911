package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/**
 * {@code other_categories_used_to_reach_you.json}: the behaviour and demographic categories advertisers
 * could pick the person by. 2023 writes {@code {"bcts":[…]}}, 2024+ the generic {@code label_values} with a
 * {@code vec} of values.
 */
final class AudienceCategoriesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        long[] position = {0};
        new RootFields()
                .on("bcts", Records.texts(file,
                        (index, text) -> file.inference(InferenceKind.AUDIENCE_CATEGORY, text, Map.of(), index)))
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    for (String value : entry.dataValues()) {
                        file.inference(InferenceKind.AUDIENCE_CATEGORY, value, Map.of(), position[0]++);
                    }
                }))
                .read(file);
    }
}
