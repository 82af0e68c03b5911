package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code json/friends.json}: every list of people ("Friends", "Friend Requests Sent", "Blocked Users",
 * "Deleted Friends", "Pending Requests"...) becomes friends-and-connections items, titled with the display
 * name (else the username) and dated when the relation began, the list saying which relation it is. Lists
 * Snapchat may add later are read the same way.
 */
final class FriendsParser implements FileParser {
    private static final Map<String, String> RELATIONS = Map.of(
            "friends", "friend", "friendrequestssent", "friend request sent", "blockedusers", "blocked",
            "deletedfriends", "deleted friend", "hiddenfriendsuggestions", "hidden friend suggestion",
            "ignoredsnapchatters", "ignored", "pendingrequests", "friend request received",
            "shortcuts", "shortcut");

    private final Map<String, RecordItems> bySection = new HashMap<>();

    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        new RootSections().others((o, section, key, value) -> bySection.computeIfAbsent(section, this::items)
                .add(o, key, value)).read(file, out);
    }

    private RecordItems items(String section) {
        String relation = RELATIONS.getOrDefault(LooseFields.fold(section),
                Facts.lower(section));
        return new RecordItems(Category.FRIENDS, "Snapchatter")
                .title("Display Name", "Username", "Shortcut Name", "Name")
                .time("Creation Timestamp", "Created", "Date", "Last Modified Timestamp")
                .with("relation", relation);
    }
}
