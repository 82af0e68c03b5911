package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaThreads;
import app.footprint.importers.common.MetaThreads.Conversation;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.model.Category;
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
        Conversation thread = new Conversation(file.path());
        MetaThreads.read(file, thread, (index, m) -> {
            Moment written = RecordTimes.millis(file, index, m, "timestamp_ms");
            Moment when = written == null ? null : Moment.assumedUtc(written.instant());
            JsonNode share = m.path("share");
            file.item(Category.MESSAGES, when, titleOf(thread), Json.text(m, "content"), Attrs.of(
                    "sender", Json.text(m, "sender_name"),
                    "thread", thread.folder(),
                    "attachments", MetaThreads.attachments(m),
                    "link", Json.text(share, "link"),
                    "shared", Json.text(share, "share_text"),
                    "reactions", reactions(m.get("reactions"))), index);
        });
    }

    /**
     * The thread's title; before it is seen, the participants (Instagram lists the other people first and
     * the account holder last), else the folder name without its number.
     */
    private static String titleOf(Conversation thread) {
        String title = thread.statedTitle();
        if (title != null) {
            return title;
        }
        List<String> participants = thread.participants();
        if (participants.size() > 1) {
            return String.join(", ", participants.subList(0, participants.size() - 1));
        }
        if (participants.size() == 1) {
            return participants.get(0);
        }
        String name = thread.folderName();
        return name.isEmpty() ? "Conversation" : name;
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
}
