package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The first part of Jana's Instagram download: what she did ({@code your_instagram_activity/}: direct
 * messages, likes, comments) and who she is connected with ({@code connections/}: followers, following).
 */
final class InstagramActivityWriter {
    static final int LIKES = 800;
    static final int COMMENTS = 120;
    static final int FOLLOWERS = 170;
    static final int FOLLOWED_FRIENDS = 150;

    /** A direct-message thread: who besides Jana, how many messages, since when, in which words. */
    private record Thread(InstagramPeople.Person other, int messages, LocalDate from, List<String> lines,
                          List<String> expectingLines) {
    }

    private final InstagramPart part;
    private final InstagramTally tally;
    private final InstagramPeople people;

    InstagramActivityWriter(InstagramPart part, InstagramTally tally, InstagramPeople people) {
        this.part = part;
        this.tally = tally;
        this.people = people;
    }

    void write() throws IOException {
        writeMessages();
        writeLikes();
        writeComments();
        writeFollowers();
        writeFollowing();
    }

    private void writeMessages() throws IOException {
        List<InstagramPeople.Person> friends = people.friends();
        List<Thread> threads = List.of(
                new Thread(InstagramPeople.TOM, 600, LocalDate.of(2016, 3, 1), ChatLines.PARTNER,
                        ChatLines.PARTNER_EXPECTING),
                new Thread(InstagramPeople.LENA, 300, LocalDate.of(2015, 6, 1), ChatLines.FAMILY,
                        ChatLines.FAMILY_EXPECTING),
                new Thread(friends.get(1), 90, LocalDate.of(2017, 2, 1), ChatLines.EVERYDAY, ChatLines.EVERYDAY),
                new Thread(friends.get(7), 70, LocalDate.of(2019, 8, 1), ChatLines.EVERYDAY, ChatLines.EVERYDAY),
                new Thread(friends.get(13), 50, LocalDate.of(2021, 4, 1), ChatLines.RUNNING,
                        ChatLines.RUNNING_EXPECTING),
                new Thread(friends.get(19), 40, LocalDate.of(2022, 10, 1), ChatLines.EVERYDAY, ChatLines.EVERYDAY));
        DemoRandom random = DemoRandom.forPart("instagram/messages");
        for (Thread thread : threads) {
            writeThread(random, thread);
        }
    }

