package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * The friends files: friends ({@code friends_v2}, older {@code friends}), friend requests received, sent
 * and rejected, and removed friends ({@code deleted_friends_v2}). Each person becomes an item whose
 * {@code relation} says which list they are on.
 */
final class FriendsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields fields = new RootFields();
        relation(file, fields, "friends", "friend");
        relation(file, fields, "received_requests", "friend request received");
        relation(file, fields, "sent_requests", "friend request sent");
        relation(file, fields, "rejected_requests", "friend request rejected");
        relation(file, fields, "deleted_friends", "removed friend");
        fields.read(file);
    }

    /** Reads both generations of one list ("friends_v2" and "friends"). */
    private static void relation(ImportFile file, RootFields fields, String key, String relation) {
        RootFields.Reader people = Records.objects(file, (index, r) -> {
            String name = Json.text(r, "name");
            if (name == null || name.isBlank()) {
                file.problem("record " + index + ": a person without a name; skipped");
                return;
            }
            file.item(Category.FRIENDS, RecordTimes.seconds(file, index, r, "timestamp"), name, null,
                    Attrs.of("relation", relation, "contact", Json.text(r, "contact_info")), index);
        });
        fields.on(key + "_v2", people).on(key, people);
    }
}
