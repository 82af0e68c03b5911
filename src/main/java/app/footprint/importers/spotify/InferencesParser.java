package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.model.InferenceKind;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * {@code Inferences.json} {@code {"inferences": [...]}}: the ad segments Spotify files the person under,
 * its own and those bought from data brokers. A bare list of strings is read the same way.
 */
final class InferencesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() == JsonToken.START_ARRAY) {
                readSegments(p, file);
            } else if (p.currentToken() == JsonToken.START_OBJECT) {
                Json.forEachField(p, (name, value) -> {
                    if (name.equals("inferences") && value.currentToken() == JsonToken.START_ARRAY) {
                        readSegments(value, file);
                    }
                });
            } else {
                throw new FormatException("expected the list of inferences but found "
                        + Json.describe(p.currentToken()));
            }
        }
    }

    private static void readSegments(JsonParser p, ImportFile file) throws IOException {
        Json.forEachElement(p, (index, element) -> {
            if (element.currentToken() != JsonToken.VALUE_STRING) {
                file.problem("record " + index + ": not a segment name but "
                        + Json.describe(element.currentToken()) + ", left out");
                return;
            }
            // Spotify writes plain UTF-8 (no Meta-style mojibake): the raw string stays exact.
            AdSegment segment = AdSegment.parse(element.getText());
            file.inference(InferenceKind.AD_SEGMENT, segment.value(), segment.attributes(), index);
        });
    }
}
