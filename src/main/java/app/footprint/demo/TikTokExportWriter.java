package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes Jana's TikTok export as TikTok delivers it since 2024: a zip holding one file,
 * {@code user_data_tiktok.json}, with the 2024+ groups ("Your Activity", "Profile", "Post", "Direct
 * Message", "TikTok Shop"...), times as "yyyy-MM-dd HH:mm:ss" without a zone, empty lists as null and
 * missing texts as "N/A". Her feed turns to pregnancy and baby videos after July 2023, her searches and
 * the shops that report her to TikTok follow; her running, her work and Leipzig stay.
 */
final class TikTokExportWriter {
    static final String PATH = "user_data_tiktok.json";
    /** TikTok names the download after the moment it was made. */
    static final String FILE_NAME = "TikTok_Data_" + DemoZip.ENTRY_TIME.atZone(Persona.ZONE).toEpochSecond() + ".zip";

    static final int LOGINS = 100;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String NONE = "N/A";

    /** What an app or shop reported to TikTok. */
    private record Event(Instant at, String source, String event) {
    }

    private final Tally tally = new Tally();
    private final TikTokFeed feed = new TikTokFeed();
    private final List<TikTokFeed.View> views = feed.views();

    static TikTokFacts write(OutputStream out) throws IOException {
        TikTokExportWriter writer = new TikTokExportWriter();
        try (DemoZip zip = new DemoZip(out)) {
            zip.json(PATH, JsonStyle.SPOTIFY, writer::writeFile);
        }
        return writer.tally.toFacts();
    }

    private void writeFile(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("Your Activity");
        writeYourActivity(g);
        g.writeEndObject();
        g.writeObjectFieldStart("Ads and data");
        writeAdsAndData(g);
        g.writeEndObject();
        g.writeObjectFieldStart("App Settings");
        writeAppSettings(g);
        g.writeEndObject();
        g.writeObjectFieldStart("Comment");
        section(g, "Comments", "CommentsList", feed.comments(), true, (d, gen) -> {
            gen.writeStringField("date", TIME.format(d.at()));
            gen.writeStringField("comment", d.text());
            gen.writeStringField("photo", NONE);
            gen.writeStringField("url", "");
        }, () -> tally.comments++);
        g.writeEndObject();
        g.writeObjectFieldStart("Direct Message");
        writeMessages(g);
        g.writeEndObject();
        g.writeObjectFieldStart("Income Plus Wallet Transactions");
        emptySection(g, "Transaction History", "TransactionsList");
        g.writeEndObject();
        g.writeObjectFieldStart("Location Review");
        emptySection(g, "Location Reviews", "ReviewsList");
        g.writeEndObject();
        g.writeObjectFieldStart("Post");
        writePosts(g);
        emptySection(g, "Recently Deleted Posts", "PostList");
        g.writeEndObject();
        g.writeObjectFieldStart("Profile");
        writeProfile(g);
        g.writeEndObject();
        g.writeObjectFieldStart("Tiktok Live");
        writeLive(g);
        g.writeEndObject();
        g.writeObjectFieldStart("TikTok Shop");
        writeShop(g);
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---- Your Activity ----

    private void writeYourActivity(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("Activity Summary");
        g.writeObjectFieldStart("ActivitySummaryMap");
        g.writeStringField("note", "data may have delays of up to several days");
        g.writeNumberField("videosCommentedOnSinceAccountRegistration", feed.comments().size());
        g.writeNumberField("videosSharedSinceAccountRegistration", feed.shares().size());
        g.writeNumberField("videosWatchedToTheEndSinceAccountRegistration", views.size() * 2 / 5);
        tally.activityCounters += 3;
        g.writeEndObject();
        g.writeEndObject();
        emptySection(g, "Favorite Effects", "FavoriteEffectsList");
        emptySection(g, "Favorite Hashtags", "FavoriteHashtagList");
        section(g, "Favorite Sounds", "FavoriteSoundList", feed.favoriteSounds(), true, this::dateAndLink,
                () -> tally.favoriteSounds++);
        section(g, "Favorite Videos", "FavoriteVideoList", feed.favoriteVideos(), true, this::dateAndLink,
                () -> tally.favoriteVideos++);
        people(g, "Follower", "FansList", feed.followers(), () -> tally.followers++);
        people(g, "Following", "Following", feed.following(), () -> tally.following++);
        g.writeObjectFieldStart("Hashtag");
        g.writeArrayFieldStart("HashtagList");
        for (String hashtag : List.of("laufen", "halbmarathon", "leipzig", "sonntagslauf", "nachtdienst")) {
            g.writeStartObject();
            g.writeStringField("HashtagName", hashtag);
            g.writeStringField("HashtagLink", "https://www.tiktok.com/tag/" + hashtag);
            g.writeEndObject();
            tally.hashtagsUsed++;
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("Like List");
        g.writeNumberField("App", 1);
        g.writeArrayFieldStart("ItemFavoriteList");
        for (TikTokFeed.Dated like : feed.likes()) {
            g.writeStartObject();
            g.writeStringField("date", TIME.format(like.at()));
            g.writeStringField("link", like.text());
            g.writeEndObject();
            tally.likes++;
        }
        g.writeEndArray();
        g.writeEndObject();
        writeLogins(g);
        writeLocation(g);
        g.writeObjectFieldStart("Purchases");
        g.writeObjectFieldStart("SendGifts");
        g.writeNullField("SendGifts");
        g.writeEndObject();
        g.writeObjectFieldStart("BuyGifts");
        g.writeNullField("BuyGifts");
        g.writeEndObject();
        g.writeEndObject();
        section(g, "Searches", "SearchList", feed.searches(), false, (d, gen) -> {
            gen.writeStringField("Date", TIME.format(d.at()));
            gen.writeStringField("SearchTerm", d.text());
            if (TikTokContent.EXPECTING_SEARCHES.contains(d.text())) {
                tally.expectingSearches++;
            }
        }, () -> tally.searches++);
        section(g, "Share History", "ShareHistoryList", feed.shares(), false, (d, gen) -> {
            gen.writeStringField("Date", TIME.format(d.at()));
            gen.writeStringField("SharedContent", "video");
            gen.writeStringField("Link", d.text());
            gen.writeStringField("Method", tally.shares % 3 == 0 ? "whatsapp" : "chat_head");
        }, () -> tally.shares++);
        g.writeObjectFieldStart("Status");
        g.writeArrayFieldStart("Status List");
        String[][] devices = {{"1080*2400", "29.8.3", "4f1c0e7a-31b2-4c55-9d1e-8a2b7c6d5e40", "3b8e1f0c9a7d2e64"},
            {"1080*2400", "33.4.5", "4f1c0e7a-31b2-4c55-9d1e-8a2b7c6d5e40", "3b8e1f0c9a7d2e64"}};
        for (String[] device : devices) {
            g.writeStartObject();
            g.writeStringField("Resolution", device[0]);
            g.writeStringField("App Version", device[1]);
            g.writeStringField("IDFA", "");
            g.writeStringField("GAID", device[2]);
            g.writeStringField("Android ID", device[3]);
            g.writeStringField("IDFV", "");
            g.writeStringField("Web ID", "");
            g.writeEndObject();
            tally.devices++;
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("Watch History");
        g.writeArrayFieldStart("VideoList");
        for (TikTokFeed.View view : views) {
            g.writeStartObject();
            g.writeStringField("Date", TIME.format(view.at()));
            g.writeStringField("Link", view.link());
            g.writeEndObject();
            tally.videosWatched++;
            if (view.aboutTheBaby() && Persona.expecting(view.at())) {
                tally.expectingWatched++;
            }
        }
        g.writeEndArray();
        g.writeEndObject();
        emptySection(g, "Favorite Collection", "FavoriteCollectionList");
        emptySection(g, "Favorite Location", "FavoriteLocationList");
    }

    private void dateAndLink(TikTokFeed.Dated d, JsonGenerator g) throws IOException {
        g.writeStringField("Date", TIME.format(d.at()));
        g.writeStringField("Link", d.text());
    }

    private void people(JsonGenerator g, String name, String list, List<TikTokFeed.Dated> people, Runnable count)
            throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("App", 1);
        g.writeBooleanField("IsFastLane", false);
        g.writeArrayFieldStart(list);
        for (TikTokFeed.Dated person : people) {
            g.writeStartObject();
            g.writeStringField("Date", TIME.format(person.at()));
            g.writeStringField("UserName", person.text());
            g.writeEndObject();
            count.run();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeLogins(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("tiktok/logins");
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < LOGINS; i++) {
            moments.add(random.wakingMomentBetween(TikTokFeed.WATCH_HISTORY_SINCE, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.naturalOrder());
        g.writeObjectFieldStart("Login History");
        g.writeArrayFieldStart("LoginHistoryList");
        for (Instant moment : moments) {
            boolean home = random.chance(0.7);
            g.writeStartObject();
            g.writeStringField("Date", TIME.format(moment));
            g.writeStringField("IP", home ? "198.51.100." + random.between(20, 24) : "203.0.113." + random.between(2, 250));
            g.writeStringField("DeviceModel", "SM-G991B");
            g.writeStringField("DeviceSystem", moment.isBefore(Persona.at(LocalDate.of(2023, 10, 20), 0, 0))
                    ? "Android 13" : "Android 14");
            g.writeStringField("NetworkType", home ? "Wi-Fi" : "4G");
            g.writeStringField("Carrier", home ? "" : "Telekom.de");
            g.writeEndObject();
            tally.logins++;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Where the app last saw her: home in Plagwitz, the region Germany. */
    private void writeLocation(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("Most Recent Location Data");
        g.writeObjectFieldStart("LocationData");
        g.writeStringField("Date", TIME.format(Persona.at(Persona.LAST_ACTIVE_DAY, 21, 14).plusSeconds(5)));
        g.writeStringField("GpsData", "51.3310, 12.3350");
        g.writeStringField("LastRegion", "DE");
        tally.locationRecords++;
        tally.inferredRegions++;
        g.writeEndObject();
        g.writeEndObject();
    }

    // ---- Ads and data, settings ----

    private void writeAdsAndData(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("Ad Interests");
        g.writeStringField("AdInterestCategories", String.join(", ", TikTokContent.AD_INTERESTS));
        tally.adInterests += TikTokContent.AD_INTERESTS.size();
        g.writeEndObject();
        emptySection(g, "Instant Form Ads Responses", "ResponsesList");
        DemoRandom random = DemoRandom.forPart("tiktok/off-tiktok");
        List<Event> events = new ArrayList<>();
        for (TikTokContent.Source source : TikTokContent.OFF_TIKTOK) {
            for (int i = 0; i < source.count(); i++) {
                events.add(new Event(random.wakingMomentBetween(source.from(), source.to().plusDays(1)),
                        source.name(), random.pick(source.events())));
            }
            tally.offTikTokSources++;
        }
        events.sort(Comparator.comparing(Event::at).reversed());
        g.writeObjectFieldStart("Off TikTok Activity");
        g.writeArrayFieldStart("OffTikTokActivityDataList");
        for (Event event : events) {
            g.writeStartObject();
            g.writeStringField("TimeStamp", TIME.format(event.at()));
            g.writeStringField("Source", event.source());
            g.writeStringField("Event", event.event());
            g.writeEndObject();
            tally.offTikTokEvents++;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeAppSettings(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("Block List");
        g.writeNumberField("App", 1);
        g.writeArrayFieldStart("BlockList");
        g.writeStartObject();
        g.writeStringField("Date", TIME.format(Persona.at(LocalDate.of(2023, 2, 14), 22, 3)));
        g.writeStringField("UserName", "gewinnspiel.2023.official");
        g.writeEndObject();
        tally.blocked++;
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("Settings");
        g.writeNumberField("App", 1);
        g.writeObjectFieldStart("SettingsMap");
        setting(g, "Allow DownLoad", "Everyone");
        setting(g, "Allow Others to Find Me", "Enabled");
        setting(g, "Allow Reuse of Content", "Disabled");
        setting(g, "App Language", "Deutsch");
        g.writeObjectFieldStart("Content Preferences");
        g.writeNullField("Keyword filters for videos in Following feed");
        g.writeNullField("Keyword filters for videos in For You feed");
        g.writeArrayFieldStart("Video Languages Preferences");
        for (String language : List.of("Deutsch", "English")) {
            g.writeStartObject();
            g.writeStringField("label", language);
            g.writeEndObject();
            tally.settings++;
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("Family Content Preferences");
        g.writeEndObject();
        setting(g, "Filter Comments", "Enabled");
        g.writeStringField("Interests", String.join("|", TikTokContent.CHOSEN_INTERESTS));
        tally.chosenInterests += TikTokContent.CHOSEN_INTERESTS.size();
        g.writeStringField("Personalized Ads", "Enabled");
        tally.adSettings++;
        setting(g, "Private Account", "Disabled");
        g.writeObjectFieldStart("Push Notification");
        for (String notification : List.of("Desktop notification", "New Comments on My Video", "New Fans",
                "New Likes on My Video")) {
            setting(g, notification, "Default");
        }
        g.writeEndObject();
        setting(g, "Suggest your account to Facebook friends", "enabled");
        setting(g, "Suggest your account to contacts", "disabled");
        setting(g, "Suggest your account to people who open or send links to you", "enabled");
        setting(g, "Web Language", NONE);
        setting(g, "Who Can Duet With Me", "Everyone");
        setting(g, "Who Can Post Comments", "Everyone");
        setting(g, "Who Can Send Me Message", "Friends");
        setting(g, "Who Can Stitch with your videos", "Everyone");
        setting(g, "Who Can View Videos I Liked", "Only me");
        g.writeEndObject();
        g.writeEndObject();
    }

    private void setting(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
        if (!value.equals(NONE)) {
            tally.settings++;
        }
    }

    // ---- Messages, posts, profile, LIVE, shop ----

    private void writeMessages(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("tiktok/messages");
        g.writeObjectFieldStart("Direct Messages");
        g.writeObjectFieldStart("ChatHistory");
        conversation(g, random, TikTokContent.PARTNER, 70, ChatLines.PARTNER, ChatLines.PARTNER_EXPECTING);
        conversation(g, random, TikTokContent.SISTER, 40, ChatLines.FAMILY, ChatLines.FAMILY_EXPECTING);
        g.writeEndObject();
        g.writeEndObject();
    }

    /** One conversation, newest message first as TikTok lists them; some messages share a video she watched. */
    private void conversation(JsonGenerator g, DemoRandom random, String with, int count, List<String> lines,
                              List<String> expectingLines) throws IOException {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(random.wakingMomentBetween(TikTokFeed.WATCH_HISTORY_SINCE, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        g.writeArrayFieldStart("Chat History with " + with + ":");
        for (Instant moment : moments) {
            boolean mine = random.chance(0.5);
            String text = random.chance(0.2) ? random.pick(views).link()
                    : Persona.expecting(moment) && random.chance(0.5) ? random.pick(expectingLines) : random.pick(lines);
            g.writeStartObject();
            g.writeStringField("Date", TIME.format(moment));
            g.writeStringField("From", mine ? TikTokContent.USERNAME : with);
            g.writeStringField("Content", text);
            g.writeEndObject();
            tally.messages++;
        }
        g.writeEndArray();
        tally.conversations++;
    }

    private void writePosts(JsonGenerator g) throws IOException {
        String[][] posts = {
            {"2022-09-18 09:12:40", "Sonntagslauf am Cospudener See 🌅 #sonntagslauf #laufen", "Leipzig", "18"},
            {"2022-11-06 10:03:11", "Nachtdienst vorbei, jetzt erst mal laufen #nachtdienst", "Leipzig", "9"},
            {"2023-04-23 12:44:02", "Halbmarathon unter zwei Stunden!!! 1:58:43 #halbmarathon #leipzig", "Leipzig", "31"},
            {"2023-06-11 08:30:55", "Neue Lieblingsstrecke durch den Auwald #laufen", "Leipzig", "14"}};
        g.writeObjectFieldStart("Posts");
        g.writeArrayFieldStart("VideoList");
        DemoRandom random = DemoRandom.forPart("tiktok/posts");
        for (String[] post : posts) {
            g.writeStartObject();
            g.writeStringField("Date", post[0]);
            g.writeStringField("Link", "https://www.tiktokv.com/share/video/" + TikTokFeed.videoId(random) + "/");
            g.writeStringField("Likes", post[3]);
            g.writeStringField("WhoCanView", "Everyone");
            g.writeStringField("AllowComments", "Yes");
            g.writeStringField("AllowStitches", "No");
            g.writeStringField("AllowDuets", "No");
            g.writeStringField("AllowStickers", "Yes");
            g.writeStringField("AllowSharingToStory", "Yes");
            g.writeStringField("ContentDisclosure", "");
            g.writeStringField("AIGeneratedContent", "No");
            g.writeStringField("Sound", "Originalton - " + TikTokContent.USERNAME);
            g.writeStringField("Location", post[2]);
            g.writeStringField("Title", post[1]);
            g.writeStringField("AddYoursText", "");
            g.writeEndObject();
            tally.posts++;
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private void writeProfile(JsonGenerator g) throws IOException {
        g.writeObjectFieldStart("AI-Moji");
        g.writeStringField("CreateDate", "");
        g.writeNullField("AIMojiList");
        g.writeEndObject();
        g.writeObjectFieldStart("Autofill");
        autofill(g, "PhoneNumber", NONE);
        autofill(g, "Email", Persona.EMAIL);
        autofill(g, "FirstName", Persona.FIRST_NAME);
        autofill(g, "LastName", Persona.LAST_NAME);
        autofill(g, "Address", NONE);
        autofill(g, "ZipCode", Persona.POSTCODE);
        autofill(g, "Unit", NONE);
        autofill(g, "City", Persona.CITY);
        autofill(g, "State", Persona.REGION);
        autofill(g, "Country", "Deutschland");
        g.writeEndObject();
        g.writeObjectFieldStart("Profile Info");
        g.writeNumberField("App", 1);
        g.writeObjectFieldStart("ProfileMap");
        g.writeArrayFieldStart("PlatformInfo");
        g.writeEndArray();
        fact(g, "aiSelf", NONE);
        fact(g, "bioDescription", "Pflegerin 👩‍⚕️ | Läuferin 🏃‍♀️ | Leipzig");
        fact(g, "birthDate", Persona.BIRTHDAY.format(DateTimeFormatter.ofPattern("dd-MMM-yyyy", Locale.ENGLISH)));
        fact(g, "displayName", "Jana 🏃‍♀️");
        fact(g, "emailAddress", Persona.EMAIL);
        g.writeNumberField("followerCount", feed.followers().size());
        g.writeNumberField("followingCount", feed.following().size());
        tally.profileFacts += 2;
        g.writeStringField("inferredGender", "Female");
        tally.inferredGenders++;
        fact(g, "instagramLink", "");
        fact(g, "lemon8Link", "");
        fact(g, "likesReceived", "72");
        fact(g, "profilePhoto", NONE);
        fact(g, "profileVideo", "None");
        fact(g, "telephoneNumber", NONE);
        fact(g, "userName", TikTokContent.USERNAME);
        fact(g, "youtubeLink", "");
        g.writeEndObject();
        g.writeEndObject();
    }

    private void autofill(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
        if (!value.equals(NONE)) {
            tally.autofillFacts++;
        }
    }

    private void fact(JsonGenerator g, String name, String value) throws IOException {
        g.writeStringField(name, value);
        if (!value.isEmpty() && !value.equals(NONE) && !value.equals("None")) {
            tally.profileFacts++;
        }
    }

    private void writeLive(JsonGenerator g) throws IOException {
        emptySection(g, "Go Live History", "GoLiveList");
        g.writeObjectFieldStart("Go Live Settings");
        g.writeObjectFieldStart("SettingsMap");
        for (String name : List.of("Allow agencies to find and invite you", "Allow others to invite you to co-host in LIVE",
                "Allow viewers to send you gifts during your LIVE")) {
            g.writeStringField(name, NONE);
        }
        g.writeArrayFieldStart("People you assigned to moderate your LIVE");
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("Watch Live History");
        g.writeObjectFieldStart("WatchLiveMap");
        g.writeEndObject();
        g.writeEndObject();
        g.writeObjectFieldStart("Watch Live Settings");
        g.writeObjectFieldStart("WatchLiveSettingsMap");
        g.writeStringField("app", NONE);
        g.writeStringField("web", NONE);
        g.writeEndObject();
        g.writeStringField("MostRecentModificationTimeInApp", "0");
        g.writeStringField("MostRecentModificationTimeInWeb", "0");
        g.writeEndObject();
    }

    private void writeShop(JsonGenerator g) throws IOException {
        DemoRandom random = DemoRandom.forPart("tiktok/shop");
        emptySection(g, "Communication With Shops", "CommunicationHistories");
        emptySection(g, "Current Payment Information", "PayCard");
        emptySection(g, "Customer Support History", "CustomerSupportHistories");
        emptySection(g, "Order Dispute History", "OrderDisputeHistories");
        List<LocalDate> orderDays = List.of(LocalDate.of(2023, 10, 2), LocalDate.of(2023, 12, 5),
                LocalDate.of(2024, 2, 20));
        g.writeObjectFieldStart("Order History");
        g.writeObjectFieldStart("OrderHistories");
        for (int i = 0; i < orderDays.size(); i++) {
            String number = "5770" + random.digits(14);
            g.writeObjectFieldStart(number);
            LocalDate day = orderDays.get(i);
            g.writeStringField("order_date", TIME.format(random.wakingMomentBetween(day, day.plusDays(1))));
            g.writeStringField("order_number", number);
            g.writeStringField("total_price", (19 + 11 * i) + ",90 EUR");
            g.writeStringField("customer_note", "");
            g.writeStringField("order_status", "Completed");
            g.writeStringField("logistics_provider", "DHL");
            g.writeStringField("logistics_tracking_number", "00340434" + random.digits(10));
            g.writeObjectFieldStart("Receiver");
            g.writeStringField("Name", Persona.FULL_NAME);
            g.writeStringField("Phone", NONE);
            g.writeStringField("Address", Persona.POSTCODE + " " + Persona.CITY);
            g.writeEndObject();
            g.writeArrayFieldStart("Products");
            for (String product : TikTokContent.SHOP_ORDERS.get(i)) {
                g.writeStartObject();
                g.writeStringField("product_name", product);
                g.writeStringField("variation_name", "");
                g.writeNumberField("quantity", 1);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            tally.orders++;
        }
        g.writeEndObject();
        g.writeEndObject();
        List<TikTokFeed.Dated> viewed = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            viewed.add(new TikTokFeed.Dated(random.wakingMomentBetween(LocalDate.of(2023, 8, 15), Persona.EXPORT_DAY),
                    random.pick(TikTokContent.SHOP_PRODUCTS)));
        }
        viewed.sort(Comparator.comparing(TikTokFeed.Dated::at).reversed());
        section(g, "Product Browsing History", "ProductBrowsingHistories", viewed, false, (d, gen) -> {
            gen.writeStringField("browsing_date", TIME.format(d.at()));
            gen.writeStringField("shop_name", "Babywelt Leipzig Shop");
            gen.writeStringField("product_name", d.text());
        }, () -> tally.productViews++);
        emptySection(g, "Product Reviews", "ProductReviewHistories");
        emptySection(g, "Returns and Refunds History", "ReturnAndRefundHistories");
        emptySection(g, "Saved Address Information", "SavedAddress");
        emptySection(g, "Shopping Cart List", "ShoppingCart");
        emptySection(g, "Vouchers", "Vouchers");
    }

    // ---- writing helpers ----

    @FunctionalInterface
    private interface Fields {
        void write(TikTokFeed.Dated entry, JsonGenerator g) throws IOException;
    }

    /** A section holding one list of records; {@code app} adds TikTok's {@code "App": 1} marker. */
    private static void section(JsonGenerator g, String name, String list, List<TikTokFeed.Dated> entries, boolean app,
                                Fields fields, Runnable count) throws IOException {
        g.writeObjectFieldStart(name);
        if (app) {
            g.writeNumberField("App", 1);
        }
        g.writeArrayFieldStart(list);
        for (TikTokFeed.Dated entry : entries) {
            g.writeStartObject();
            fields.write(entry, g);
            g.writeEndObject();
            count.run();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** A section whose list is empty, which TikTok writes as null. */
    private static void emptySection(JsonGenerator g, String name, String list) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNullField(list);
        g.writeEndObject();
    }

    /** Counts what is written, record by record. */
    private static final class Tally {
        int videosWatched;
        int expectingWatched;
        int searches;
        int expectingSearches;
        int likes;
        int favoriteVideos;
        int favoriteSounds;
        int following;
        int followers;
        int blocked;
        int logins;
        int shares;
        int hashtagsUsed;
        int activityCounters;
        int devices;
        int comments;
        int conversations;
        int messages;
        int posts;
        int profileFacts;
        int autofillFacts;
        int settings;
        int adSettings;
        int adInterests;
        int chosenInterests;
        int offTikTokEvents;
        int offTikTokSources;
        int orders;
        int productViews;
        int locationRecords;
        int inferredRegions;
        int inferredGenders;

        TikTokFacts toFacts() {
            return new TikTokFacts(videosWatched, expectingWatched, searches, expectingSearches, likes,
                    favoriteVideos, favoriteSounds, following, followers, blocked, logins, shares, hashtagsUsed,
                    activityCounters, devices, comments, conversations, messages, posts, profileFacts, autofillFacts,
                    settings, adSettings, adInterests, chosenInterests, offTikTokEvents, offTikTokSources, orders,
                    productViews, locationRecords, inferredRegions, inferredGenders);
        }
    }
}
