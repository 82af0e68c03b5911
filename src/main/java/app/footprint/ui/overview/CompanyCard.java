package app.footprint.ui.overview;

import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Service;
import app.footprint.ui.common.Formats;
import java.util.List;

/**
 * One company on the Overview, in words ready to show.
 *
 * @param kinds     kinds of data with their counts, most first
 * @param stated    "states 245 things about you", or null when the company states nothing
 * @param snapshots "3 snapshots", or null when there is only one
 */
public record CompanyCard(Service service, String name, String company, String items, List<KindCount> kinds,
                          String timeSpan, String stated, String snapshots) {
    public CompanyCard {
        kinds = List.copyOf(kinds);
    }

    /** A kind of data and how many records of it the company holds. */
    public record KindCount(String kind, String count) {
    }

    static CompanyCard of(CompanySummary s) {
        List<KindCount> kinds = s.categories().stream()
                .map((CategoryStats c) -> new KindCount(c.category().label(), Formats.count(c.items())))
                .toList();
        return new CompanyCard(s.service(), s.name(), s.service().company(),
                Formats.count(s.items(), "item", "items"), kinds, Formats.span(s.firstItem(), s.lastItem()),
                s.statedInferences() > 0
                        ? "states " + Formats.count(s.statedInferences(), "thing", "things") + " about you" : null,
                s.snapshots() > 1 ? Formats.count(s.snapshots(), "snapshot", "snapshots") : null);
    }
}
