package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Direct messages: {@code ChatHistory{"Chat History with <user>:": [{Date, From, Content}]}}, one list per
 * conversation under a key that names the other person. Each message becomes an item titled with the
 * conversation, the text as its detail and the sender as an attribute.
 */
final class ChatReader implements SectionReader {
    private static final String PREFIX = "chat history with ";

    @Override
    public void record(FileRecords out, String field, String key, JsonNode message) {
        String conversation = conversation(key);
        if (!message.isObject()) {
            String text = LooseFields.value(message);
            if (text != null) {
                out.item(Category.MESSAGES, null, conversation, text, Map.of());
            }
            return;
        }
        String timeField = LooseFields.nameOf(message, RecordItems.TIME_FIELDS);
        Moment when = timeField == null ? null : out.time(message, timeField);
        String contentField = LooseFields.nameOf(message, "Content", "Message", "Text");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("sender", LooseFields.text(message, "From", "Sender"));
        String senderField = LooseFields.nameOf(message, "From", "Sender");
        attributes.putAll(LooseFields.attributes(message, used(timeField, contentField, senderField)));
        out.item(Category.MESSAGES, when, conversation,
                contentField == null ? null : LooseFields.value(message.get(contentField)), attributes);
    }

    /** "Chat History with tom.berger:" becomes "Chat with tom.berger". */
    static String conversation(String key) {
        if (key == null || key.isBlank()) {
            return "Direct message";
        }
        String name = key.strip();
        if (name.endsWith(":")) {
            name = name.substring(0, name.length() - 1).strip();
        }
        if (name.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
            name = name.substring(PREFIX.length()).strip();
        }
        return "Chat with " + name;
    }

    private static Set<String> used(String... fields) {
        Set<String> used = new HashSet<>();
        for (String field : fields) {
            if (field != null) {
                used.add(field);
            }
        }
        return used;
    }
}
