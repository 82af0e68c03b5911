package app.footprint.analysis;

import app.footprint.model.AnalysedItem;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Who sent a message and in which conversation, from the attributes the importers write (Facebook and
 * Instagram {@code sender}/{@code thread}, LinkedIn {@code FROM}/{@code CONVERSATION ID}, Discord
 * {@code channel_id}, Reddit {@code username}/{@code channel_url}, X {@code sender_id}, Snapchat
 * {@code IsSender}, TikTok and Snapchat conversations by their title). The person's own name in a company is
 * the sender found in the most conversations: they take part in every one of their own conversations.
 */
final class MessageParties {
    /** How many senders are followed per company: enough for any real inbox, bounded for a broken one. */
    private static final int MAX_SENDERS = 5000;

    private final Map<String, Set<String>> conversationsOfSender = new HashMap<>();
    private final Set<String> conversations = new HashSet<>();

    static String sender(AnalysedItem item) {
        return first(item, "sender", "FROM", "sender_id", "username", "From");
    }

    static String conversation(AnalysedItem item) {
        String key = first(item, "thread", "channel_id", "CONVERSATION ID", "channel_url", "conversation");
        return key != null ? key : item.title();
    }

    /** True when the export itself marks the message as sent by the person. */
    static boolean markedOwn(AnalysedItem item) {
        return "true".equalsIgnoreCase(item.attribute("IsSender"));
    }

    private static String first(AnalysedItem item, String... names) {
        for (String n : names) {
            String v = item.attribute(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    void add(AnalysedItem item) {
        String conversation = conversation(item);
        if (conversation == null) {
            return;
        }
        conversations.add(conversation);
        String sender = sender(item);
        if (sender != null && (conversationsOfSender.size() < MAX_SENDERS || conversationsOfSender.containsKey(sender))) {
            conversationsOfSender.computeIfAbsent(sender, s -> new HashSet<>()).add(conversation);
        }
    }

    /**
     * The person's own sender name: the one sender in more conversations than any other, and in at least
     * two. Null when that cannot be told (a single conversation, or a tie).
     */
    String owner() {
        String best = null;
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Set<String>> e : conversationsOfSender.entrySet()) {
            int n = e.getValue().size();
            if (n > most) {
                best = e.getKey();
                most = n;
                tie = false;
            } else if (n == most) {
                tie = true;
            }
        }
        return most >= 2 && !tie ? best : null;
    }
}
