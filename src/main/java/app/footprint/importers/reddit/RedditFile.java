package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.CsvItems;
import app.footprint.importers.common.CsvRow;
import app.footprint.model.Category;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The flat CSV files of Reddit's data request export (CRLF line ends), known by file name in whatever
 * folder they sit. Large tables may come split as {@code post_votes_1.csv}, {@code post_votes_2.csv}.
 * Each kind says whether its name alone points to Reddit and which parser reads it; the few without a
 * parser are known and left out on purpose: {@code checkfile.csv} lists the files and their SHA-256,
 * and the {@code *_headers.csv} files repeat the posts, comments and messages without their text.
 */
enum RedditFile {
    CHECKFILE("checkfile", true, null),
    ACCOUNT_GENDER("account_gender", true, GenderParser::new),
    BIRTHDATE("birthdate", false, () -> new FieldsParser(Category.PROFILE, Map.of(
            "birthdate", "Birth date", "verified_birthdate", "Verified birth date",
            "verification_state", "Birth date verification", "verification_method", "Birth date verified by"))),
    SENSITIVE_ADS("sensitive_ads_preferences", true, SensitiveAdsParser::new),
    STATISTICS("statistics", false, StatisticsParser::new),
    USER_PREFERENCES("user_preferences", false, PreferencesParser::new),
    PERSONA("persona", false, () -> new FieldsParser(Category.PROFILE, Map.of(
            "persona_inquiry_id", "Identity verification by Persona, inquiry"))),
    LINKED_PHONE_NUMBER("linked_phone_number", true, () -> new FieldsParser(Category.PROFILE, Map.of(
            "phone_number", "Phone number"))),
    LINKED_IDENTITIES("linked_identities", true, () -> table(Category.APPS)
            .titled(row -> prefixed("Signs in through", row.get("issuer_id")))),
    TWITTER("twitter", false, () -> table(Category.APPS)
            .titled(row -> prefixed("Connected X (Twitter) account", row.get("username")))),
    STRIPE("stripe", false, () -> table(Category.PAYMENTS).titled(row -> "Stripe payment account")),
    IP_LOGS("ip_logs", false, IpLogsParser::new),
    POSTS("posts", false, () -> table(Category.POSTS)
            .titled(row -> or(row.get("title"), in("Post", row))).drop("title").time("date").detail("body")),
    POST_HEADERS("post_headers", true, null),
    COMMENTS("comments", false, () -> table(Category.COMMENTS)
            .titled(row -> in("Comment", row)).time("date").detail("body")),
    COMMENT_HEADERS("comment_headers", true, null),
    MESSAGES("messages", false, RedditFile::messages),
    MESSAGE_HEADERS("message_headers", true, null),
    /** Some exports hold the private messages under this name instead. */
    MESSAGES_ARCHIVE("messages_archive", true, RedditFile::messages),
    MESSAGES_ARCHIVE_HEADERS("messages_archive_headers", true, null),
    CHAT_HISTORY("chat_history", false, () -> table(Category.MESSAGES)
            .titled(row -> or(row.get("channel_name"), "Chat message")).time("created_at").detail("message")),
    ANNOUNCEMENTS("announcements", false, () -> table(Category.MESSAGES)
            .title("subject").untitled("Announcement from Reddit").time("sent_at").detail("body")),
    POST_VOTES("post_votes", true, () -> votes("a post")),
    COMMENT_VOTES("comment_votes", true, () -> votes("a comment")),
    POLL_VOTES("poll_votes", true, () -> table(Category.LIKES)
            .titled(row -> prefixed("Voted in a poll", row.get("text")))),
    SAVED_POSTS("saved_posts", true, () -> table(Category.LIBRARY)
            .titled(row -> in("Saved a post", row)).derive(RedditFile::community)),
    SAVED_COMMENTS("saved_comments", true, () -> table(Category.LIBRARY)
            .titled(row -> in("Saved a comment", row)).derive(RedditFile::community)),
    HIDDEN_POSTS("hidden_posts", true, () -> table(Category.ACTIVITY)
            .titled(row -> in("Hid a post", row)).derive(RedditFile::community)),
    SUBSCRIBED_SUBREDDITS("subscribed_subreddits", true, () -> communities("subscriber")),
    MODERATED_SUBREDDITS("moderated_subreddits", true, () -> communities("moderator")),
    APPROVED_SUBMITTER_SUBREDDITS("approved_submitter_subreddits", true, () -> communities("approved submitter")),
    MULTIREDDITS("multireddits", true, () -> table(Category.LIBRARY)
            .title("display_name").untitled("Custom feed").time("date")),
    FRIENDS("friends", false, () -> table(Category.FRIENDS).title("username")),
    GILDED_CONTENT("gilded_content", true, () -> table(Category.LIKES)
            .titled(row -> row.get("award") == null ? "Gave an award" : "Gave an award: " + row.get("award"))
            .time("date").derive(RedditFile::community)),
    GOLD_RECEIVED("gold_received", true, () -> table(Category.ACTIVITY)
            .titled(row -> "Received an award").time("date").derive(RedditFile::community)),
    DRAFTS("drafts", false, () -> table(Category.POSTS)
            .titled(row -> or(row.get("title"), "Draft")).drop("title").time("created", "modified").detail("body")
            .with("status", "draft")),
    SCHEDULED_POSTS("scheduled_posts", true, () -> table(Category.POSTS)
            .titled(row -> or(row.get("title"), "Scheduled post")).drop("title").time("submission_time")
            .detail("body").with("status", "scheduled")),
    PURCHASES("purchases", false, () -> table(Category.PURCHASES)
            .titled(row -> or(row.get("product"), "Purchase")).time("date")),
    PAYOUTS("payouts", false, () -> table(Category.PAYMENTS).titled(row -> "Payout from Reddit").time("date")),
    SUBSCRIPTIONS("subscriptions", false, () -> table(Category.PAYMENTS)
            .titled(row -> or(row.get("product_name"), or(row.get("product"), "Subscription"))).time("start_date"));

