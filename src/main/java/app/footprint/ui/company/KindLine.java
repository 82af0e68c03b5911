package app.footprint.ui.company;

import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.ui.common.Formats;

/**
 * A kind of data the company holds, in words ready to show.
 *
 * @param items how many records (as a number, for the item browser)
 * @param count the same, formatted
 * @param span  "Mar 2011 – Mar 2024"
 */
public record KindLine(Category category, String kind, long items, String count, String span) {

    static KindLine of(CategoryStats stats) {
        return new KindLine(stats.category(), stats.category().label(), stats.items(), Formats.count(stats.items()),
                Formats.span(stats.first(), stats.last()));
    }

    /** "Messages (6,012)", as the kind chooser lists it. */
    @Override
    public String toString() {
        return kind + " (" + count + ")";
    }
}
