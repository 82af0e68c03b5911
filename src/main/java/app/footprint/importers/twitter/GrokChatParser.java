package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * {@code grok-chat-item.js}: what the person wrote to X's chatbot Grok and what it answered, one message
 * per record. Who wrote it ({@code sender}) and the mode come as a text or as an object with a
 * {@code name}; both are read.
 */
final class GrokChatParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        DataRecords.read(file, Map.of("grokChatItem", (index, chat) -> {
            String chatId = Values.text(chat, "chatId");
            file.item(Category.MESSAGES, TwitterTimes.read(file, index, chat, "createdAt"),
                    "Chat with Grok" + (chatId == null ? "" : " " + chatId), Values.text(chat, "message"), Attrs.of(
                            "sender", named(chat.get("sender")),
                            "mode", named(chat.get("grokMode")),
                            "posts_shown", Values.count(chat.get("postIds"))), index);
        }));
    }

    /** "User" from {@code "User"} or from {@code {"value": "1", "name": "User", ...}}. */
    private static String named(JsonNode value) {
        return value != null && value.isObject() ? Values.text(value, "name") : Values.text(value);
    }
}
