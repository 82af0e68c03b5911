package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every kind of file X (Twitter) puts in an archive's {@code data/} folder (in 2019: at the top of the
 * archive), known by its name without ".js" and without the "-partN" that splits big files: the parser
 * that reads it, or why Footprint leaves it alone. The names cover the 79 files of the what-if structure
 * inventory, the older singular names ({@code tweet.js}, {@code direct-message.js}) and the few more a
 * manifest names.
 */
enum DataFile {
    MANIFEST(ManifestParser::new, "manifest"),

    ACCOUNT(ProfileParser::new, "account"),
    PROFILE(ProfileParser::new, "profile"),
    PHONE_NUMBER(ProfileParser::new, "phone-number"),
    ACCOUNT_TIMEZONE(ProfileParser::new, "account-timezone"),
    EMAIL_ADDRESS_CHANGE(ProfileParser::new, "email-address-change"),
    SCREEN_NAME_CHANGE(ProfileParser::new, "screen-name-change"),
    VERIFIED(ProfileParser::new, "verified"),
    AGE_INFO(ProfileParser::new, "ageinfo"),
    ACCOUNT_CREATION_IP(LoginsParser::new, "account-creation-ip"),
    IP_AUDIT(LoginsParser::new, "ip-audit"),

    /** {@code tweet.js} until 2022, {@code tweets.js} since; both split into parts when big. */
    TWEETS(TweetsParser::new, "tweets", "tweet"),
    DELETED_TWEETS(TweetsParser::new, "deleted-tweets"),
    LIKES(LikesParser::new, "like"),
    FOLLOWERS(ConnectionsParser::new, "follower"),
    FOLLOWING(ConnectionsParser::new, "following"),
    BLOCKED(ConnectionsParser::new, "block"),
    MUTED(ConnectionsParser::new, "mute"),
    DIRECT_MESSAGES(() -> new DirectMessagesParser(false), "direct-messages", "direct-message"),
    GROUP_DIRECT_MESSAGES(() -> new DirectMessagesParser(true), "direct-messages-group", "direct-message-group"),
    GROK_CHATS(GrokChatParser::new, "grok-chat-item"),

    DEVICE_TOKENS(DevicesParser::new, "device-token"),
    PHONE_DEVICES(DevicesParser::new, "ni-devices"),
    MESSAGE_KEYS(DevicesParser::new, "key-registry"),
    CONNECTED_APPS(AppsParser::new, "connected-application", "connected-applications"),
    APPS(AppsParser::new, "app"),
    CONTACTS(ContactsParser::new, "contact"),
    SAVED_SEARCHES(SavedSearchesParser::new, "saved-search"),
    LISTS_CREATED(() -> new ListsParser("made by you"), "lists-created"),
    LISTS_MEMBER(() -> new ListsParser("you are on it"), "lists-member"),
    LISTS_SUBSCRIBED(() -> new ListsParser("you follow it"), "lists-subscribed"),

    PERSONALIZATION(PersonalizationParser::new, "personalization"),
    AD_ENGAGEMENTS(AdsParser::new, "ad-engagements"),
    AD_IMPRESSIONS(AdsParser::new, "ad-impressions"),
    AD_CONVERSIONS(ConversionsParser::new, "ad-mobile-conversions-attributed", "ad-mobile-conversions-unattributed",
            "ad-online-conversions-attributed", "ad-online-conversions-unattributed"),

