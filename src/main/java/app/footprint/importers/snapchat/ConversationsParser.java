package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code json/chat_history.json} and {@code json/snap_history.json}. Newer files are keyed by conversation
 * (a friend's username, or an id for a group: {@code {"<conversation>": [{From, Media Type, Created,
 * Content, Conversation Title, IsSender, …}]}}); older ones by direction ("Received Saved Chat History",
 * "Sent Snap History": {@code [{From | To, Media Type, Created, Text}]}). Both are streamed list by list;
 * each chat message or snap becomes a message item titled with the conversation.
 */
final class ConversationsParser implements FileParser {
    private final boolean snaps;

    /** @param snaps true for the snap history (photos and videos sent), false for the chats */
    ConversationsParser(boolean snaps) {
        this.snaps = snaps;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        new RootSections().others((o, section, key, value) -> message(o, section, value)).read(file, out);
    }

    private void message(FileRecords out, String section, JsonNode m) {
        if (!m.isObject()) {
            return;
        }
        String folded = LooseFields.fold(section);
        boolean bySection = folded.startsWith("received") || folded.startsWith("sent");
        String from = LooseFields.text(m, "From");
        String to = LooseFields.text(m, "To");
        String title = LooseFields.text(m, "Conversation Title");
        if (title == null) {
            title = bySection ? (folded.startsWith("sent") ? to : from) : section;
        }
        Set<String> used = new HashSet<>();
        String timeField = LooseFields.nameOf(m, "Created", "Date", "Timestamp");
        Moment when = timeField == null ? null : out.time(m, timeField);
        if (timeField != null) {
            used.add(timeField);
        }
        String contentField = snaps ? null : LooseFields.nameOf(m, "Content", "Text");
        if (contentField != null) {
            used.add(contentField);
        }
        // the time again in microseconds says nothing new
        used.add(LooseFields.key(m, "Created(microseconds)"));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("what", snaps ? "snap" : "chat");
        attributes.put("sender", from);
        if (bySection) {
            attributes.put("direction", folded.startsWith("sent") ? "sent" : "received");
        }
        attributes.putAll(LooseFields.attributes(m, used));
        out.item(Category.MESSAGES, when, title == null ? (snaps ? "Snap" : "Chat") : title,
                contentField == null ? null : LooseFields.value(m.get(contentField)), attributes);
    }
}
