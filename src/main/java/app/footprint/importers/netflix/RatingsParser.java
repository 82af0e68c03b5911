package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvCells;
import app.footprint.importers.common.CsvItems;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * {@code CONTENT_INTERACTION/Ratings.csv}: thumbs (and, long ago, stars) a profile gave. Each rating is
 * something the person did (a "Likes" item at its time) and a taste Netflix records about them (a stated
 * taste, so that it is listed with the onboarding preferences). Thumbs Value 1 is down, 2 up, 3 two up.
 */
final class RatingsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String title = row.first("Title Name", "Title");
            if (title == null) {
                file.problem("record " + index + ": a rating without a title, left out");
                return;
            }
            String rating = rating(row.get("Rating Type"), row.get("Thumbs Value"), row.get("Star Value"));
            Map<String, String> attributes = CsvCells.of(row);
            attributes.put("rating", rating);
            file.item(Category.LIKES, CsvItems.time(file, index, row, List.of("Event Utc Ts"), NetflixTimes::read),
                    title, null, attributes, index);
            file.inference(InferenceKind.TASTE, title, Attrs.of("rating", rating,
                    "Profile Name", row.get("Profile Name"), "Event Utc Ts", row.get("Event Utc Ts")), index);
        });
    }

    static String rating(String type, String thumbs, String stars) {
        if (thumbs != null && (type == null || type.equalsIgnoreCase("thumb"))) {
            return switch (thumbs) {
                case "1" -> "thumbs down";
                case "2" -> "thumbs up";
                case "3" -> "two thumbs up";
                case "0" -> "thumbs removed";
                default -> "thumbs " + thumbs;
            };
        }
        if (stars != null) {
            return stars.equals("1") ? "1 star" : stars + " stars";
        }
        return null;
    }
}
