package app.footprint.importers.common;

import app.footprint.importers.ImportFile;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What Facebook's and Instagram's message threads share: the {@code message_N.json} file, streamed one
 * message at a time (threads can be hundreds of megabytes), its folder, participants and attachments.
 */
public final class MetaThreads {
    private static final String[][] ATTACHMENTS = {{"photos", "photo"}, {"videos", "video"},
            {"audio_files", "voice message"}, {"gifs", "GIF"}, {"files", "file"}};

    private MetaThreads() {
    }

    /**
     * What is known of a thread while its messages stream past. Meta writes the {@code title} after the
     * messages: until it is seen, each service names the thread in its own way.
     */
    public static final class Conversation {
        private final String folder;
        private String title;
        private List<String> participants = List.of();

        public Conversation(String path) {
            this.folder = threadFolder(path);
        }

        /** "inbox/tomberger_1234". */
        public String folder() {
            return folder;
        }

        /** The title the file states, once it has been read; else null. */
        public String statedTitle() {
            return title == null || title.isBlank() ? null : title;
        }

        public List<String> participants() {
            return participants;
        }

        /** The folder's name without its number: "tomberger" for "inbox/tomberger_1234". */
        public String folderName() {
            String name = folder.substring(folder.indexOf('/') + 1);
            int underscore = name.lastIndexOf('_');
            return underscore > 0 && name.substring(underscore + 1).chars().allMatch(Character::isDigit)
                    ? name.substring(0, underscore) : name;
        }
    }

    /** Handles one message of a thread, read as a small tree. */
    @FunctionalInterface
    public interface MessageHandler {
        void message(long index, JsonNode message) throws IOException;
    }

    /** Streams the messages of one {@code message_N.json}, noting the thread's title and participants. */
    public static void read(ImportFile file, Conversation thread, MessageHandler handler) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected a conversation (an object with \"messages\") but the file "
                        + "does not start with an object");
            }
            boolean[] sawMessages = {false};
            Json.forEachField(p, (name, parser) -> {
                switch (name) {
                    case "title" -> thread.title = parser.currentToken().isScalarValue() ? Json.text(parser) : null;
                    case "participants" -> thread.participants = participants(Json.readTree(parser));
                    case "messages" -> {
                        sawMessages[0] = true;
                        if (JsonLists.isList(file, parser)) {
                            JsonLists.forEachObject(file, parser, handler::message);
                        }
                    }
                    default -> {
                        // thread_path, image, is_still_participant, magic_words… hold nothing we show
                    }
                }
            });
            if (!sawMessages[0]) {
                throw new FormatException("expected a conversation with a \"messages\" list but found none");
            }
        }
    }

    /** "2 photos, 1 video, sticker": what a message carries besides text; null when nothing. */
    public static String attachments(JsonNode message) {
        List<String> parts = new ArrayList<>();
        for (String[] kind : ATTACHMENTS) {
            JsonNode list = message.get(kind[0]);
            if (list != null && list.isArray() && !list.isEmpty()) {
                parts.add(list.size() + " " + kind[1] + (list.size() == 1 ? "" : "s"));
            }
        }
        if (message.has("sticker")) {
            parts.add("sticker");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** The participants' names, from {@code [{"name": ...}]} or a plain list of names. */
    public static List<String> participants(JsonNode node) {
        List<String> names = new ArrayList<>();
        if (node != null && node.isArray()) {
            for (JsonNode participant : node) {
                String name = participant.isObject() ? Json.text(participant, "name") : Json.text(participant);
                if (name != null && !name.isBlank()) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** "inbox/tomberger_1234" from ".../messages/inbox/tomberger_1234/message_1.json". */
    public static String threadFolder(String path) {
        String[] segments = path.split("/");
        int n = segments.length;
        return n >= 3 ? segments[n - 3] + "/" + segments[n - 2] : (n == 2 ? segments[0] : "");
    }
}
