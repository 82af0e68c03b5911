package app.footprint.model;

import java.time.Instant;
import java.util.List;

/**
 * What one company holds about the person, from its latest export(s): one card of the Overview.
 *
 * @param categories        kinds of data, most items first
 * @param statedInferences  distinct conclusions the company states in its export
 * @param derivedInferences conclusions Footprint drew from the company's raw data
 * @param sensitiveInferences stated and derived conclusions that touch a sensitive category
 * @param advertisers       advertisers the export says hold the person's data
 * @param firstItem         the oldest dated record the company kept
 * @param snapshots         how many exports of one kind this company gave over time (the most of any kind)
 * @param currentExports    the exports the summary is built from (the latest of each kind)
 */
public record CompanySummary(Service service, long items, List<CategoryStats> categories, long statedInferences,
                             long derivedInferences, long sensitiveInferences, long advertisers, Instant firstItem, Instant lastItem, int snapshots,
                             List<Export> currentExports) {
    public CompanySummary {
        categories = List.copyOf(categories);
        currentExports = List.copyOf(currentExports);
    }

    public String name() {
        return service.displayName();
    }
}
