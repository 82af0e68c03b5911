package app.footprint.ui.company;

import java.util.List;

/**
 * One stated inference, in words ready to show.
 *
 * @param repeats "listed 2×" when the export lists the value more than once, else null
 * @param badges  short flags such as "retargeting" or "third-party"
 * @param details the remaining facts, e.g. "19 events · purchase 17, page view 2"; "" when none
 */
public record InferenceLine(String value, String repeats, List<String> badges, String details) {
    public InferenceLine {
        badges = List.copyOf(badges);
    }

    /** True when the line is just its value, so that it fits in a chip. */
    public boolean plain() {
        return badges.isEmpty() && details.isEmpty();
    }
}
