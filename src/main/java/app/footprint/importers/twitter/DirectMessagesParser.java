package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.JsonLists;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Direct messages: {@code direct-messages.js} (2019 {@code direct-message.js}) and the group conversations
 * in {@code direct-messages-group.js}, each split into parts when big. One conversation can hold years of
 * messages, so its {@code messages} list is streamed and only one message at a time is held. Besides
 * messages ({@code messageCreate}) the list holds events such as people joining a group; those are
 * passed over. X names people by account number only.
 */
final class DirectMessagesParser implements FileParser {
    private final boolean groups;

    DirectMessagesParser(boolean groups) {
        this.groups = groups;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        long[] position = {0};
        try (JsonParser p = DataRecords.openList(file)) {
            Json.forEachElement(p, (index, record) -> {
                if (record.currentToken() != JsonToken.START_OBJECT) {
                    file.problem("record " + index + ": expected a conversation but found "
                            + Json.describe(record.currentToken()) + "; skipped");
                    return;
                }
                boolean[] found = {false};
                Json.forEachField(record, (name, value) -> {
                    if (name.equals("dmConversation") && value.currentToken() == JsonToken.START_OBJECT) {
                        found[0] = true;
                        conversation(file, value, position);
                    }
                });
                if (!found[0]) {
                    file.problem("record " + index + ": expected a conversation (\"dmConversation\") but found none;"
                            + " skipped");
                }
            });
        }
    }

    /** The fields of one conversation; X writes its id before its messages. */
    private void conversation(ImportFile file, JsonParser p, long[] position) throws IOException {
        String[] id = {null};
        String[] name = {null};
        Json.forEachField(p, (field, value) -> {
            switch (field) {
                case "conversationId" -> id[0] = value.currentToken().isScalarValue() ? value.getValueAsString() : null;
                case "name" -> name[0] = value.currentToken().isScalarValue() ? value.getValueAsString() : null;
                case "messages" -> {
                    if (JsonLists.isList(file, value)) {
                        Json.forEachElement(value, (i, m) -> event(file, m, position[0]++, title(id[0], name[0])));
                    }
                }
                default -> {
                    // nothing else is known in a conversation
                }
            }
        });
    }

    private String title(String id, String name) {
        String kind = groups ? "Group conversation" : "Conversation";
        return name != null && !name.isBlank() ? kind + " " + name : id == null ? kind : kind + " " + id;
    }

    private void event(ImportFile file, JsonParser p, long position, String title) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            file.problem("record " + position + ": expected a message but found " + Json.describe(p.currentToken())
                    + "; skipped");
            return;
        }
        JsonNode event = Json.readTree(p);
        JsonNode m = event.get("messageCreate");
        if (m == null || !m.isObject()) {
            return; // someone joined or left, the group was renamed: no message
        }
        file.item(Category.MESSAGES, TwitterTimes.read(file, position, m, "createdAt"), title, Values.text(m, "text"),
                Attrs.of(
                        "sender_id", Values.text(m, "senderId"),
                        "recipient_id", Values.text(m, "recipientId"),
                        "links", links(m.get("urls")),
                        "media", Values.count(m.get("mediaUrls")),
                        "reactions", reactions(m.get("reactions"))), position);
    }

    /** The full addresses of the links in a message. */
    private static String links(JsonNode urls) {
        List<String> links = new ArrayList<>();
        if (urls != null && urls.isArray()) {
            for (JsonNode url : urls) {
                String link = Values.first(Values.text(url, "expanded"), Values.text(url, "url"));
                if (link != null) {
                    links.add(link);
                }
            }
        }
        return links.isEmpty() ? null : String.join(" ", links);
    }

    /** "❤️ 2, 😂 1" where reactions name their emoji ({@code reactionKey}), else their number. */
    private static String reactions(JsonNode list) {
        if (list == null || !list.isArray() || list.isEmpty()) {
            return null;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        int unnamed = 0;
        for (JsonNode reaction : list) {
            String key = Values.text(reaction, "reactionKey");
            if (key == null) {
                unnamed++;
            } else {
                counts.merge(key, 1, Integer::sum);
            }
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((key, n) -> parts.add(key + " " + n));
        if (unnamed > 0) {
            parts.add(Integer.toString(unnamed));
        }
        return String.join(", ", parts);
    }
}
