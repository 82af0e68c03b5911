package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaThreads;
import app.footprint.importers.common.JsonLists;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code message_N.json} of a direct-message thread ({@code your_instagram_activity/messages/inbox/
 * <name>_<id>/} since 2024, {@code messages/inbox/…} before; also message requests). The {@code messages}
 * list is streamed, one message at a time. Instagram's {@code timestamp_ms} is local device time rather than
 * UTC (as HPI found) and no zone is given: every time is kept as written and marked "zone assumed". The
 * thread's {@code title} comes after the messages; until then the thread is named after its participants.
 */
final class MessagesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Conversation thread = new Conversation(MetaThreads.threadFolder(file.path()));
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected a conversation (an object with \"messages\") but the file "
                        + "does not start with an object");
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
                        // thread_path, is_still_participant, magic_words… hold nothing we show
                    }
                }
            });
            if (!sawMessages[0]) {
                throw new FormatException("expected a conversation with a \"messages\" list but found none");
            }
        }
    }

    private static void message(ImportFile file, Conversation thread, long index, JsonParser parser)
            throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            file.problem("record " + index + ": expected a message (an object) but found "
                    + Json.describe(parser.currentToken()) + "; skipped");
            return;
        }
        JsonNode m = Json.readTree(parser);
        Moment written = RecordTimes.millis(file, index, m, "timestamp_ms");
        Moment when = written == null ? null : Moment.assumedUtc(written.instant());
        JsonNode share = m.path("share");
        file.item(Category.MESSAGES, when, thread.title(), Json.text(m, "content"), Attrs.of(
                "sender", Json.text(m, "sender_name"),
                "thread", thread.folder,
                "attachments", attachments(m),
                "link", Json.text(share, "link"),
                "shared", Json.text(share, "share_text"),
                "reactions", reactions(m.get("reactions"))), index);
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
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    /** "❤ Tom Berger": the reactions and who gave them. */
    private static String reactions(JsonNode reactions) {
        if (reactions == null || !reactions.isArray()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (JsonNode reaction : reactions) {
            String emoji = Json.text(reaction, "reaction");
            String actor = Json.text(reaction, "actor");
            if (emoji != null) {
                parts.add(actor == null ? emoji : emoji + " " + actor);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }



    /** What is known of the conversation while its messages stream past. */
    private static final class Conversation {
        final String folder;
        String title;
        List<String> participants = List.of();

        Conversation(String folder) {
            this.folder = folder;
        }

        /**
         * The thread's title; before it is seen, the participants (Instagram lists the other people first
         * and the account holder last), else the folder name without its number.
         */
        String title() {
            if (title != null && !title.isBlank()) {
                return title;
            }
            if (participants.size() > 1) {
                return String.join(", ", participants.subList(0, participants.size() - 1));
            }
            if (participants.size() == 1) {
                return participants.get(0);
            }
            String name = folder.substring(folder.indexOf('/') + 1);
            int underscore = name.lastIndexOf('_');
            return underscore > 0 ? name.substring(0, underscore) : name.isEmpty() ? "Conversation" : name;
        }
    }
}
