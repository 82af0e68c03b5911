package app.footprint.importers.tiktok;

import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The sections of TikTok's export that Footprint reads, each known by every name it has had: the JSON
 * export nests them one level below a group ("Activity" › "Video Browsing History", in 2024+ "Your
 * Activity" › "Watch History"), the text export makes each a file ("Activity/Browsing History.txt").
 * Sections are found by their own name whatever group holds them, because TikTok regroups them more often
 * than it renames them.
 */
enum Section {
    // Your Activity / Activity
    WATCH_HISTORY(List.of("Video Browsing History", "Watch History", "Browsing History"),
            () -> new ListReader(Category.WATCHING, "Video watched").title("Link", "VideoLink")),
    SEARCHES(List.of("Search History", "Searches", "Search"),
            () -> new ListReader(Category.SEARCHES, "Search").title("SearchTerm", "Search Term", "Term")),
    LIKES(List.of("Like List", "Likes"),
            () -> new ListReader(Category.LIKES, "Video liked").title("link", "Link", "VideoLink")),
    FAVORITE_VIDEOS(List.of("Favorite Videos", "Favourite Videos"),
            () -> new ListReader(Category.LIBRARY, "Favourite video").title("Link", "VideoLink")
                    .with("what", "favourite video")),
    FAVORITE_SOUNDS(List.of("Favorite Sounds", "Favourite Sounds"),
            () -> new ListReader(Category.LIBRARY, "Favourite sound").title("Link", "SoundLink")
                    .with("what", "favourite sound")),
    FAVORITE_EFFECTS(List.of("Favorite Effects", "Favourite Effects"),
            () -> new ListReader(Category.LIBRARY, "Favourite effect").title("EffectLink", "Link")
                    .with("what", "favourite effect")),
    FAVORITE_HASHTAGS(List.of("Favorite Hashtags", "Favourite Hashtags"),
            () -> new ListReader(Category.LIBRARY, "Favourite hashtag").title("Link", "HashtagLink", "HashtagName")
                    .with("what", "favourite hashtag")),
    FAVORITE_COLLECTIONS(List.of("Favorite Collection", "Favorite Collections"),
            () -> new ListReader(Category.LIBRARY, "Favourite collection")
                    .title("FavoriteCollection", "CollectionName", "Name", "Link").with("what", "collection")),
    FAVORITE_LOCATIONS(List.of("Favorite Location", "Favorite Locations"),
            () -> new ListReader(Category.LIBRARY, "Favourite place").title("PlaceName", "Name", "Link")
                    .with("what", "favourite place")),
    FOLLOWERS(List.of("Follower List", "Follower", "Followers"),
            () -> new ListReader(Category.FRIENDS, "Follower").title("UserName", "Username")
                    .with("relation", "follower")),
    FOLLOWING(List.of("Following List", "Following"),
            () -> new ListReader(Category.FOLLOWS, "Account followed").title("UserName", "Username")),
    HASHTAGS(List.of("Hashtag", "Hashtags"),
            () -> new ListReader(Category.ACTIVITY, "Hashtag used").titleFrom(r -> {
                String name = RecordItems.first(r, "HashtagName", "Hashtag Name");
                return name == null ? null : "Hashtag used: #" + name;
            })),
    LOGINS(List.of("Login History"),
            () -> new ListReader(Category.LOGINS, "Logged in").titleFrom(r -> {
                String device = RecordItems.joined(r, List.of("DeviceModel", "DeviceSystem"));
                return device == null ? null : "Logged in on " + device;
            })),
    SHARES(List.of("Share History"),
            () -> new ListReader(Category.ACTIVITY, "Shared").titleFrom(r -> {
                String what = RecordItems.first(r, "SharedContent", "Shared Content");
                return what == null ? null : "Shared: " + what;
            })),
    DEVICES(List.of("Status"),
            () -> new ListReader(Category.DEVICES, "Device").titleFrom(r -> {
                String version = RecordItems.first(r, "App Version", "AppVersion");
                return version == null ? null : "TikTok app " + version;
            })),
    ACTIVITY_SUMMARY(List.of("Activity Summary"),
            () -> new FactsReader(Category.ACTIVITY, "", Map.of(
                    "videoscommentedonsinceaccountregistration", "Videos commented on since joining",
                    "videossharedsinceaccountregistration", "Videos shared since joining",
                    "videoswatchedtotheendsinceaccountregistration", "Videos watched to the end since joining")),
            Set.of(), Set.of("note")),
    LOCATION_DATA(List.of("Most Recent Location Data"), LocationDataReader::new),
    GIFTS(List.of("Purchase History", "Purchases"), GiftsReader::new),

    // Ads and data
    AD_INTERESTS(List.of("Ad Interests"), AdInterestsReader::new),
    OFF_TIKTOK_ACTIVITY(List.of("Off TikTok Activity", "Off-TikTok Activity",
            "Usage Data From Third-Party Apps And Websites"), OffTikTokActivityReader::new),
    DATA_PARTNERS(List.of("Ads Based On Data Received From Partners"), DataPartnersReader::new),
    INSTANT_FORMS(List.of("Instant Form Ads Responses"),
            () -> new ListReader(Category.AD_INTERACTIONS, "Instant form ad answered")
                    .title("AdvertiserName", "Advertiser", "FormName", "Name")),

    // App Settings, Comment, Direct Messages
    BLOCKED(List.of("Block", "Block List", "Blocked"),
            () -> new ListReader(Category.FRIENDS, "Blocked account").title("UserName", "Username")
                    .with("relation", "blocked")),
    SETTINGS(List.of("Settings"), () -> new SettingsReader("Setting")),
    COMMENTS(List.of("Comments"),
            () -> new ListReader(Category.COMMENTS, "Comment").title("comment", "Comment", "Content")),
    MESSAGES(List.of("Chat History", "Direct Messages"), ChatReader::new, Set.of("ChatHistory"), Set.of()),

    // Income Plus, reviews
    WALLET(List.of("Income Plus Wallet Transaction", "Transaction History"),
            () -> new ListReader(Category.PAYMENTS, "Wallet transaction").title("Type", "TransactionType", "Amount")),
    PLACE_REVIEWS(List.of("POI Review", "Location Reviews"),
            () -> new ListReader(Category.POSTS, "Place review").title("PlaceName", "Place Name").detail("ReviewText")
                    .with("what", "place review")),

    // Profile
    PROFILE(List.of("Profile Information", "Profile Info"), ProfileReader::new),
    AUTOFILL(List.of("Auto Fill", "Autofill"), () -> new FactsReader(Category.PROFILE, "Autofill", Map.of())),
    AI_MOJI(List.of("AIMoji", "AI-Moji"),
            () -> new FactsReader(Category.PROFILE, "AI-Moji", Map.of("createdate", "created", "aimojilist", "avatar"))),

    // TikTok LIVE
    GO_LIVE_HISTORY(List.of("Go Live History"),
            () -> new ListReader(Category.ACTIVITY, "Went LIVE").title("Title", "Link").with("what", "went LIVE")),
    GO_LIVE_SETTINGS(List.of("Go Live Settings"), () -> new SettingsReader("LIVE setting")),
    WATCH_LIVE_HISTORY(List.of("Watch Live History"), WatchLiveReader::new, Set.of("WatchLiveMap"), Set.of()),
    WATCH_LIVE_SETTINGS(List.of("Watch Live Settings"), () -> new SettingsReader("LIVE setting"), Set.of(),
            Set.of("MostRecentModificationTimeInApp", "MostRecentModificationTimeInWeb")),

    // TikTok Shop
    ORDERS(List.of("Order History"), OrdersReader::new, Set.of("OrderHistories"), Set.of()),
    PRODUCT_BROWSING(List.of("Product Browsing History"),
            () -> new ListReader(Category.BROWSING, "Product viewed").title("product_name", "ProductName")),
    SHOPPING_CART(List.of("Shopping Cart List", "Shopping Cart"),
            () -> new ListReader(Category.LIBRARY, "In the shopping cart").title("ProductName", "product_name")
                    .with("what", "shopping cart")),
    SAVED_ADDRESSES(List.of("Saved Address Information"),
            () -> new ListReader(Category.PROFILE, "Saved address").titleFrom(r -> {
                String address = RecordItems.first(r, "adress_info", "address_info", "Address");
                return address == null ? null : "Saved address: " + address;
            })),
    PAYMENT_CARDS(List.of("Current Payment Information"),
            () -> new ListReader(Category.PAYMENTS, "Payment card").title("CardType", "Card", "PayCard")),
    VOUCHERS(List.of("Vouchers"),
            () -> new ListReader(Category.PAYMENTS, "Voucher").title("VoucherName", "VoucherText")
                    .with("what", "voucher")),
    SHOP_MESSAGES(List.of("Communication History", "Communication With Shops", "Customer Support History"),
            () -> new ListReader(Category.MESSAGES, "Message with TikTok Shop").title("ShopName", "shop_name")
                    .detail("Content", "Message")),
    ORDER_DISPUTES(List.of("Order Dispute History"),
            () -> new ListReader(Category.PURCHASES, "Order dispute").title("product_name", "ProductName")
                    .with("what", "dispute")),
    PRODUCT_REVIEWS(List.of("Product Review History", "Product Reviews"),
            () -> new ListReader(Category.POSTS, "Product review").title("product_name", "ProductName")
                    .detail("review_text", "ReviewText", "Content").with("what", "product review")),
    RETURNS(List.of("Return and Refund History", "Returns and Refunds History"),
            () -> new ListReader(Category.PURCHASES, "Return or refund").title("product_name", "ProductName")
                    .with("what", "return or refund")),

    // Video / Post
    POSTS(List.of("Videos", "Posts", "Post"),
            () -> new ListReader(Category.POSTS, "Video posted").title("Title", "Link")),
    DELETED_POSTS(List.of("RecentlyDeletedPosts", "Recently Deleted Posts"),
            () -> new ListReader(Category.POSTS, "Deleted video").title("Title", "Link")
                    .with("what", "recently deleted"));

    /** Markers in many sections that hold no data: {@code "App": 1}, {@code "IsFastLane": false}. */
    static final Set<String> MARKERS = Set.of("App", "IsFastLane");

    private final List<String> names;
    private final Supplier<SectionReader> reader;
    private final Set<String> keyed;
    private final Set<String> ignored;

    Section(List<String> names, Supplier<SectionReader> reader) {
        this(names, reader, Set.of(), Set.of());
    }

    /**
     * @param keyed   fields holding an object keyed by dynamic names (a conversation, an order number) whose
     *                values are read one at a time instead of as one object: they can be large
     * @param ignored fields, at any depth, that are deliberately not read (a note about delays, "0" times)
     */
    Section(List<String> names, Supplier<SectionReader> reader, Set<String> keyed, Set<String> ignored) {
        this.names = names;
        this.reader = reader;
        this.keyed = keyed;
        this.ignored = ignored;
    }

    /** The section of this name, in any generation; case and spacing do not matter. */
    static Optional<Section> named(String name) {
        String folded = LooseFields.fold(name);
        for (Section s : values()) {
            for (String n : s.names) {
                if (LooseFields.fold(n).equals(folded)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** A fresh reader: readers keep state (tallies) for one pass. */
    SectionReader reader() {
        return reader.get();
    }

    boolean keyed(String field) {
        return keyed.stream().anyMatch(k -> LooseFields.fold(k).equals(LooseFields.fold(field)));
    }

    /** Whether a field of this section is deliberately left unread. */
    boolean ignores(String field) {
        return MARKERS.contains(field) || ignored.contains(field);
    }

    List<String> names() {
        return names;
    }
}
