package app.footprint.importers.google;

import app.footprint.importers.FileParser;
import java.util.function.Supplier;

/**
 * The kinds of file Footprint reads from Google's exports, each with its parser. Which file is which is
 * decided by {@link TakeoutPaths} from the localised folder and file names.
 */
enum TakeoutFile {
    ARCHIVE_BROWSER(true, ArchiveBrowserParser::new),
    MY_ACTIVITY_JSON(true, () -> new ActivityJsonParser(null)),
    MY_ACTIVITY_HTML(true, () -> new ActivityHtmlParser(null)),
    WATCH_HISTORY_JSON(true, () -> new ActivityJsonParser(ActivityRecorder.Forced.WATCHING)),
    WATCH_HISTORY_HTML(true, () -> new ActivityHtmlParser(ActivityRecorder.Forced.WATCHING)),
    SEARCH_HISTORY_JSON(true, () -> new ActivityJsonParser(ActivityRecorder.Forced.SEARCHES)),
    SEARCH_HISTORY_HTML(true, () -> new ActivityHtmlParser(ActivityRecorder.Forced.SEARCHES)),
    YOUTUBE_SUBSCRIPTIONS(true, YouTubeSubscriptionsParser::new),
    YOUTUBE_COMMENTS(true, YouTubeCommentsParser::new),
    /** Records.json (2019+) and its older name Location History.json. */
    LOCATION_RECORDS(true, LocationRecordsParser::new),
    SEMANTIC_LOCATIONS(true, SemanticLocationParser::new),
    /** The on-device export (2024+): Android Timeline.json or iOS location-history.json, names localised. */
    ON_DEVICE_TIMELINE(true, OnDeviceTimelineParser::new),
    CHROME_HISTORY(false, ChromeHistoryParser::new),
    PLAY_STORE(false, PlayStoreParser::new),
    PROFILE(false, ProfileParser::new),
    CONTACTS(false, ContactsParser::new);

    /** True when the file alone points to Google; Chrome/History.json or a .vcf could come from anywhere. */
    final boolean distinctive;
    private final Supplier<FileParser> parser;

    TakeoutFile(boolean distinctive, Supplier<FileParser> parser) {
        this.distinctive = distinctive;
        this.parser = parser;
    }

    FileParser parser() {
        return parser.get();
    }
}
