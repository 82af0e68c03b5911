package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The heavy persona's Messenger inbox: a few hundred conversations, a handful of them long (how much
 * people write to each other falls off like a Zipf curve), each split into {@code message_1.json},
 * {@code message_2.json}... of at most 10,000 messages, newest first, as Meta splits them. Every seventh
 * conversation is a group.
 */
final class HeavyMessagesWriter {
    static final String FOLDER = "your_facebook_activity/messages/";
    static final long MESSAGES = 200_000;
    static final long THREADS = 200;
    static final int MESSAGES_PER_FILE = 10_000;
    private static final List<String> GROUP_ENDINGS = List.of("crew", "club", "friends", "team", "gang", "group");

    private final HeavyScale scale;
    private final HeavyTally tally;
    private final DemoRandom random;

    HeavyMessagesWriter(HeavyScale scale, HeavyTally tally) {
        this.scale = scale;
        this.tally = tally;
        this.random = scale.random("facebook/messages");
    }

    void write(HeavyZip zip) throws IOException {
        long messages = scale.count(MESSAGES);
        long threads = Math.min(messages, Math.max(3, scale.count(THREADS)));
        double harmonic = 0;
        for (long k = 1; k <= threads; k++) {
            harmonic += 1.0 / k;
        }
        // Thread k gets one message plus its Zipf share of the rest; the last takes what rounding left.
        double cumulative = 0;
        long given = 0;
        for (long k = 0; k < threads; k++) {
            cumulative += 1.0 / (k + 1);
            long upTo = k == threads - 1 ? messages
                    : k + 1 + (long) Math.floor((messages - threads) * Math.min(1, cumulative / harmonic));
            writeThread(zip, k, upTo - given);
            given = upTo;
        }
    }

    private void writeThread(HeavyZip zip, long k, long count) throws IOException {
        List<String> others = new ArrayList<>();
        String title;
        if (k % 7 == 3) {
            title = random.pick(HeavyWords.TOPICS) + " " + random.pick(GROUP_ENDINGS);
            for (int i = random.between(2, 7); i > 0; i--) {
                others.add(person(random.between(0, 5000)));
            }
        } else {
            title = person(k);
            others.add(title);
        }
        String folder = "inbox/" + FacebookMessagesWriter.folderName(title) + "_" + random.digits(16);
        LocalDate from = Persona.MESSAGES_SINCE.plusDays(random.between(0, 2900));
        WakingSpread spread = new WakingSpread(from, Persona.EXPORT_DAY, count);
        int perFile = scale.perFile(MESSAGES_PER_FILE);
        long newest = count - 1;
        for (int file = 1; newest >= 0; file++) {
            long first = newest;
            long last = Math.max(0, newest - perFile + 1);
            zip.json(FOLDER + folder + "/message_" + file + ".json", JsonStyle.META,
                    g -> writeFile(g, title, others, folder, spread, first, last));
            newest = last - 1;
        }
    }

    /** Names from Meta's lists of first and last names, all different up to the index. */
    private static String person(long index) {
        return HeavyWords.pair(FacebookContent.FIRST_NAMES, " ", FacebookContent.LAST_NAMES, index);
    }

    private void writeFile(JsonGenerator g, String title, List<String> others, String folder, WakingSpread spread,
                           long first, long last) throws IOException {
        g.writeStartObject();
        FacebookMessagesWriter.participants(g, others);
        g.writeArrayFieldStart("messages");
        for (long i = first; i >= last; i--) {
            message(g, others, spread.moment(i, random.nextDouble()).toEpochMilli());
            tally.messages++;
        }
        g.writeEndArray();
        FacebookMessagesWriter.threadEnd(g, title, folder, others.size() > 1);
    }

    private void message(JsonGenerator g, List<String> others, long millis) throws IOException {
        boolean group = others.size() > 1;
        String sender = random.chance(group ? 0.25 : 0.5) ? Persona.FULL_NAME : random.pick(others);
        g.writeStartObject();
        g.writeStringField("sender_name", sender);
        g.writeNumberField("timestamp_ms", millis);
        g.writeStringField("content", random.pick(group ? (random.chance(0.5) ? ChatLines.RUNNING : ChatLines.WORK)
                : random.chance(0.7) ? ChatLines.EVERYDAY : ChatLines.PARTNER));
        if (random.chance(0.06)) {
            g.writeArrayFieldStart("reactions");
            g.writeStartObject();
            g.writeStringField("reaction", random.pick(List.of("❤", "😆", "👍", "😮", "😢")));
            g.writeStringField("actor", sender.equals(Persona.FULL_NAME) ? random.pick(others) : Persona.FULL_NAME);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeBooleanField("is_geoblocked_for_viewer", false);
        g.writeBooleanField("is_unsent_image_by_messenger_kid_parent", false);
        g.writeEndObject();
    }
}
