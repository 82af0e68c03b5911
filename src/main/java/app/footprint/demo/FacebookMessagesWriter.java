package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jana's Messenger inbox: one folder per conversation, newest messages first, a long conversation split
 * over message_1.json and message_2.json as Meta splits them.
 */
final class FacebookMessagesWriter {
    static final int MESSAGES = 6000;
    /** Messages per file before Meta starts the next one (kept small so the demo shows the split). */
    static final int MESSAGES_PER_FILE = 2000;
    private static final int ONE_TO_ONE_THREADS = 20;

    /** A conversation: who is in it besides Jana, how much was said, when, and in which words. */
    private record Thread(String title, List<String> others, int messages, LocalDate from, List<String> lines,
                          List<String> expectingLines) {
        boolean group() {
            return others.size() > 1;
        }
    }

    private final DemoZip zip;
    private final FacebookTally tally;
    private final DemoRandom random = DemoRandom.forPart("facebook/messages");

    FacebookMessagesWriter(DemoZip zip, FacebookTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    void write(FacebookPeople people) throws IOException {
        for (Thread thread : threads(people)) {
            writeThread(thread);
        }
    }

    private List<Thread> threads(FacebookPeople people) {
        List<String> friends = people.acquaintances();
        List<Thread> threads = new ArrayList<>();
        threads.add(new Thread(Persona.PARTNER, List.of(Persona.PARTNER), 3000, Persona.MESSAGES_SINCE,
                ChatLines.PARTNER, ChatLines.PARTNER_EXPECTING));
        threads.add(new Thread(Persona.SISTER, List.of(Persona.SISTER), 700, LocalDate.of(2015, 3, 10),
                ChatLines.FAMILY, ChatLines.FAMILY_EXPECTING));
        threads.add(new Thread(Persona.MOTHER, List.of(Persona.MOTHER), 350, LocalDate.of(2016, 12, 24),
                ChatLines.FAMILY, ChatLines.FAMILY_EXPECTING));
        threads.add(new Thread("Laufgruppe Südvorstadt 🏃‍♀️", friends.subList(20, 26), 400,
                LocalDate.of(2017, 4, 1), ChatLines.RUNNING, ChatLines.RUNNING_EXPECTING));
        threads.add(new Thread("Station 4B 💉", friends.subList(30, 37), 300, LocalDate.of(2015, 9, 1),
                ChatLines.WORK, ChatLines.WORK_EXPECTING));
        int left = MESSAGES - threads.stream().mapToInt(Thread::messages).sum();
        List<Thread> friendThreads = new ArrayList<>();
        for (int i = 1; i < ONE_TO_ONE_THREADS; i++) {
            int count = random.between(30, 65);
            left -= count;
            friendThreads.add(friendThread(friends.get(i * 5 + 40), count));
        }
        // Her best friend gets whatever is left: the one conversation besides family that never stops.
        threads.add(friendThread(friends.get(1), left));
        threads.addAll(friendThreads);
        return threads;
    }

    private Thread friendThread(String name, int count) {
        LocalDate from = Persona.MESSAGES_SINCE.plusDays(random.between(0, 2400));
        return new Thread(name, List.of(name), count, from, ChatLines.EVERYDAY, ChatLines.EVERYDAY);
    }

    private void writeThread(Thread thread) throws IOException {
        String folder = "inbox/" + folderName(thread.title()) + "_" + random.digits(16);
        List<Instant> moments = new ArrayList<>();
        for (int i = 0; i < thread.messages(); i++) {
            moments.add(random.wakingMomentBetween(thread.from(), Persona.EXPORT_DAY));
        }
        moments.sort(Comparator.reverseOrder());
        int files = (moments.size() + MESSAGES_PER_FILE - 1) / MESSAGES_PER_FILE;
        for (int file = 0; file < files; file++) {
            List<Instant> part = moments.subList(file * MESSAGES_PER_FILE,
                    Math.min(moments.size(), (file + 1) * MESSAGES_PER_FILE));
            zip.json("your_facebook_activity/messages/" + folder + "/message_" + (file + 1) + ".json",
                    JsonStyle.META, g -> writeFile(g, thread, folder, part));
        }
        tally.messageThreads++;
    }

    /** Meta names the folder after the title, lower case, without spaces or any character beyond a-z and 0-9. */
    static String folderName(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private void writeFile(JsonGenerator g, Thread thread, String folder, List<Instant> moments) throws IOException {
        g.writeStartObject();
        participants(g, thread.others());
        g.writeArrayFieldStart("messages");
        for (Instant moment : moments) {
            message(g, thread, moment);
            tally.messages++;
        }
        g.writeEndArray();
        threadEnd(g, thread.title(), folder, thread.group());
    }

    /** A thread file's participants: the others, then Jana. */
    static void participants(JsonGenerator g, List<String> others) throws IOException {
        g.writeArrayFieldStart("participants");
        for (String name : others) {
            participant(g, name);
        }
        participant(g, Persona.FULL_NAME);
        g.writeEndArray();
    }

    /** What follows a thread file's messages, up to its closing brace; only a group can be joined by link. */
    static void threadEnd(JsonGenerator g, String title, String folder, boolean group) throws IOException {
        g.writeStringField("title", title);
        g.writeBooleanField("is_still_participant", true);
        g.writeStringField("thread_path", folder);
        g.writeArrayFieldStart("magic_words");
        g.writeEndArray();
        if (group) {
            g.writeObjectFieldStart("joinable_mode");
            g.writeNumberField("mode", 1);
            g.writeStringField("link", "");
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void participant(JsonGenerator g, String name) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeEndObject();
    }

    private void message(JsonGenerator g, Thread thread, Instant moment) throws IOException {
        double janaShare = thread.group() ? 0.25 : 0.5;
        String sender = random.chance(janaShare) ? Persona.FULL_NAME : random.pick(thread.others());
        List<String> lines = Persona.expecting(moment) && random.chance(0.35) ? thread.expectingLines()
                : random.chance(0.2) ? ChatLines.EVERYDAY : thread.lines();
        g.writeStartObject();
        g.writeStringField("sender_name", sender);
        g.writeNumberField("timestamp_ms", moment.toEpochMilli() + random.between(0, 999));
        g.writeStringField("content", random.pick(lines));
        if (random.chance(0.08)) {
            String actor = sender.equals(Persona.FULL_NAME) ? random.pick(thread.others()) : Persona.FULL_NAME;
            g.writeArrayFieldStart("reactions");
            g.writeStartObject();
            g.writeStringField("reaction", random.pick(List.of("❤", "😆", "👍", "😮", "😢")));
            g.writeStringField("actor", actor);
            g.writeEndObject();
            g.writeEndArray();
        }
        g.writeBooleanField("is_geoblocked_for_viewer", false);
        g.writeBooleanField("is_unsent_image_by_messenger_kid_parent", false);
        g.writeEndObject();
    }
}
