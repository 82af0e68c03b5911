package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Jana did on X: her posts (split over three files, with their headers and three photos), the posts
 * she deleted, her likes, the accounts around her, lists and saved searches, and her direct messages with
 * Tom, her sister, a running friend and the running group.
 */
final class TwitterPostsWriter {
    static final int POSTS = 240;
    /** Posts per file: tweets.js, tweets-part1.js, tweets-part2.js (X splits at about 100 MB; the demo earlier). */
    static final List<Integer> POSTS_PER_FILE = List.of(100, 80, 60);
    static final int LIKES = 300;
    static final int FOLLOWERS = 85;
    static final int FOLLOWING = 140;
    static final int PHOTOS = 3;

    /** A few bytes with a JPEG's start and end markers: the archive needs the file, nobody views it. */
    static final byte[] PICTURE = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01, 0x01,
        0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};

    private static final Pattern HASHTAG = Pattern.compile("#(\\p{L}+)");
    private static final String ANDROID = "<a href=\"http://twitter.com/download/android\" rel=\"nofollow\">Twitter for Android</a>";
    private static final String WEB = "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>";
    private static final String CLUB_POST = "Samstag 9 Uhr am Clara-Park, alle Tempi willkommen! 🏃";

    /** A post: its id, time and text, whom it answers, which account it reposts, its photo. */
    private record Post(String id, Instant at, String text, TwitterContent.Account replyTo, String replyToId,
                        TwitterContent.Account repost, String photo) {
    }

    /** A conversation: with whom, how many messages from when, and in which words. */
    private record Conversation(List<TwitterContent.Account> others, int messages, LocalDate from, List<String> lines,
                                List<String> expectingLines) {
    }

    private final TwitterArchiveWriter archive;
    private final TwitterTally tally;
    private final DemoRandom random = DemoRandom.forPart("twitter/posts");

    TwitterPostsWriter(TwitterArchiveWriter archive, TwitterTally tally) {
        this.archive = archive;
        this.tally = tally;
    }

    void write() throws IOException {
        writePosts(posts());
        writeDeletedPosts();
        writeLikes();
        writeAccounts();
        writeListsAndSearches();
        writeMessages();
        for (String empty : List.of("grok-chat-item", "account-suspension", "community-note", "spaces-metadata")) {
            archive.data(empty, 0, 0, g -> { });
        }
    }

    private List<Post> posts() {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            moments.add(random.wakingMomentBetween(TwitterContent.JOINED, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        DemoRandom.Deck<String> everyday = random.deck(TwitterContent.POSTS);
        DemoRandom.Deck<String> expecting = random.deck(TwitterContent.EXPECTING_POSTS);
        List<Integer> photos = random.sample(List.of(3, 17, 42, 77, 120, 150, 199), PHOTOS);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < moments.size(); i++) {
            Instant at = moments.get(i);
            String id = TwitterArchiveWriter.id(at, random);
            double kind = random.nextDouble();
            if (kind < 0.06) {
                posts.add(new Post(id, at, "RT @" + TwitterContent.RUNNING_CLUB.handle() + ": " + CLUB_POST, null, null,
                        TwitterContent.RUNNING_CLUB, null));
                continue;
            }
            String text = (Persona.expecting(at) && random.chance(0.5) ? expecting.draw() : everyday.draw())
                    .replace("{km}", Integer.toString(random.between(5, 21)));
            TwitterContent.Account replyTo = null;
            String replyToId = null;
            if (kind < 0.2) {
                replyTo = random.chance(0.7) ? TwitterContent.TOM : TwitterContent.LENA;
                replyToId = TwitterArchiveWriter.id(at.minusSeconds(random.between(60, 7200)), random);
                text = "@" + replyTo.handle() + " " + text;
            }
            String photo = photos.contains(i) ? random.base62(10) : null;
            if (photo != null) {
                text = text + " https://t.co/" + photo;
            }
            posts.add(new Post(id, at, text, replyTo, replyToId, null, photo));
        }
        return posts;
    }

    private void writePosts(List<Post> posts) throws IOException {
        int from = 0;
        for (int part = 0; part < POSTS_PER_FILE.size(); part++) {
            List<Post> inFile = posts.subList(from, from + POSTS_PER_FILE.get(part));
            from += inFile.size();
            archive.data("tweets", part, inFile.size(), g -> {
                for (Post post : inFile) {
                    g.writeStartObject();
                    g.writeFieldName("tweet");
                    writePost(g, post, null);
                    g.writeEndObject();
                    tally.posts++;
                }
            });
            tally.postFiles++;
        }
        archive.data("tweet-headers", 0, posts.size(), g -> {
            for (Post post : posts) {
                header(g, post, null);
            }
        });
        for (Post post : posts) {
            if (post.photo() != null) {
                archive.file("data/tweets_media/" + post.id() + "-" + post.photo() + ".jpg", PICTURE);
            }
        }
    }

    /** One post the way tweets.js writes it, fields in X's order. */
    private void writePost(JsonGenerator g, Post post, Instant deleted) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("edit_info");
        g.writeObjectFieldStart("initial");
        g.writeArrayFieldStart("editTweetIds");
        g.writeString(post.id());
        g.writeEndArray();
        g.writeStringField("editableUntil", TwitterArchiveWriter.iso(post.at().plusSeconds(3600)));
        g.writeStringField("editsRemaining", "5");
        g.writeBooleanField("isEditEligible", post.repost() == null);
        g.writeEndObject();
        g.writeEndObject();
        g.writeBooleanField("retweeted", false);
        g.writeStringField("source", random.chance(0.8) ? ANDROID : WEB);
        g.writeObjectFieldStart("entities");
        g.writeArrayFieldStart("hashtags");
        Matcher tag = HASHTAG.matcher(post.text());
        while (tag.find()) {
            g.writeStartObject();
            g.writeStringField("text", tag.group(1));
            indices(g, tag.start(), tag.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("symbols");
        g.writeEndArray();
        g.writeArrayFieldStart("user_mentions");
        TwitterContent.Account mentioned = post.replyTo() != null ? post.replyTo() : post.repost();
        if (mentioned != null) {
            int start = post.text().indexOf('@');
            g.writeStartObject();
            g.writeStringField("name", mentioned.name());
            g.writeStringField("screen_name", mentioned.handle());
            indices(g, start, start + 1 + mentioned.handle().length());
            g.writeStringField("id_str", mentioned.id());
            g.writeStringField("id", mentioned.id());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("urls");
        g.writeEndArray();
        if (post.photo() != null) {
            g.writeArrayFieldStart("media");
            photo(g, post);
            g.writeEndArray();
        }
        g.writeEndObject();
        g.writeArrayFieldStart("display_text_range");
        g.writeString("0");
        g.writeString(Integer.toString(post.text().length()));
        g.writeEndArray();
        g.writeStringField("favorite_count", Integer.toString(post.repost() != null ? 0 : random.between(0, 14)));
        if (post.replyTo() != null) {
            g.writeStringField("in_reply_to_status_id_str", post.replyToId());
        }
        g.writeStringField("id_str", post.id());
        if (post.replyTo() != null) {
            g.writeStringField("in_reply_to_user_id", post.replyTo().id());
        }
        g.writeBooleanField("truncated", false);
        g.writeStringField("retweet_count", Integer.toString(random.between(0, 3)));
        g.writeStringField("id", post.id());
        if (post.replyTo() != null) {
            g.writeStringField("in_reply_to_status_id", post.replyToId());
        }
        if (post.photo() != null) {
            g.writeBooleanField("possibly_sensitive", false);
        }
        g.writeStringField("created_at", TwitterArchiveWriter.postTime(post.at()));
        g.writeBooleanField("favorited", false);
        g.writeStringField("full_text", post.text());
        g.writeStringField("lang", "de");
        if (post.replyTo() != null) {
            g.writeStringField("in_reply_to_screen_name", post.replyTo().handle());
            g.writeStringField("in_reply_to_user_id_str", post.replyTo().id());
        }
        if (post.photo() != null) {
            g.writeObjectFieldStart("extended_entities");
            g.writeArrayFieldStart("media");
            photo(g, post);
            g.writeEndArray();
            g.writeEndObject();
        }
        if (deleted != null) {
            g.writeStringField("deleted_at", TwitterArchiveWriter.postTime(deleted));
        }
        g.writeEndObject();
    }

    private static void photo(JsonGenerator g, Post post) throws IOException {
        String link = "https://t.co/" + post.photo();
        int start = post.text().indexOf(link);
        g.writeStartObject();
        g.writeStringField("expanded_url", "https://twitter.com/" + TwitterContent.USER_NAME + "/status/" + post.id()
                + "/photo/1");
        indices(g, start, start + link.length());
        g.writeStringField("url", link);
        g.writeStringField("media_url", "http://pbs.twimg.com/media/" + post.photo() + ".jpg");
        g.writeStringField("id_str", post.id());
        g.writeStringField("id", post.id());
        g.writeStringField("media_url_https", "https://pbs.twimg.com/media/" + post.photo() + ".jpg");
        g.writeStringField("type", "photo");
        g.writeStringField("display_url", "pic.twitter.com/" + post.photo());
        g.writeEndObject();
    }

    private static void indices(JsonGenerator g, int start, int end) throws IOException {
        g.writeArrayFieldStart("indices");
        g.writeString(Integer.toString(start));
        g.writeString(Integer.toString(end));
        g.writeEndArray();
    }

    private static void header(JsonGenerator g, Post post, Instant deleted) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("tweet");
        g.writeStringField("tweet_id", post.id());
        g.writeStringField("user_id", TwitterContent.ACCOUNT_ID);
        g.writeStringField("created_at", TwitterArchiveWriter.postTime(post.at()));
        if (deleted != null) {
            g.writeStringField("deleted_at", TwitterArchiveWriter.postTime(deleted));
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Deleted posts: X keeps them, with when she deleted them. Two are early signs of the pregnancy. */
    private void writeDeletedPosts() throws IOException {
        List<LocalDate> days = List.of(LocalDate.of(2023, 7, 24), LocalDate.of(2023, 8, 10), LocalDate.of(2024, 1, 15));
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Instant at = Persona.at(days.get(i), 7 + 6 * i, 40);
            posts.add(new Post(TwitterArchiveWriter.id(at, random), at, TwitterContent.DELETED_POSTS.get(i), null, null,
                    null, null));
        }
        archive.data("deleted-tweets", 0, posts.size(), g -> {
            for (Post post : posts) {
                g.writeStartObject();
                g.writeFieldName("tweet");
                writePost(g, post, post.at().plusSeconds(25 * 60));
                g.writeEndObject();
                tally.deletedPosts++;
            }
        });
        archive.data("deleted-tweet-headers", 0, posts.size(), g -> {
            for (Post post : posts) {
                header(g, post, post.at().plusSeconds(25 * 60));
            }
        });
    }

    /** Likes, newest first: lately posts about babies among the running and the music. */
    private void writeLikes() throws IOException {
        DemoRandom.Deck<String> everyday = random.deck(TwitterContent.LIKED);
        DemoRandom.Deck<String> expecting = random.deck(TwitterContent.LIKED_EXPECTING);
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < LIKES; i++) {
            moments.add(random.wakingMomentBetween(TwitterContent.JOINED, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        archive.data("like", 0, LIKES, g -> {
            for (Instant moment : moments) {
                String id = TwitterArchiveWriter.id(moment, random);
                g.writeStartObject();
                g.writeObjectFieldStart("like");
                g.writeStringField("tweetId", id);
                g.writeStringField("fullText", Persona.expecting(moment) && random.chance(0.6) ? expecting.draw()
                        : everyday.draw());
                g.writeStringField("expandedUrl", "https://twitter.com/i/web/status/" + id);
                g.writeEndObject();
                g.writeEndObject();
                tally.likes++;
            }
        });
    }

    /** Followers and followed accounts (her people among them), two blocked and three muted accounts. */
    private void writeAccounts() throws IOException {
        List<TwitterContent.Account> close = List.of(TwitterContent.TOM, TwitterContent.LENA, TwitterContent.MAREIKE,
                TwitterContent.RUNNING_CLUB, TwitterContent.STATION);
        archive.data("follower", 0, FOLLOWERS, g -> tally.followers += accounts(g, "follower", close, FOLLOWERS));
        List<TwitterContent.Account> followed = new ArrayList<>(close);
        followed.addAll(TwitterContent.RUNNING_GROUP.subList(2, TwitterContent.RUNNING_GROUP.size()));
        archive.data("following", 0, FOLLOWING, g -> tally.following += accounts(g, "following", followed, FOLLOWING));
        archive.data("block", 0, 2, g -> tally.blocked += accounts(g, "blocking", List.of(), 2));
        archive.data("mute", 0, 3, g -> tally.muted += accounts(g, "muting", List.of(), 3));
    }

    private int accounts(JsonGenerator g, String key, List<TwitterContent.Account> known, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            String id = i < known.size() ? known.get(i).id()
                    : random.chance(0.5) ? Long.toString(random.digits(random.between(8, 10)))
                    : TwitterArchiveWriter.id(random.wakingMomentBetween(LocalDate.of(2015, 1, 1), Persona.EXPORT_DAY), random);
            g.writeStartObject();
            g.writeObjectFieldStart(key);
            g.writeStringField("accountId", id);
            g.writeStringField("userLink", "https://twitter.com/intent/user?user_id=" + id);
            g.writeEndObject();
            g.writeEndObject();
        }
        return count;
    }

    private void writeListsAndSearches() throws IOException {
        lists("lists-created", TwitterContent.LISTS_CREATED);
        lists("lists-member", TwitterContent.LISTS_MEMBER);
        lists("lists-subscribed", TwitterContent.LISTS_SUBSCRIBED);
        archive.data("saved-search", 0, TwitterContent.SAVED_SEARCHES.size(), g -> {
            for (String query : TwitterContent.SAVED_SEARCHES) {
                g.writeStartObject();
                g.writeObjectFieldStart("savedSearch");
                g.writeStringField("savedSearchId", Long.toString(random.digits(18)));
                g.writeStringField("query", query);
                g.writeEndObject();
                g.writeEndObject();
                tally.savedSearches++;
            }
        });
    }

    private void lists(String name, List<String> urls) throws IOException {
        archive.data(name, 0, urls.size(), g -> {
            for (String url : urls) {
                g.writeStartObject();
                g.writeObjectFieldStart("userListInfo");
                g.writeStringField("url", url);
                g.writeEndObject();
                g.writeEndObject();
                tally.lists++;
            }
        });
    }

    /** One-to-one conversations in direct-messages.js, the running group in direct-messages-group.js. */
    private void writeMessages() throws IOException {
        List<Conversation> conversations = List.of(
                new Conversation(List.of(TwitterContent.TOM), 120, LocalDate.of(2014, 1, 10), ChatLines.PARTNER,
                        ChatLines.PARTNER_EXPECTING),
                new Conversation(List.of(TwitterContent.LENA), 60, LocalDate.of(2015, 3, 10), ChatLines.FAMILY,
                        ChatLines.FAMILY_EXPECTING),
                new Conversation(List.of(TwitterContent.MAREIKE), 40, LocalDate.of(2017, 4, 1), ChatLines.RUNNING,
                        ChatLines.RUNNING_EXPECTING));
        Conversation group = new Conversation(TwitterContent.RUNNING_GROUP, 30, LocalDate.of(2017, 4, 2),
                ChatLines.RUNNING, ChatLines.RUNNING_EXPECTING);
        List<List<Message>> written = new ArrayList<>();
        for (Conversation c : conversations) {
            written.add(messages(c));
        }
        List<Message> groupMessages = messages(group);
        String groupId = TwitterArchiveWriter.id(Persona.at(group.from(), 19, 0), random);

        archive.data("direct-messages", 0, conversations.size(), g -> {
            for (int i = 0; i < conversations.size(); i++) {
                conversation(g, oneToOneId(conversations.get(i).others().get(0)), written.get(i), false, false);
                tally.conversations++;
                tally.directMessages += written.get(i).size();
            }
        });
        archive.data("direct-message-headers", 0, conversations.size(), g -> {
            for (int i = 0; i < conversations.size(); i++) {
                conversation(g, oneToOneId(conversations.get(i).others().get(0)), written.get(i), false, true);
            }
        });
        archive.data("direct-messages-group", 0, 1, g -> {
            conversation(g, groupId, groupMessages, true, false);
            tally.groupMessages += groupMessages.size();
            tally.groupEvents += 2;
        });
        archive.data("direct-message-group-headers", 0, 1, g -> conversation(g, groupId, groupMessages, true, true));
    }

    /** A message: who wrote it to whom, when, what, and whether the other side reacted. */
    private record Message(String id, String sender, String recipient, Instant at, String text, boolean liked) {
    }

    private List<Message> messages(Conversation c) {
        DemoRandom.Deck<String> lines = random.deck(c.lines());
        DemoRandom.Deck<String> expectingLines = random.deck(c.expectingLines());
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < c.messages(); i++) {
            moments.add(random.wakingMomentBetween(c.from(), Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        List<Message> messages = new ArrayList<>();
        for (Instant at : moments) {
            boolean fromJana = random.chance(0.5);
            TwitterContent.Account other = random.pick(c.others());
            String sender = fromJana ? TwitterContent.ACCOUNT_ID : other.id();
            String recipient = fromJana ? other.id() : TwitterContent.ACCOUNT_ID;
            String text = Persona.expecting(at) && random.chance(0.4) ? expectingLines.draw() : lines.draw();
            messages.add(new Message(TwitterArchiveWriter.id(at, random), sender, recipient, at, text,
                    random.chance(0.08)));
        }
        return messages;
    }

    /** X writes a one-to-one conversation's id as the two account numbers, the smaller first. */
    private static String oneToOneId(TwitterContent.Account other) {
        long me = Long.parseLong(TwitterContent.ACCOUNT_ID);
        long them = Long.parseLong(other.id());
        return Math.min(me, them) + "-" + Math.max(me, them);
    }

    private void conversation(JsonGenerator g, String id, List<Message> messages, boolean group, boolean headersOnly)
            throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("dmConversation");
        g.writeStringField("conversationId", id);
        g.writeArrayFieldStart("messages");
        for (Message m : messages) {
            g.writeStartObject();
            g.writeObjectFieldStart("messageCreate");
            if (headersOnly) {
                g.writeStringField("id", m.id());
                g.writeStringField("senderId", m.sender());
                if (!group) {
                    g.writeStringField("recipientId", m.recipient());
                }
                g.writeStringField("createdAt", TwitterArchiveWriter.iso(m.at()));
            } else {
                if (!group) {
                    g.writeStringField("recipientId", m.recipient());
                }
                g.writeArrayFieldStart("reactions");
                if (m.liked()) {
                    g.writeStartObject();
                    g.writeStringField("senderId", group ? TwitterContent.ACCOUNT_ID : m.recipient());
                    g.writeStringField("reactionKey", "like");
                    g.writeStringField("eventId", m.id().substring(0, m.id().length() - 3) + "777");
                    g.writeStringField("createdAt", TwitterArchiveWriter.iso(m.at().plusSeconds(95)));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("urls");
                g.writeEndArray();
                g.writeStringField("text", m.text());
                g.writeArrayFieldStart("mediaUrls");
                g.writeEndArray();
                g.writeStringField("senderId", m.sender());
                g.writeStringField("id", m.id());
                g.writeStringField("createdAt", TwitterArchiveWriter.iso(m.at()));
                g.writeArrayFieldStart("editHistory");
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        if (group) {
            // The oldest events come last: Mareike made the group and added the others.
            Instant made = messages.get(messages.size() - 1).at().minusSeconds(600);
            g.writeStartObject();
            g.writeObjectFieldStart("participantsJoin");
            g.writeStringField("initiatingUserId", TwitterContent.MAREIKE.id());
            g.writeArrayFieldStart("userIds");
            for (TwitterContent.Account member : TwitterContent.RUNNING_GROUP.subList(1, TwitterContent.RUNNING_GROUP.size())) {
                g.writeString(member.id());
            }
            g.writeEndArray();
            g.writeStringField("createdAt", TwitterArchiveWriter.iso(made.plusSeconds(60)));
            g.writeEndObject();
            g.writeEndObject();
            g.writeStartObject();
            g.writeObjectFieldStart("joinConversation");
            g.writeStringField("initiatingUserId", TwitterContent.MAREIKE.id());
            g.writeArrayFieldStart("participantsSnapshot");
            g.writeString(TwitterContent.ACCOUNT_ID);
            g.writeString(TwitterContent.MAREIKE.id());
            g.writeEndArray();
            g.writeStringField("createdAt", TwitterArchiveWriter.iso(made));
            g.writeEndObject();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }
}
