package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The accounts around the person: {@code follower.js} (who follows her), {@code following.js} (whom she
 * follows), {@code block.js} and {@code mute.js}. X names them by account number only.
 */
final class ConnectionsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Map<String, DataRecords.RecordHandler> byKey = new LinkedHashMap<>();
        byKey.put("follower", (index, a) -> account(file, index, a, Category.FRIENDS, "Follows you"));
        byKey.put("following", (index, a) -> account(file, index, a, Category.FOLLOWS, "You follow"));
        byKey.put("blocking", (index, a) -> account(file, index, a, Category.FRIENDS, "Blocked by you"));
        byKey.put("muting", (index, a) -> account(file, index, a, Category.FRIENDS, "Muted by you"));
        DataRecords.read(file, byKey);
    }

    private static void account(ImportFile file, long index, JsonNode a,
                                Category category, String relation) {
        String id = Values.text(a, "accountId");
        if (id == null) {
            file.problem("record " + index + ": an account without \"accountId\"; skipped");
            return;
        }
        file.item(category, null, relation + ": account " + id, null,
                Attrs.of("account_id", id, "link", Values.text(a, "userLink")), index);
    }
}
