package app.footprint.model;

/**
 * A raw location point as the analysis reads it.
 *
 * @param trackId the stored track holding it, which evidence refers to
 */
public record AnalysedPoint(Service service, long trackId, LocationPoint point) {
}
