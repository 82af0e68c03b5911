package app.footprint.model;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the analysis reads: the companies' current exports (the latest of each kind). The store
 * implements it; tests hand rules data of their own.
 */
public interface ProfileData {
    /** The companies with at least one export. */
    Set<Service> services();

    /** Streams the items of these kinds: company by company, kind by kind, each oldest first (undated ones last). */
    void items(Set<Category> categories, Consumer<AnalysedItem> visitor);

    /** Streams every raw location point, track by track. */
    void locationPoints(Consumer<AnalysedPoint> visitor);

    /** Every stated inference, in the order the exports list them. */
    List<AnalysedStatedInference> statedInferences();
}