    POST_HEADERS("only the ids and dates of the posts read from tweets.js and deleted-tweets.js",
            "tweet-headers", "deleted-tweet-headers"),
    MESSAGE_HEADERS("the messages of direct-messages*.js again, without their text",
            "direct-message-headers", "direct-message-group-headers"),
    LONG_POSTS("the full text of long posts, whose start tweets.js holds; no sample of its layout yet",
            "note-tweet", "deleted-note-tweet"),
    COMMUNITIES("community posts and Community Notes written or rated; no sample of their layout yet",
            "community-tweet", "community-note", "community-note-rating", "community-note-tombstone",
            "community-note-batsignal", "community-note-api-test-note"),
    ACCOUNT_STATE("switches of the account's state (suspension, protected posts, muted conversations, reply "
            + "prompts, safety mode); no sample of their layout yet",
            "account-suspension", "protected-history", "direct-message-mute", "reply-prompt", "smartblock",
            "account-label"),
    PUBLISHING("articles, Moments, Spaces, calls and TweetDeck columns; no sample of their layout yet",
            "article", "article-metadata", "moment", "spaces-metadata", "audio-video-calls-in-dm",
            "audio-video-calls-in-dm-recipient-sessions", "tweetdeck", "branch-links"),
    BUSINESS("shop, product and payout data of business accounts; no sample of their layout yet",
            "product-drop", "product-set", "shop-module", "shopify-account", "catalog-item", "commerce-catalog",
            "twitter-shop", "ads-revenue-sharing", "professional-data", "verified-organization", "expanded-profile"),
    PERISCOPE("Periscope, closed in 2021", "periscope-account-information", "periscope-profile-description",
            "periscope-broadcast-metadata", "periscope-comments-made-by-user", "periscope-expired-broadcasts",
            "periscope-followers", "periscope-ban-information"),
    SIGN_IN("single sign-on links and link clicks; no sample of their layout yet", "sso", "user-link-clicks");

    /** "tweets-part1.js": the name, then an optional part number. */
    private static final Pattern FILE_NAME = Pattern.compile("([a-z0-9]+(?:-[a-z0-9]+)*?)(?:-part(\\d{1,4}))?\\.js",
            Pattern.CASE_INSENSITIVE);
    /** Single words that other software might use for a script as well; they alone do not point to X. */
    private static final List<String> COMMON_WORDS = List.of("account", "profile", "app", "contact", "block",
            "mute", "like", "moment", "verified", "article", "sso", "manifest");

    private final Supplier<FileParser> parser;
    private final String ignoredBecause;
    private final List<String> names;

    DataFile(Supplier<FileParser> parser, String... names) {
        this.parser = parser;
        this.ignoredBecause = null;
        this.names = List.of(names);
    }

    DataFile(String ignoredBecause, String... names) {
        this.parser = null;
        this.ignoredBecause = ignoredBecause;
        this.names = List.of(names);
    }

    /** One data file found in an archive. */
    record Found(DataFile kind, String name, int part) {
    }

    /**
     * The kind of data file at {@code path}: a ".js" file directly in a {@code data/} folder (optionally
     * below one wrapper folder), or at the top of the archive (optionally below one wrapper folder) as in
     * 2019. The viewer's scripts in {@code assets/} are never data files.
     */
    static Optional<Found> at(String path) {
        String[] segments = path.split("/");
        int folders = segments.length - 1;
        boolean inData = folders >= 1 && folders <= 2 && segments[folders - 1].equalsIgnoreCase("data");
        boolean atTop = folders == 0 || (folders == 1 && !segments[0].equalsIgnoreCase("assets"));
        if (!inData && !atTop) {
            return Optional.empty();
        }
        Matcher m = FILE_NAME.matcher(segments[folders]);
        if (!m.matches()) {
            return Optional.empty();
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        int part = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        return named(name).map(kind -> new Found(kind, name, part));
    }

    /** The kind of data file with this name (without ".js" and part number). */
    static Optional<DataFile> named(String name) {
        return Arrays.stream(values()).filter(kind -> kind.names.contains(name)).findFirst();
    }

    /** The kind of data file a manifest type stands for: "directMessagesGroup" is direct-messages-group.js. */
    static Optional<DataFile> ofManifestType(String type) {
        return named(type.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
    }

    /** The names the wrapper uses: "window.YTD.direct_messages.part0" for direct-messages.js. */
    boolean hasGlobalName(String global) {
        return names.stream().anyMatch(name -> name.replace('-', '_').equalsIgnoreCase(global));
    }

    List<String> names() {
        return names;
    }

    boolean read() {
        return parser != null;
    }

    /** A new parser for a file of this kind; empty for files Footprint deliberately leaves alone. */
    Optional<FileParser> parser() {
        return parser == null ? Optional.empty() : Optional.of(parser.get());
    }

    /** Why Footprint does not read files of this kind; null for files it reads. */
    String ignoredBecause() {
        return ignoredBecause;
    }

    /** Whether a data file's name alone points to X: "ad-impressions" does, "account" does not. */
    static boolean distinctive(String name) {
        return !COMMON_WORDS.contains(name);
    }
}
