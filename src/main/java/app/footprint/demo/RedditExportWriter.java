package app.footprint.demo;

import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes Jana's Reddit data request export as Reddit hands it out in 2024: a flat zip of CSV files with
 * CRLF line ends, times as {@code 2024-03-11 18:22:05 UTC}, most files only a header, and
 * {@code checkfile.csv} listing every file with its SHA-256 (in the order of a real 2024 export, with no
 * line end after its last row).
 */
final class RedditExportWriter {
    static final String FILE_NAME = "export_laufjana_lpz_20240312.zip";
    static final int COMMENTS = 150;
    static final int POST_VOTES = 900;
    static final int COMMENT_VOTES = 600;
    static final int SAVED_POSTS = 25;
    static final int SAVED_COMMENTS = 8;
    static final int HIDDEN_POSTS = 6;
    static final int IP_LOG_ENTRIES = 95;
    static final Instant REGISTERED = Persona.at(LocalDate.of(2016, 4, 2), 21, 14);

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final String BASE36 = "0123456789abcdefghijklmnopqrstuvwxyz";
    private static final LocalDate FIRST_ACTIVE = LocalDate.of(2016, 4, 10);

    private final DemoRandom random = DemoRandom.forPart("reddit");
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<RedditContent.Community> communities = new ArrayList<>();
    private int commentsAboutPregnancy;

    private RedditExportWriter() {
        communities.addAll(RedditContent.EVERYDAY);
        communities.addAll(RedditContent.EXPECTING);
    }

    static RedditFacts write(OutputStream out) throws IOException {
        RedditExportWriter writer = new RedditExportWriter();
        RedditFacts facts = writer.build();
        try (DemoZip zip = new DemoZip(out)) {
            DemoCsv checkfile = DemoCsv.crlf().header("filename", "sha256");
            for (Map.Entry<String, byte[]> file : writer.files.entrySet()) {
                zip.bytes(file.getKey(), file.getValue());
                checkfile.row(file.getKey(), sha256(file.getValue()));
            }
            zip.bytes("checkfile.csv", checkfile.bytes(false));
        }
        return facts;
    }

