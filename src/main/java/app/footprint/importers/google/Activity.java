package app.footprint.importers.google;

import app.footprint.importers.common.Moment;
import java.util.List;

/**
 * One My Activity record, whether it came from the JSON export or the default HTML one.
 *
 * @param header    the product as the record names it ("Search", "YouTube", "Discover"), or null
 * @param title     the first line ("Searched for …", "Watched …", "16 cards in your feed")
 * @param titleUrl  the link of the first line, as written (possibly a Google redirect)
 * @param time      when it happened, or null when the record gives no readable time
 * @param rawTime   the time as written, for messages
 * @param subtitles further lines: a YouTube channel, Discover's interest topics
 * @param details   notes such as "From Google Ads"
 * @param locations where Google placed the person for this record, and on what grounds
 * @param products  the products the record belongs to
 */
record Activity(String header, String title, String titleUrl, Moment time, String rawTime, List<Line> subtitles,
                List<String> details, List<Place> locations, List<String> products) {

    /** A line with an optional link. */
    record Line(String name, String url) {
    }

    /**
     * A {@code locationInfos} entry.
     *
     * @param source on what grounds Google placed the person there ("From your places (Home)")
     */
    record Place(String name, String url, String source) {
    }

    Activity {
        subtitles = List.copyOf(subtitles);
        details = List.copyOf(details);
        locations = List.copyOf(locations);
        products = List.copyOf(products);
    }
}
