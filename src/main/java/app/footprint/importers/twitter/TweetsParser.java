package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person's posts: {@code tweets.js} (until 2022 {@code tweet.js}) and its parts
 * ({@code tweets-part1.js}, ...), and {@code deleted-tweets.js}, which X keeps with {@code deleted_at}.
 * Records are {@code {"tweet": {...}}}; in 2019 the post stood alone. The title says what kind of post it
 * is (post, reply, repost), the detail holds the text.
 */
final class TweetsParser implements FileParser {
    private static final Pattern REPOST = Pattern.compile("^RT @(\\w+):");
    private static final Pattern LINK_TEXT = Pattern.compile(">([^<]+)<");

    @Override
    public void parse(ImportFile file) throws IOException {
        DataRecords.read(file, Map.of("tweet", (index, post) -> post(file, index, post)), (index, record) -> {
            if (record.has("id_str") || record.has("full_text")) {
                post(file, index, record);
            } else {
                file.problem("record " + index + ": expected a post but found " + DataRecords.describeKeys(record)
                        + "; skipped");
            }
        });
    }

    private static void post(ImportFile file, long index, JsonNode t) {
        String text = Values.first(Values.text(t, "full_text"), Values.text(t, "text"));
        String replyTo = Values.text(t, "in_reply_to_screen_name");
        Matcher repost = REPOST.matcher(text == null ? "" : text);
        String title = repost.find() ? "Repost of @" + repost.group(1)
                : replyTo != null ? "Reply to @" + replyTo : "Post";
        JsonNode entities = t.path("entities");
        file.item(Category.POSTS, TwitterTimes.read(file, index, t, "created_at"), title, text, Attrs.of(
                "id", Values.first(Values.text(t, "id_str"), Values.text(t, "id")),
                "lang", Values.text(t, "lang"),
                "client", client(Values.text(t, "source")),
                "likes", Values.text(t, "favorite_count"),
                "reposts", Values.text(t, "retweet_count"),
                "reply_to_post", Values.first(Values.text(t, "in_reply_to_status_id_str"),
                        Values.text(t, "in_reply_to_status_id")),
                "reply_to_user_id", Values.first(Values.text(t, "in_reply_to_user_id_str"),
                        Values.text(t, "in_reply_to_user_id")),
                "hashtags", tags(entities.get("hashtags"), "#"),
                "cashtags", tags(entities.get("symbols"), "$"),
                "mentions", mentions(entities.get("user_mentions")),
                "links", links(entities.get("urls")),
                "media", Values.count(t.path("extended_entities").path("media").isArray()
                        ? t.path("extended_entities").get("media") : entities.get("media")),
                "possibly_sensitive", Values.yesNo(t.get("possibly_sensitive")),
                "deleted_at", deleted(Values.text(t, "deleted_at"))), index);
    }

    /** "Twitter for iPhone" from the HTML link X writes as the source. */
    private static String client(String source) {
        if (source == null) {
            return null;
        }
        Matcher m = LINK_TEXT.matcher(source);
        return m.find() ? m.group(1).strip() : source;
    }

    /** "#laufen #leipzig" from {@code [{"text": "laufen", "indices": [...]}, ...]} (or from plain texts). */
    private static String tags(JsonNode list, String sign) {
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : Values.elements(list)) {
            String text = tag.isObject() ? Values.text(tag, "text") : Values.text(tag);
            if (text != null) {
                tags.add(sign + text);
            }
        }
        return tags.isEmpty() ? null : String.join(" ", tags);
    }

    /** "@tomberger (Tom Berger)". */
    private static String mentions(JsonNode list) {
        List<String> names = new ArrayList<>();
        for (JsonNode mention : Values.elements(list)) {
            String screenName = Values.text(mention, "screen_name");
            String name = Values.text(mention, "name");
            if (screenName != null) {
                names.add("@" + screenName + (name == null ? "" : " (" + name + ")"));
            } else if (name != null) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** The addresses behind X's short links. */
    private static String links(JsonNode list) {
        List<String> links = new ArrayList<>();
        for (JsonNode url : Values.elements(list)) {
            String expanded = Values.first(Values.text(url, "expanded_url"), Values.text(url, "url"));
            if (expanded != null) {
                links.add(expanded);
            }
        }
        return links.isEmpty() ? null : String.join(" ", links);
    }

    private static String deleted(String text) {
        return text == null ? null : TwitterTimes.iso(text);
    }
}