    private RedditFacts build() {
        put("account_gender.csv", DemoCsv.crlf().header("account_gender").row("female"));
        put("birthdate.csv", DemoCsv.crlf().header("birthdate", "verified_birthdate", "verification_state",
                "verification_method").row(Persona.BIRTHDAY.toString(), null, null, null));
        DemoCsv sensitive = DemoCsv.crlf().header("type", "preference");
        RedditContent.SENSITIVE_ADS.forEach(s -> sensitive.row(s[0], s[1]));
        put("sensitive_ads_preferences.csv", sensitive);
        put("approved_submitter_subreddits.csv", DemoCsv.crlf().header("subreddit"));
        DemoCsv chat = chat();
        put("chat_history.csv", chat);
        List<String[]> comments = comments();
        DemoCsv commentHeaders = DemoCsv.crlf().header("id", "permalink", "date", "ip", "subreddit", "gildings", "link",
                "parent");
        DemoCsv commentRows = DemoCsv.crlf().header("id", "permalink", "date", "ip", "subreddit", "gildings", "link",
                "parent", "body", "media");
        for (String[] c : comments) {
            commentHeaders.row(c[0], c[1], c[2], null, c[3], "0", c[4], c[5]);
            commentRows.row(c[0], c[1], c[2], null, c[3], "0", c[4], c[5], c[6], null);
        }
        put("comment_headers.csv", commentHeaders);
        put("comment_votes.csv", votes(COMMENT_VOTES, true));
        put("comments.csv", commentRows);
        put("drafts.csv", DemoCsv.crlf().header("id", "title", "body", "kind", "created", "modified", "spoiler", "nsfw",
                "original_content", "content_category", "flair_id", "flair_text", "send_replies", "subreddit",
                "is_public_link"));
        put("friends.csv", DemoCsv.crlf().header("username", "note"));
        put("gilded_content.csv", DemoCsv.crlf().header("content_link", "award", "amount", "date"));
        put("gold_received.csv", DemoCsv.crlf().header("content_link", "gold_received", "gilder_username", "date"));
        DemoCsv hidden = links(HIDDEN_POSTS, "reddit/hidden", false);
        put("hidden_posts.csv", hidden);
        DemoCsv ipLogs = ipLogs();
        put("ip_logs.csv", ipLogs);
        put("linked_identities.csv", DemoCsv.crlf().header("issuer_id", "subject_id"));
        put("linked_phone_number.csv", DemoCsv.crlf().header("phone_number"));
        DemoCsv messageHeaders = DemoCsv.crlf().header("id", "permalink", "thread_id", "date", "ip", "from", "to");
        DemoCsv messages = DemoCsv.crlf().header("id", "permalink", "thread_id", "date", "ip", "from", "to", "subject",
                "body");
        writeMessages(messageHeaders, messages);
        put("message_headers.csv", messageHeaders);
        put("messages.csv", messages);
        put("moderated_subreddits.csv", DemoCsv.crlf().header("subreddit"));
        put("multireddits.csv", DemoCsv.crlf().header("id", "display_name", "date", "description", "privacy",
                "subreddits", "image_url", "is_owner", "favorited", "followers"));
        put("payouts.csv", DemoCsv.crlf().header("payout_amount_usd", "date", "payout_id"));
        put("persona.csv", DemoCsv.crlf().header("persona_inquiry_id"));
        put("poll_votes.csv", DemoCsv.crlf().header("post_id", "user_selection", "text", "image_url", "is_prediction",
                "stake_amount"));
        DemoCsv postHeaders = DemoCsv.crlf().header("id", "permalink", "date", "ip", "subreddit", "gildings", "url");
        DemoCsv posts = DemoCsv.crlf().header("id", "permalink", "date", "ip", "subreddit", "gildings", "title", "url",
                "body");
        writePosts(postHeaders, posts);
        put("post_headers.csv", postHeaders);
        put("post_votes.csv", votes(POST_VOTES, false));
        put("posts.csv", posts);
        put("purchases.csv", DemoCsv.crlf().header("processor", "transaction_id", "product", "date", "cost", "currency",
                "status"));
        DemoCsv savedComments = links(SAVED_COMMENTS, "reddit/saved-comments", true);
        put("saved_comments.csv", savedComments);
        DemoCsv savedPosts = links(SAVED_POSTS, "reddit/saved-posts", false);
        put("saved_posts.csv", savedPosts);
        put("scheduled_posts.csv", DemoCsv.crlf().header("scheduled_post_id", "subreddit", "title", "body", "url",
                "submission_time", "recurrence"));
        DemoCsv statistics = DemoCsv.crlf().header("statistic", "value")
                .row("account name", RedditContent.USERNAME)
                .row("export time", TIME.format(Persona.at(Persona.EXPORT_DAY, 9, 41)))
                .row("is_deleted", "False")
                .row("registration date", TIME.format(REGISTERED))
                .row("email verified", "True")
                .row("email address", Persona.EMAIL);
        put("statistics.csv", statistics);
        put("stripe.csv", DemoCsv.crlf().header("stripe_account_id"));
        DemoCsv subscribed = DemoCsv.crlf().header("subreddit");
        communities.forEach(c -> subscribed.row(c.name()));
        RedditContent.READ_ONLY.forEach(subscribed::row);
        put("subscribed_subreddits.csv", subscribed);
        put("twitter.csv", DemoCsv.crlf().header("username"));
        DemoCsv settings = DemoCsv.crlf().header("preference", "value");
        RedditContent.SETTINGS.forEach(s -> settings.row(s.name(), s.value()));
        put("user_preferences.csv", settings);

        int adSettings = (int) RedditContent.SETTINGS.stream().filter(RedditContent.Setting::aboutAds).count();
        int shown = (int) RedditContent.SENSITIVE_ADS.stream().filter(s -> s[1].equals("True")).count();
        // Gender and birth date, the statistics but the export time, and the settings that are not about ads.
        int profileFacts = 1 + 1 + (statistics.rows() - 1) + (RedditContent.SETTINGS.size() - adSettings);
        return new RedditFacts(files.size(), subscribed.rows(), RedditContent.EXPECTING.size(), posts.rows(),
                commentRows.rows(), commentsAboutPregnancy, POST_VOTES, COMMENT_VOTES, savedPosts.rows(),
                savedComments.rows(), hidden.rows(), messages.rows(), chat.rows(), ipLogs.rows(), profileFacts,
                adSettings, sensitive.rows(), shown, "de");
    }

