package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/**
 * {@code other_categories_used_to_reach_you.json}: the behaviour and demographic categories advertisers can
 * pick the person by, a {@code label_values} list ({@code vec}) in 2024–25; the older {@code bcts} list of
 * texts is read as well.
 */
final class AudienceCategoriesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        long[] position = {0};
        new RootFields()
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    for (String category : entry.dataValues()) {
                        file.inference(InferenceKind.AUDIENCE_CATEGORY, category, Map.of(), position[0]++);
                    }
                }))
                .on("bcts", Records.texts(file,
                        (index, text) -> file.inference(InferenceKind.AUDIENCE_CATEGORY, text, Map.of(), index)))
                .read(file);
    }
}
