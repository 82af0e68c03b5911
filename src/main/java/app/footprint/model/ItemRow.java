package app.footprint.model;

import java.time.Instant;
import java.util.Map;

/** One item as the item browser shows it, with the file it came from. */
public record ItemRow(long id, Category category, Instant at, boolean zoneAssumed, String title, String detail,
                      Map<String, String> attributes, SourceRef source) {
}