    private static final Pattern SPLIT_PART = Pattern.compile("(.+?)_\\d+");
    private static final Pattern COMMUNITY = Pattern.compile("/r/([^/?#]+)");

    private final String stem;
    /** True when the name alone is good evidence of Reddit; "posts.csv" could be anyone's. */
    final boolean distinctive;
    private final Supplier<FileParser> parser;

    RedditFile(String stem, boolean distinctive, Supplier<FileParser> parser) {
        this.stem = stem;
        this.distinctive = distinctive;
        this.parser = parser;
    }

    /** The kind of Reddit file at this path, judged by its name; a split part counts as its table. */
    static Optional<RedditFile> of(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        if (!fileName.endsWith(".csv")) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, fileName.length() - 4);
        Optional<RedditFile> exact = byStem(stem);
        if (exact.isPresent()) {
            return exact;
        }
        Matcher part = SPLIT_PART.matcher(stem);
        return part.matches() ? byStem(part.group(1)) : Optional.empty();
    }

    /** Whether the file is one part of a table Reddit split into several files. */
    static boolean splitPart(String path) {
        String fileName = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return fileName.endsWith(".csv") && byStem(fileName.substring(0, fileName.length() - 4)).isEmpty()
                && of(path).isPresent();
    }

    private static Optional<RedditFile> byStem(String stem) {
        for (RedditFile f : values()) {
            if (f.stem.equals(stem)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The parser for this kind of file; empty for the files left out on purpose. */
    Optional<FileParser> parser() {
        return parser == null ? Optional.empty() : Optional.of(parser.get());
    }

    private static CsvItems table(Category category) {
        return CsvItems.of(category);
    }

    private static FileParser messages() {
        return table(Category.MESSAGES)
                .titled(row -> or(row.get("subject"), "Private message")).drop("subject").time("date").detail("body");
    }

    /** {@code id,permalink,direction}: no time, but the link names the community voted in. */
    private static FileParser votes(String what) {
        return table(Category.LIKES).titled(row -> in(switch (or(row.get("direction"), "").toLowerCase(Locale.ROOT)) {
            case "up" -> "Upvoted " + what;
            case "down" -> "Downvoted " + what;
            default -> "Vote on " + what;
        }, row)).derive(RedditFile::community);
    }

    /** A list of communities ({@code subreddit}), each one followed in the given role. */
    private static FileParser communities(String role) {
        return table(Category.FOLLOWS).titled(row -> row.get("subreddit") == null ? null : "r/" + row.get("subreddit"))
                .with("role", role);
    }

    /** "Comment in r/running", from the row's subreddit or its link; just "Comment" when neither says. */
    private static String in(String what, CsvRow row) {
        String community = row.get("subreddit");
        if (community == null) {
            community = community(row).get("subreddit");
        }
        return community == null ? what : what + " in r/" + community;
    }

    /** The community a link points into, as an attribute, where the row has no subreddit column. */
    private static Map<String, String> community(CsvRow row) {
        Map<String, String> out = new LinkedHashMap<>();
        if (row.get("subreddit") != null) {
            return out;
        }
        String link = or(row.get("permalink"), row.get("content_link"));
        if (link != null) {
            Matcher m = COMMUNITY.matcher(link);
            if (m.find()) {
                out.put("subreddit", m.group(1));
            }
        }
        return out;
    }

    private static String prefixed(String label, String value) {
        return value == null ? null : label + ": " + value;
    }

    private static String or(String value, String otherwise) {
        return value != null ? value : otherwise;
    }
}
