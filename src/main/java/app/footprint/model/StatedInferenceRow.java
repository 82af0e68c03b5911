package app.footprint.model;

import java.util.Map;

/**
 * A stated inference as a screen lists it: repeats of the same value in the export are folded into one
 * row and counted.
 *
 * @param occurrences how often the export lists this value (Facebook repeats some interests)
 * @param source      where the first occurrence was found
 */
public record StatedInferenceRow(InferenceKind kind, String value, Map<String, String> attributes,
                                 int occurrences, SourceRef source) {
}
