package app.footprint.model;

import java.time.Instant;

/** How many items of one kind a company holds, and over which span of time. */
public record CategoryStats(Category category, long items, Instant first, Instant last) {
}