    private void writeThread(DemoRandom random, Thread thread) throws IOException {
        String folder = "inbox/" + thread.other().username().replaceAll("[^a-z0-9]", "") + "_" + random.digits(16);
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < thread.messages(); i++) {
            moments.add(random.wakingMomentBetween(thread.from(), Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        part.json("your_instagram_activity/messages/" + folder + "/message_1.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("participants");
            participant(g, thread.other().name());
            participant(g, Persona.FULL_NAME);
            g.writeEndArray();
            g.writeArrayFieldStart("messages");
            for (Instant moment : moments) {
                message(g, random, thread, moment);
                tally.messages++;
            }
            g.writeEndArray();
            g.writeStringField("title", thread.other().name());
            g.writeBooleanField("is_still_participant", true);
            g.writeStringField("thread_path", folder);
            g.writeArrayFieldStart("magic_words");
            g.writeEndArray();
            g.writeEndObject();
        });
        tally.messageThreads++;
    }

    private static void participant(JsonGenerator g, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeEndObject();
    }

    /**
     * One message. Instagram writes the sender's local time as if it were UTC, so the Leipzig wall-clock time
     * goes into {@code timestamp_ms} unchanged, as in real exports.
     */
    private static void message(JsonGenerator g, DemoRandom random, Thread thread, Instant moment) throws IOException {
        boolean jana = random.chance(0.5);
        List<String> lines = Persona.expecting(moment) && random.chance(0.4) ? thread.expectingLines() : thread.lines();
        long localAsUtc = moment.atZone(Persona.ZONE).toLocalDateTime().toInstant(ZoneOffset.UTC).toEpochMilli();
        g.writeStartObject();
        g.writeStringField("sender_name", jana ? Persona.FULL_NAME : thread.other().name());
        g.writeNumberField("timestamp_ms", localAsUtc + random.between(0, 999));
        if (random.chance(0.06)) {
            g.writeObjectFieldStart("share");
            g.writeStringField("link", "https://www.instagram.com/reel/" + random.base62(11) + "/");
            g.writeEndObject();
        } else {
            g.writeStringField("content", random.pick(lines));
        }
        if (random.chance(0.1)) {
            g.writeArrayFieldStart("reactions");
            g.writeStartObject();
            g.writeStringField("reaction", random.pick(List.of("❤", "😂", "👍", "😮")));
            g.writeStringField("actor", jana ? thread.other().name() : Persona.FULL_NAME);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeBooleanField("is_geoblocked_for_viewer", false);
        g.writeBooleanField("is_unsent_image_by_messenger_kid_parent", false);
        g.writeEndObject();
    }

    /** Posts she liked: mostly friends', some accounts', baby accounts' once she was expecting. */
    private void writeLikes() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/likes");
        List<Instant> moments = moments(random, LIKES, InstagramContent.SINCE);
        part.json("your_instagram_activity/likes/liked_posts.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("likes_media_likes");
            for (Instant moment : moments) {
                String owner = owner(random, moment);
                g.writeStartObject();
                g.writeStringField("title", owner);
                g.writeArrayFieldStart("string_list_data");
                g.writeStartObject();
                g.writeStringField("href", "https://www.instagram.com/p/" + random.base62(11) + "/");
                g.writeStringField("value", "👍");
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                tally.likes++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Comments under friends' and accounts' posts, a list at the root of {@code post_comments_1.json}. */
    private void writeComments() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/comments");
        List<Instant> moments = moments(random, COMMENTS, InstagramContent.SINCE);
        part.json("your_instagram_activity/comments/post_comments_1.json", g -> {
            g.writeStartArray();
            for (Instant moment : moments) {
                boolean expecting = Persona.expecting(moment) && random.chance(0.5);
                g.writeStartObject();
                g.writeArrayFieldStart("media_list_data");
                g.writeStartObject();
                g.writeStringField("uri", "");
                g.writeEndObject();
                g.writeEndArray();
                g.writeObjectFieldStart("string_map_data");
                g.writeObjectFieldStart("Comment");
                g.writeStringField("value", random.pick(expecting ? InstagramContent.EXPECTING_COMMENTS
                        : InstagramContent.COMMENTS));
                g.writeEndObject();
                g.writeObjectFieldStart("Media Owner");
                g.writeStringField("value", expecting ? random.pick(InstagramContent.BABY_ACCOUNTS)
                        : owner(random, moment));
                g.writeEndObject();
                g.writeObjectFieldStart("Time");
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                tally.comments++;
            }
            g.writeEndArray();
        });
    }

    /** Her followers: Tom, Lena and friends, newest first, a list at the root of {@code followers_1.json}. */
    private void writeFollowers() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/followers");
        List<Follow> follows = new ArrayList<>();
        follows.add(new Follow(InstagramPeople.TOM.username(), Persona.at(LocalDate.of(2014, 6, 10), 21, 12)));
        follows.add(new Follow(InstagramPeople.LENA.username(), Persona.at(LocalDate.of(2014, 6, 12), 18, 40)));
        for (InstagramPeople.Person friend : random.sample(people.friends(), FOLLOWERS - 2)) {
            follows.add(new Follow(friend.username(), random.wakingMomentBetween(InstagramContent.SINCE,
                    Persona.EXPORT_DAY)));
        }
        follows.sort(Comparator.comparing(Follow::since).reversed());
        part.json("connections/followers_and_following/followers_1.json", g -> {
            g.writeStartArray();
            for (Follow follow : follows) {
                InstagramPart.listRecord(g, "", InstagramPart.profileLink(follow.username()), follow.username(),
                        follow.since());
                tally.followers++;
            }
            g.writeEndArray();
        });
    }

    /** Whom she follows: friends and everyday accounts, and baby accounts since July 2023. */
    private void writeFollowing() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/following");
        List<Follow> follows = new ArrayList<>();
        follows.add(new Follow(InstagramPeople.TOM.username(), Persona.at(LocalDate.of(2014, 6, 10), 21, 15)));
        follows.add(new Follow(InstagramPeople.LENA.username(), Persona.at(LocalDate.of(2014, 6, 12), 18, 44)));
        for (InstagramPeople.Person friend : random.sample(people.friends(), FOLLOWED_FRIENDS)) {
            follows.add(new Follow(friend.username(), random.wakingMomentBetween(InstagramContent.SINCE,
                    Persona.EXPORT_DAY)));
        }
        for (String account : InstagramContent.EVERYDAY_ACCOUNTS) {
            follows.add(new Follow(account, random.wakingMomentBetween(LocalDate.of(2016, 1, 1),
                    Persona.PREGNANCY_KNOWN)));
        }
        for (String account : InstagramContent.BABY_ACCOUNTS) {
            follows.add(new Follow(account, random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(1),
                    Persona.EXPORT_DAY)));
        }
        follows.sort(Comparator.comparing(Follow::since).reversed());
        part.json("connections/followers_and_following/following.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("relationships_following");
            for (Follow follow : follows) {
                InstagramPart.listRecord(g, "", InstagramPart.profileLink(follow.username()), follow.username(),
                        follow.since());
                tally.following++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private record Follow(String username, Instant since) {
    }

    /** {@code count} waking moments since {@code from}, newest first, as Instagram lists them. */
    static List<Instant> moments(DemoRandom random, int count, LocalDate from) {
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            moments.add(random.wakingMomentBetween(from, Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        return moments;
    }

    /** Whose post it was: a friend mostly, an account she follows now and then, a baby account once expecting. */
    private String owner(DemoRandom random, Instant moment) {
        if (Persona.expecting(moment) && random.chance(0.35)) {
            return random.pick(InstagramContent.BABY_ACCOUNTS);
        }
        if (random.chance(0.25)) {
            return random.pick(InstagramContent.EVERYDAY_ACCOUNTS);
        }
        if (random.chance(0.3)) {
            return random.chance(0.6) ? InstagramPeople.TOM.username() : InstagramPeople.LENA.username();
        }
        return random.pickFavouring(people.friends()).username().toLowerCase(Locale.ROOT);
    }
}