    private void put(String name, DemoCsv csv) {
        files.put(name, csv.bytes(true));
    }

    /** Comments: id, permalink, date, community, link, parent, text; from July 2023 many about pregnancy. */
    private List<String[]> comments() {
        DemoRandom dice = DemoRandom.forPart("reddit/comments");
        Map<String, DemoRandom.Deck<String>> decks = new LinkedHashMap<>();
        communities.forEach(c -> decks.put(c.name(), dice.deck(c.comments())));
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < COMMENTS; i++) {
            times.add(dice.wakingMomentBetween(FIRST_ACTIVE, Persona.LAST_ACTIVE_DAY));
        }
        times.sort(Comparator.reverseOrder());
        List<String[]> rows = new ArrayList<>();
        for (Instant at : times) {
            boolean aboutPregnancy = Persona.expecting(at) && dice.chance(0.6);
            RedditContent.Community community = dice.pick(aboutPregnancy ? RedditContent.EXPECTING : RedditContent.EVERYDAY);
            commentsAboutPregnancy += aboutPregnancy ? 1 : 0;
            String post = id(dice, 6);
            String id = id(dice, 7);
            String link = "https://www.reddit.com/r/" + community.name() + "/comments/" + post + "/" + slug(dice) + "/";
            String parent = dice.chance(0.6) ? "t3_" + post : "t1_" + id(dice, 7);
            rows.add(new String[] {id, link + id + "/", TIME.format(at), community.name(), link, parent,
                    decks.get(community.name()).draw()});
        }
        return rows;
    }

    private void writePosts(DemoCsv headers, DemoCsv posts) {
        DemoRandom dice = DemoRandom.forPart("reddit/posts");
        record Post(Instant at, RedditContent.Community community, String title) {
        }
        List<Post> all = new ArrayList<>();
        for (RedditContent.Community c : communities) {
            for (String title : c.postTitles()) {
                Instant at = c.aboutPregnancy()
                        ? dice.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(5), Persona.LAST_ACTIVE_DAY)
                        : title.contains("Lisbon") ? Persona.at(LocalDate.of(2019, 5, 9), 21, 40)
                        : dice.wakingMomentBetween(FIRST_ACTIVE, Persona.PREGNANCY_KNOWN);
                all.add(new Post(at, c, title));
            }
        }
        all.sort(Comparator.comparing(Post::at).reversed());
        for (Post p : all) {
            String id = id(dice, 6);
            String permalink = "https://www.reddit.com/r/" + p.community().name() + "/comments/" + id + "/"
                    + p.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9äöüß]+", "_").replaceAll("^_|_$", "") + "/";
            String body = dice.pick(p.community().comments());
            headers.row(id, permalink, TIME.format(p.at()), null, p.community().name(), "0", permalink);
            posts.row(id, permalink, TIME.format(p.at()), null, p.community().name(), "0", p.title(), permalink, body);
        }
    }

    /** Votes on posts or comments; Reddit keeps no time, but the link names the community. */
    private DemoCsv votes(int count, boolean onComments) {
        DemoRandom dice = DemoRandom.forPart(onComments ? "reddit/comment-votes" : "reddit/post-votes");
        List<String> names = new ArrayList<>(communities.stream().map(RedditContent.Community::name).toList());
        names.addAll(RedditContent.READ_ONLY);
        DemoCsv csv = DemoCsv.crlf().header("id", "permalink", "direction");
        for (int i = 0; i < count; i++) {
            String community = dice.pickFavouring(names);
            String post = id(dice, 6);
            String id = onComments ? id(dice, 7) : post;
            String link = "https://www.reddit.com/r/" + community + "/comments/" + post + "/" + slug(dice) + "/"
                    + (onComments ? id + "/" : "");
            csv.row(id, link, dice.chance(0.92) ? "up" : "down");
        }
        return csv;
    }

    /** Saved or hidden posts and comments: {@code id,permalink}. */
    private DemoCsv links(int count, String part, boolean comments) {
        DemoRandom dice = DemoRandom.forPart(part);
        DemoCsv csv = DemoCsv.crlf().header("id", "permalink");
        for (int i = 0; i < count; i++) {
            RedditContent.Community community = dice.pick(communities);
            String post = id(dice, 6);
            String id = comments ? id(dice, 7) : post;
            csv.row(id, "https://www.reddit.com/r/" + community.name() + "/comments/" + post + "/" + slug(dice) + "/"
                    + (comments ? id + "/" : ""));
        }
        return csv;
    }

    /** The registration address Reddit keeps for good, then about the last hundred days of use. */
    private DemoCsv ipLogs() {
        DemoRandom dice = DemoRandom.forPart("reddit/ip-logs");
        DemoCsv csv = DemoCsv.crlf().header("date", "ip").row("registration ip", "198.51.100.57");
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < IP_LOG_ENTRIES; i++) {
            times.add(dice.wakingMomentBetween(Persona.EXPORT_DAY.minusDays(100), Persona.LAST_ACTIVE_DAY));
        }
        times.sort(Comparator.reverseOrder());
        for (Instant at : times) {
            String ip = dice.chance(0.7) ? "198.51.100." + dice.between(2, 254)
                    : String.format("2001:db8:%x:%x::%x", dice.between(0x1000, 0xffff), dice.between(0, 0xffff),
                    dice.between(1, 0xfff));
            csv.row(TIME.format(at), ip);
        }
        return csv;
    }

    private void writeMessages(DemoCsv headers, DemoCsv messages) {
        DemoRandom dice = DemoRandom.forPart("reddit/messages");
        List<LocalDate> threads = List.of(LocalDate.of(2019, 6, 12), LocalDate.of(2020, 11, 3),
                LocalDate.of(2021, 3, 18), LocalDate.of(2023, 9, 7));
        String thread = null;
        for (int i = 0; i < RedditContent.PRIVATE_MESSAGES.size(); i++) {
            RedditContent.PrivateMessage m = RedditContent.PRIVATE_MESSAGES.get(i);
            String id = "2" + id(dice, 5);
            thread = i % 2 == 0 ? id : thread;
            Instant at = Persona.at(threads.get(i / 2), 19 + (i % 2), dice.between(0, 59));
            String from = m.fromHer() ? RedditContent.USERNAME : m.other();
            String to = m.fromHer() ? m.other() : RedditContent.USERNAME;
            String permalink = "https://www.reddit.com/message/messages/" + id;
            String threadId = i % 2 == 0 ? null : thread;
            headers.row(id, permalink, threadId, TIME.format(at), null, from, to);
            messages.row(id, permalink, threadId, TIME.format(at), null, from, to, m.subject(), m.body());
        }
    }

    /** The running group's chat in r/Leipzig: a spring 2022 meetup, then the weeks around her news. */
    private DemoCsv chat() {
        DemoRandom dice = DemoRandom.forPart("reddit/chat");
        DemoCsv csv = DemoCsv.crlf().header("message_id", "created_at", "updated_at", "username", "message",
                "thread_parent_message_id", "channel_url", "subreddit", "channel_name", "conversation_type");
        String channel = "sendbird_group_channel_" + dice.digits(9) + "_" + dice.base62(20).toLowerCase(Locale.ROOT);
        Instant at = Persona.at(LocalDate.of(2022, 5, 6), 18, 2);
        for (int i = 0; i < RedditContent.CHAT.size(); i++) {
            if (i == 6) {
                at = Persona.at(LocalDate.of(2023, 10, 20), 17, 45); // after she told the group
            }
            String[] line = RedditContent.CHAT.get(i);
            csv.row(dice.digits(10), TIME.format(at), TIME.format(at), line[0], line[1], null, channel, "Leipzig",
                    "Laufgruppe Leipzig", "group");
            at = at.plusSeconds(dice.between(60, 8 * 3600));
        }
        return csv;
    }

    private static String id(DemoRandom dice, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(BASE36.charAt(dice.between(0, BASE36.length() - 1)));
        }
        return id.toString();
    }

    /** The words in a link after the post's id: lower-case and joined by underscores, as Reddit makes them. */
    private static String slug(DemoRandom dice) {
        List<String> words = List.of("tips", "first", "week", "question", "help", "advice", "update", "thread",
                "weekly", "running", "shift", "plan", "baby", "race", "bread", "leipzig", "day", "best");
        return dice.pick(words) + "_" + dice.pick(words) + "_" + dice.pick(words);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
