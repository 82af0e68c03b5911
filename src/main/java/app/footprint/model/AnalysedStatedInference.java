package app.footprint.model;

/**
 * A stated inference as the analysis reads it: with its row id, which evidence refers to, and its company.
 */
public record AnalysedStatedInference(long id, Service service, StatedInference inference) {
}
