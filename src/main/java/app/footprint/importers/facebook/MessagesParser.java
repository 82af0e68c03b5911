package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaThreads;
import app.footprint.importers.common.JsonLists;
import app.footprint.importers.common.RecordTimes;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One {@code message_N.json} of a Messenger thread ({@code messages/inbox/<name>_<id>/} and the archived,
 * filtered, request and e2ee folders, in both layouts). Threads can be hundreds of megabytes, so the
 * {@code messages} list is streamed and only one message at a time is held. Facebook writes the thread's
 * {@code title} after the messages; until it is seen, the thread is named after the participant whose
 * name matches the thread folder, or after its participants.
 */
final class MessagesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Conversation thread = new Conversation(MetaThreads.threadFolder(file.path()));
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected a conversation (an object with \"messages\") but the file does not start with an object");
            }
            boolean[] sawMessages = {false};
            Json.forEachField(p, (name, parser) -> {
                switch (name) {
                    case "title" -> thread.title = parser.currentToken().isScalarValue() ? Json.text(parser) : null;
                    case "participants" -> thread.participants = MetaThreads.participants(Json.readTree(parser));
                    case "messages" -> {
                        sawMessages[0] = true;
                        if (JsonLists.isList(file, parser)) {
                            Json.forEachElement(parser, (index, m) -> message(file, thread, index, m));
                        }
                    }
                    default -> {
                        // other fields (thread_path, image, magic_words…) hold nothing we show
                    }
                }
            });
            if (!sawMessages[0]) {
                throw new FormatException("expected a conversation with a \"messages\" list but found none");
            }
        }
    }

    private static void message(ImportFile file, Conversation thread, long index, JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            file.problem("record " + index + ": expected a message (an object) but found "
                    + Json.describe(parser.currentToken()) + "; skipped");
            return;
        }
        JsonNode m = Json.readTree(parser);
        file.item(Category.MESSAGES, RecordTimes.millis(file, index, m, "timestamp_ms"), thread.title(),
                Json.text(m, "content"), Attrs.of(
                        "sender", Json.text(m, "sender_name"),
                        "thread", thread.folder,
                        "attachments", attachments(m),
                        "link", Json.text(m.path("share"), "link"),
                        "unsent", m.path("is_unsent").asBoolean(false) ? "true" : null), index);
    }

    /** "2 photos, 1 video": what a message carries besides text. */
    private static String attachments(JsonNode m) {
        List<String> parts = new ArrayList<>();
        String[][] kinds = {{"photos", "photo"}, {"videos", "video"}, {"audio_files", "voice message"},
                {"gifs", "GIF"}, {"files", "file"}};
        for (String[] kind : kinds) {
            JsonNode list = m.get(kind[0]);
            if (list != null && list.isArray() && !list.isEmpty()) {
                parts.add(list.size() + " " + kind[1] + (list.size() == 1 ? "" : "s"));
            }
        }
        if (m.has("sticker")) {
            parts.add("sticker");
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }



    /** What is known of the conversation while its messages stream past. */
    private static final class Conversation {
        final String folder;
        String title;
        List<String> participants = List.of();
        private String derived;

        Conversation(String folder) {
            this.folder = folder;
        }

        String title() {
            if (title != null && !title.isBlank()) {
                return title;
            }
            if (derived == null) {
                derived = derive();
            }
            return derived;
        }

        private String derive() {
            String name = folder.substring(folder.indexOf('/') + 1);
            int underscore = name.lastIndexOf('_');
            String stem = underscore > 0 && name.substring(underscore + 1).chars().allMatch(Character::isDigit)
                    ? name.substring(0, underscore) : name;
            for (String participant : participants) {
                if (!stem.isEmpty() && plain(participant).equals(plain(stem))) {
                    return participant;
                }
            }
            if (!participants.isEmpty()) {
                List<String> shown = participants.subList(0, Math.min(3, participants.size()));
                int more = participants.size() - shown.size();
                return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
            }
            return stem.isEmpty() ? "Conversation" : stem;
        }

        /** Folder names are the thread's name in lower-case ASCII letters and digits only. */
        private static String plain(String text) {
            String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
            return decomposed.replaceAll("[^a-z0-9]", "");
        }
    }
}
