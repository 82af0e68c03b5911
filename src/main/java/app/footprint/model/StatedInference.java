package app.footprint.model;

import java.util.Map;
import java.util.Objects;

/**
 * A conclusion the company itself states about a person in its export: an ad interest, an audience
 * segment, an advertiser that holds the person's data...
 *
 * @param value      the conclusion as the company wrote it (mojibake repaired)
 * @param attributes details such as flags or counts, named as the export names them
 */
public record StatedInference(InferenceKind kind, String value, Map<String, String> attributes, SourceRef source) {
    public StatedInference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
        attributes = Attributes.copyOf(attributes);
    }
}
