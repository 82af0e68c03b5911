package app.footprint.importers.netflix;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.CsvItems;
import app.footprint.model.Category;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The files of Netflix's exports that Footprint reads, known by their folder and name in whatever wrapper
 * folder they sit, and the parser for each. The full report ("netflix-report") has upper-case folders
 * per subject; the viewing-history download is a single {@code NetflixViewingHistory.csv}.
 */
enum NetflixFile {
    ACCOUNT_DETAILS("ACCOUNT/AccountDetails\\.csv", AccountDetailsParser::new),
    SUBSCRIPTION_HISTORY("ACCOUNT/SubscriptionHistory\\.csv", () -> CsvItems.of(Category.PAYMENTS)
            .titled(row -> "Subscription"
                    + suffix(row.first("Plan", "Plan Name", "Plan Description", "Subscription Type")))
            .time(NetflixTimes::read, "Subscription Opened Ts", "Subscription Start Date", "Subscription Closed Ts")),
    VIEWING_ACTIVITY("CONTENT_INTERACTION/ViewingActivity\\.csv", ViewingActivityParser::new),
    INDICATED_PREFERENCES("CONTENT_INTERACTION/IndicatedPreferences\\.csv", IndicatedPreferencesParser::new),
    RATINGS("CONTENT_INTERACTION/Ratings\\.csv", RatingsParser::new),
    SEARCH_HISTORY("CONTENT_INTERACTION/SearchHistory\\.csv", () -> CsvItems.of(Category.SEARCHES)
            .title("Query Typed", "Displayed Name")
            .time(NetflixTimes::read, "Utc Timestamp")),
    MY_LIST("CONTENT_INTERACTION/MyList\\.csv", () -> CsvItems.of(Category.LIBRARY)
            .title("Title Name")
            .time(NetflixTimes::read, "Utc Title Add Date")),
    PLAYBACK_EVENTS("CONTENT_INTERACTION/PlaybackRelatedEvents\\.csv", PlaybackEventsParser::new),
    CLICKSTREAM("CLICKSTREAM/Clickstream\\.csv", () -> CsvItems.of(Category.ACTIVITY)
            .titled(row -> prefixed("Navigation: ", row.first("Navigation Level", "Webpage Url", "Source")))
            .time(NetflixTimes::read, "Click Utc Ts")),
    PROFILES("PROFILES/Profiles\\.csv", ProfilesParser::new),
    DEVICES("DEVICES/Devices\\.csv", () -> CsvItems.of(Category.DEVICES)
            .title("Device Type", "Device Description", "Esn")
            .time(NetflixTimes::read, "Acct First Playback Date", "Profile First Playback Date")),
    IP_LOGINS("IP_ADDRESSES/IpAddressesLogin\\.csv", () -> CsvItems.of(Category.LOGINS)
            .titled(row -> prefixed("Login from ", row.first("Ip")))
            .time(NetflixTimes::read, "Ts")),
    IP_STREAMING("IP_ADDRESSES/IpAddressesStreaming\\.csv", () -> CsvItems.of(Category.LOGINS)
            .titled(row -> prefixed("Streaming from ", row.first("Ip")))
            .time(NetflixTimes::read, "Ts")),
    IP_ACCOUNT_CREATION("IP_ADDRESSES/IpAddressesAccountCreation\\.csv", () -> CsvItems.of(Category.LOGINS)
            .titled(row -> prefixed("Account created from ", row.first("Ip")))
            .time(NetflixTimes::read, "Ts", "Account Creation Ts")),
    BILLING_HISTORY("PAYMENT_AND_BILLING/BillingHistory\\.csv", () -> CsvItems.of(Category.PAYMENTS)
            .titled(row -> "Payment" + suffix(row.first("Description", "Pmt Txn Type")))
            .time(NetflixTimes::read, "Transaction Date")),
    MESSAGES_SENT("MESSAGES/MessagesSentByNetflix\\.csv", () -> CsvItems.of(Category.MESSAGES)
            .titled(row -> "Message from Netflix" + suffix(row.first("Title Name", "Message Name", "Channel")))
            .time(NetflixTimes::read, "Sent Utc Ts")),
    /** Ratings.txt, GamePlaySession.txt...: written instead of a table that would be empty. */
    PLACEHOLDER("(?:ACCOUNT|CLICKSTREAM|CONTENT_INTERACTION|CUSTOMER_SERVICE|DEVICES|GAMES|IP_ADDRESSES|MESSAGES"
            + "|PAYMENT_AND_BILLING|PROFILES|SOCIAL_MEDIA_CONNECTIONS|SURVEYS)/[^/]+\\.txt", PlaceholderParser::new),
    /** The per-profile download of the "Viewing activity" page, also saved as "NetflixViewingHistory (1).csv". */
    VIEWING_HISTORY_DOWNLOAD("NetflixViewingHistory[^/]*\\.csv", ViewingHistoryDownloadParser::new);

    private final Pattern path;
    private final Supplier<FileParser> parser;

    NetflixFile(String pathEnd, Supplier<FileParser> parser) {
        this.path = Pattern.compile("(?:^|/)" + pathEnd + "$", Pattern.CASE_INSENSITIVE);
        this.parser = parser;
    }

    static Optional<NetflixFile> of(String path) {
        for (NetflixFile file : values()) {
            if (file.path.matcher(path).find()) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    FileParser parser() {
        return parser.get();
    }

    private static String suffix(String detail) {
        return detail == null ? "" : ": " + detail;
    }

    private static String prefixed(String prefix, String value) {
        return value == null ? null : prefix + value;
    }
}
