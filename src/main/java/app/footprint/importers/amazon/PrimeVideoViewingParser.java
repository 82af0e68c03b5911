package app.footprint.importers.amazon;

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
import java.util.Set;

/**
 * Prime Video's viewing history: {@code Digital.PrimeVideo.Viewinghistory.csv} (one row per title and hour
 * watched, "Playback Hour" as {@code 12/14/2016 19:00:00}, city, ISP, device) or, in the newer layout,
 * {@code Your Prime Video Viewing Activity/Viewing History.csv} with "Playback Start Datetime (UTC)" and a
 * "Material Type Description" (Full, Live, Trailer, Promo). As with Netflix, trailers and promos are what
 * the service played at the person, not what they watched: they become activity items titled
 * "Preview: …", so that the viewing-history count is what was watched.
 */
final class PrimeVideoViewingParser implements FileParser {
    static final String PREVIEW_PREFIX = "Preview: ";
    private static final String UTC_COLUMN = "Playback Start Datetime (UTC)";
    private static final List<String> LOCAL_COLUMNS = List.of("Playback Hour", "Playback Start Datetime");
    private static final Set<String> PREVIEWS = Set.of("trailer", "promo", "preview", "teaser");

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String title = row.first("Title", "Title Name");
            if (title == null) {
                file.problem("record " + index + ": a play without a title, left out");
                return;
            }
            String type = row.first("Material Type Description", "Video Type");
            boolean preview = type != null && PREVIEWS.contains(type.strip().toLowerCase(Locale.ROOT));
            Moment when = row.get(UTC_COLUMN) != null
                    ? CsvItems.time(file, index, row, List.of(UTC_COLUMN), AmazonDates::parseUtc,
                            AmazonDates::isPlaceholder)
                    : CsvItems.time(file, index, row, LOCAL_COLUMNS, AmazonDates::parse, AmazonDates::isPlaceholder);
            if (preview) {
                file.item(Category.ACTIVITY, when, PREVIEW_PREFIX + title, null, CsvCells.of(row), index);
            } else {
                file.item(Category.WATCHING, when, title, null, CsvCells.of(row), index);
            }
        });
    }
}
