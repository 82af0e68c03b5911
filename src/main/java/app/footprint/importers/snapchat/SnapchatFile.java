package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of Snapchat's "My Data" export that Footprint knows, by name inside the export's {@code json/}
 * folder (the {@code html/} folder holds the same names as {@code .html}): which parser reads each, and
 * whether the name alone points to Snapchat ("account.json" could be anyone's, "snap_history.json" is
 * Snapchat's).
 */
enum SnapchatFile {
    USER_PROFILE("user_profile", true, UserProfileParser::new),
    LOCATION_HISTORY("location_history", true, LocationHistoryParser::new),
    ACCOUNT("account", false, AccountParser::new),
    ACCOUNT_HISTORY("account_history", true, AccountHistoryParser::new),
    FRIENDS("friends", false, FriendsParser::new),
    CHAT_HISTORY("chat_history", true, () -> new ConversationsParser(false)),
    SNAP_HISTORY("snap_history", true, () -> new ConversationsParser(true)),
    SEARCH_HISTORY("search_history", false, SearchHistoryParser::new),
    MEMORIES("memories_history", true, MemoriesParser::new),
    RANKING("ranking", false, RankingParser::new),
    STORY_HISTORY("story_history", true, StoryHistoryParser::new),
    // known from public parsers, not read (yet): they help recognise the export
    BITMOJI("bitmoji", true, null),
    SNAP_PRO("snap_pro", true, null),
    SNAPCHAT_AI("snapchat_ai", true, null),
    SNAPCHAT_PLUS("snapchat_plus", true, null),
    TALK_HISTORY("talk_history", true, null),
    TERMS_HISTORY("terms_history", false, null),
    SNAP_ADS("snap_ads", true, null),
    CUSTOM_STICKER("custom_sticker", true, null),
    EMAIL_CAMPAIGN_HISTORY("email_campaign_history", false, null),
    FEATURE_EMAILS("feature_emails", false, null),
    IN_APP_REPORTS("in_app_reports", false, null),
    SUBSCRIPTIONS("subscriptions", false, null),
    CONNECTED_APPS("connected_apps", false, null),
    COMMUNITY_LENSES("community_lenses", true, null),
    SHARED_STORY("shared_story", true, null),
    PURCHASE_HISTORY("purchase_history", false, null),
    SUPPORT_NOTE("support_note", false, null),
    PAYOUTS("payouts", false, null);

    /** {@code json/<name>.json} or {@code html/<name>.html}, below any wrapper folder such as {@code mydata~1710230482/}. */
    private static final Pattern PATH = Pattern.compile("(?:^|/)(json|html)/([a-z_]+)\\.(json|html)$",
            Pattern.CASE_INSENSITIVE);

    private final String name;
    /** True when the name alone is good evidence of Snapchat. */
    final boolean distinctive;
    private final Supplier<FileParser> parser;

    SnapchatFile(String name, boolean distinctive, Supplier<FileParser> parser) {
        this.name = name;
        this.distinctive = distinctive;
        this.parser = parser;
    }

    /** A file of the export and how it is written. */
    record Found(SnapchatFile file, boolean json) {
    }

    /** The known file at this path, with whether it is the JSON or the HTML rendering. */
    static Optional<Found> of(String path) {
        Matcher m = PATH.matcher(path);
        if (!m.find()) {
            return Optional.empty();
        }
        String folder = m.group(1).toLowerCase(Locale.ROOT);
        String extension = m.group(3).toLowerCase(Locale.ROOT);
        if (!folder.equals(extension)) {
            return Optional.empty();
        }
        String stem = m.group(2).toLowerCase(Locale.ROOT);
        for (SnapchatFile f : values()) {
            if (f.name.equals(stem)) {
                return Optional.of(new Found(f, folder.equals("json")));
            }
        }
        return Optional.empty();
    }

    /** The parser for this file in JSON; empty for files that only help recognise the export. */
    Optional<FileParser> parser() {
        return parser == null ? Optional.empty() : Optional.of(parser.get());
    }
}
