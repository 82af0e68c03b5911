package app.footprint.importers.spotify;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FormatException;
import app.footprint.importers.common.Json;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code Follow.json}, read by shape because its generations differ: counts
 * ({@code followerCount}, {@code followingUsersCount}, {@code dismissingUsersCount}) become one item
 * each; lists of users or artists ({@code userIsFollowing}, {@code userIsFollowedBy}...) one item per
 * entry.
 */
final class FollowParser implements FileParser {
    private static final Map<String, String> LABELS = Map.of(
            "followerCount", "Followers",
            "followingUsersCount", "Users you follow",
            "dismissingUsersCount", "Users you dismissed",
            "userIsFollowing", "You follow",
            "userIsFollowedBy", "Follows you",
            "userIsBlocking", "You block",
            "followingArtists", "Artists you follow");

    @Override
    public void parse(ImportFile file) throws IOException {
        try (JsonParser p = Json.open(file.content())) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FormatException("expected an object of follows but found "
                        + Json.describe(p.currentToken()));
            }
            long[] position = {0};
            Json.forEachField(p, (name, value) -> {
                String label = LABELS.getOrDefault(name, ProfileFieldsParser.labelFor(name));
                if (value.currentToken() == JsonToken.START_ARRAY) {
                    Json.forEachElement(value, (index, element) -> follow(file, name, label, element, position[0]++));
                } else if (value.currentToken().isNumeric()) {
                    file.item(Category.FOLLOWS, null, label + ": " + value.getText(), null,
                            Map.of(name, value.getText()), position[0]++);
                } else if (value.currentToken() == JsonToken.VALUE_STRING && !value.getText().isBlank()) {
                    file.item(Category.FOLLOWS, null, label + ": " + Json.text(value).strip(), null,
                            Map.of(name, Json.text(value)), position[0]++);
                }
            });
        }
    }

    /** One followed, following or blocked user or artist: a name, or a small record naming one. */
    private static void follow(ImportFile file, String list, String label, JsonParser element, long position)
            throws IOException {
        String who;
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("relation", list);
        if (element.currentToken() == JsonToken.START_OBJECT) {
            JsonNode record = Json.readTree(element);
            who = firstName(record);
            for (Map.Entry<String, JsonNode> field : record.properties()) {
                attributes.putIfAbsent(field.getKey(), Json.text(field.getValue()));
            }
        } else {
            who = element.currentToken() == JsonToken.VALUE_STRING ? Json.text(element) : null;
        }
        if (who == null || who.isBlank()) {
            file.problem("record " + position + " (" + list + "): an entry without a name, left out");
            return;
        }
        file.item(Category.FOLLOWS, null, label + ": " + who.strip(), null, attributes, position);
    }

    private static String firstName(JsonNode record) {
        for (String field : new String[] {"name", "userName", "username", "displayName", "artistName", "uri"}) {
            String value = RecordList.text(record, field);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
