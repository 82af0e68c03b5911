package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.Map;

/**
 * {@code ads_interests.json}: the interests Facebook targets ads at ({@code topics_v2}). Repeats are kept
 * as separate inferences; the store folds them for display and the raw count stays visible.
 */
final class AdInterestsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader interests = Records.texts(file,
                (index, text) -> file.inference(InferenceKind.AD_INTEREST, text, Map.of(), index));
        new RootFields().on("topics_v2", interests).on("topics", interests).read(file);
    }
}
