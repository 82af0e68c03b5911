package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.importers.common.CsvItems;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code CONTENT_INTERACTION/ViewingActivity.csv}: every play on every profile, with its start (UTC), how
 * long it ran, the device, the country and whether Netflix started it by itself ("Autoplayed: user action:
 * None;").
 *
 * <p>Rows with a "Supplemental Video Type" (HOOK, TRAILER, TEASER_TRAILER, RECAP...) are previews Netflix
 * played at the person, mostly while they browsed: they are not something the person chose to watch. So
 * that the "Viewing history" count stays the number of things actually watched, those rows become
 * "Activity in the apps" items titled "Preview: …", keeping every column (the type, the autoplay flag)
 * as evidence of what Netflix pushed. Real plays are "Viewing history" items with the show, season and
 * episode taken from the localised title.
 */
final class ViewingActivityParser implements FileParser {
    static final String PREVIEW_PREFIX = "Preview: ";

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String title = row.get("Title");
            if (title == null) {
                file.problem("record " + index + ": a play without a title, left out");
                return;
            }
            Moment when = CsvItems.time(file, index, row, List.of("Start Time"), NetflixTimes::read);
            Map<String, String> attributes = CsvCells.of(row);
            String details = row.get("Attributes");
            if (details != null && details.toLowerCase(Locale.ROOT).contains("autoplayed")) {
                attributes.put("autoplayed", "yes");
            }
            Long seconds = seconds(row.get("Duration"));
            if (seconds != null) {
                attributes.put("duration_seconds", Long.toString(seconds));
            }
            NetflixTitle parts = NetflixTitle.parse(title);
            attributes.put("show", parts.show());
            attributes.put("season", parts.season());
            attributes.put("episode", parts.episode());
            attributes.put("episode_number", parts.episodeNumber());
            if (row.get("Supplemental Video Type") != null) {
                file.item(Category.ACTIVITY, when, PREVIEW_PREFIX + title, null, attributes, index);
            } else {
                file.item(Category.WATCHING, when, title, null, attributes, index);
            }
        });
    }

    /** "01:02:03" (or "2:03") as seconds; null for anything else. */
    static Long seconds(String duration) {
        if (duration == null || !duration.matches("\\d{1,3}(?::\\d{1,2}){1,2}")) {
            return null;
        }
        long total = 0;
        for (String part : duration.split(":")) {
            total = total * 60 + Long.parseLong(part);
        }
        return total;
    }
}
