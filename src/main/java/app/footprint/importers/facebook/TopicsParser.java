package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/** {@code your_topics.json}: the topics Facebook inferred from what the person looks at (2023). */
final class TopicsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader topics = Records.texts(file,
                (index, text) -> file.inference(InferenceKind.TOPIC, text, Map.of(), index));
        new RootFields().on("inferred_topics_v2", topics).on("inferred_topics", topics).read(file);
    }
}
