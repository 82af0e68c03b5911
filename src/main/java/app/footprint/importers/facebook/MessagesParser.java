package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaThreads;
import app.footprint.importers.common.MetaThreads.Conversation;
import app.footprint.importers.common.RecordTimes;
import app.footprint.model.Category;
import java.io.IOException;
import java.text.Normalizer;
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
        Conversation thread = new Conversation(file.path());
        String[] derived = {null}; // the name found for an untitled thread, worked out once
        MetaThreads.read(file, thread, (index, m) -> {
            String title = thread.statedTitle();
            if (title == null) {
                if (derived[0] == null) {
                    derived[0] = nameOf(thread);
                }
                title = derived[0];
            }
            file.item(Category.MESSAGES, RecordTimes.millis(file, index, m, "timestamp_ms"), title,
                    Json.text(m, "content"), Attrs.of(
                            "sender", Json.text(m, "sender_name"),
                            "thread", thread.folder(),
                            "attachments", MetaThreads.attachments(m),
                            "link", Json.text(m.path("share"), "link"),
                            "unsent", m.path("is_unsent").asBoolean(false) ? "true" : null), index);
        });
    }

    /**
     * An untitled thread is named after the participant whose name the folder spells, else after its
     * first participants, else after its folder.
     */
    private static String nameOf(Conversation thread) {
        String stem = thread.folderName();
        List<String> participants = thread.participants();
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
