package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaLabelValues;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/**
 * What Instagram concludes interests the person: {@code ads_interests.json} (2022–23,
 * {@code inferred_data_ig_interest}: ad interests) and the topics files, {@code your_topics.json} /
 * {@code recommended_topics.json} ({@code topics_your_topics}) with {@code your_reels_topics.json} and
 * {@code your_reels_sentiments.json}. Each record holds one labelled value ("Interest", "Name", localised);
 * the value is taken whatever its label. Repeats are kept; the store folds them for display.
 */
final class InterestsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        long[] position = {0};
        new RootFields()
                .on("inferred_data_ig_interest", list(file, language, InferenceKind.AD_INTEREST, null))
                .on("topics_your_topics", list(file, language, InferenceKind.TOPIC, null))
                .on("topics_your_reels_topics", list(file, language, InferenceKind.TOPIC, "reels topics"))
                .on("topics_your_reels_sentiments", list(file, language, InferenceKind.TOPIC, "reels sentiments"))
                .on("label_values", parser -> MetaLabelValues.forEach(parser, (index, entry) -> {
                    if (entry == null) {
                        file.problem("entry " + index + ": not a labelled value; skipped");
                        return;
                    }
                    for (String value : entry.dataValues()) {
                        file.inference(InferenceKind.TOPIC, value, Map.of(), position[0]++);
                    }
                }))
                .read(file);
        language.tell(file);
    }

    private static RootFields.Reader list(ImportFile file, Labels.Language language, InferenceKind kind,
                                          String listName) {
        return MapRecords.of(file, language, (index, record) -> {
            String value = valueOf(record);
            if (value == null) {
                file.problem("record " + index + ": no value; skipped");
                return;
            }
            file.inference(kind, value, Attrs.of("list", listName), index);
        });
    }

    /** The interest or topic: the labelled value, else the only value the record holds, else its title. */
    private static String valueOf(MetaMapRecord record) {
        String value = Labels.value(record, Labels.Field.INTEREST);
        if (value == null) {
            value = Labels.value(record, Labels.Field.NAME);
        }
        if (value == null) {
            value = record.firstValue();
        }
        return value != null ? value : record.title();
    }
}
