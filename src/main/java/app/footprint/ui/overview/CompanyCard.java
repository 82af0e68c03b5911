package app.footprint.ui.overview;

import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Service;
import app.footprint.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * One company on the Overview, in words ready to show.
 *
 * @param kinds     kinds of data with their counts, most first
 * @param headline  "245 conclusions stated · 12 sensitive · 133 advertisers have your data", or null when
 *                  the company states nothing and nothing sensitive was found
 * @param snapshots "3 snapshots", or null when there is only one
 */
public record CompanyCard(Service service, String name, String company, String items, List<KindCount> kinds,
                          String timeSpan, String headline, String snapshots) {
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
                headline(s), s.snapshots() > 1 ? Formats.count(s.snapshots(), "snapshot", "snapshots") : null);
    }

    /** What the company concluded about the person, counted: stated conclusions, sensitive ones, advertisers. */
    static String headline(CompanySummary s) {
        List<String> parts = new ArrayList<>();
        if (s.statedInferences() > 0) {
            parts.add(Formats.count(s.statedInferences(), "conclusion stated", "conclusions stated"));
        }
        if (s.sensitiveInferences() > 0) {
            parts.add(parts.isEmpty()
                    ? Formats.count(s.sensitiveInferences(), "sensitive conclusion", "sensitive conclusions")
                    : Formats.count(s.sensitiveInferences()) + " sensitive");
        }
        if (s.advertisers() > 0) {
            parts.add(Formats.count(s.advertisers(), "advertiser has your data", "advertisers have your data"));
        }
        return parts.isEmpty() ? null : String.join(" · ", parts);
    }
}
