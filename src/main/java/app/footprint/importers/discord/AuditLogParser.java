package app.footprint.importers.discord;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;

/**
 * {@code servers/<id>/audit-log.json}, present for servers the person moderates: a list of what they did
 * there ({@code {"id", "user_id", "target_id", "action_type", "changes", "reason"}}). Each entry is an activity
 * item at the time its snowflake id carries. The shape is described by parsers, not seen in a sample.
 */
final class AuditLogParser implements FileParser {
    /** Discord's audit-log action numbers for what moderators do most; others are shown by number. */
    private static final Map<Integer, String> ACTIONS = Map.ofEntries(
            Map.entry(1, "Changed the server settings"),
            Map.entry(10, "Created a channel"),
            Map.entry(11, "Changed a channel"),
            Map.entry(12, "Deleted a channel"),
            Map.entry(20, "Kicked a member"),
            Map.entry(22, "Banned a member"),
            Map.entry(23, "Lifted a ban"),
            Map.entry(24, "Changed a member"),
            Map.entry(25, "Changed a member's roles"),
            Map.entry(30, "Created a role"),
            Map.entry(31, "Changed a role"),
            Map.entry(40, "Created an invite"),
            Map.entry(72, "Deleted a message"),
            Map.entry(74, "Pinned a message"),
            Map.entry(100, "Created an event"));

    @Override
    public void parse(ImportFile file) throws IOException {
        String server = DiscordFiles.serverId(file.path());
        new RootFields().onRootList(Records.objects(file, (index, entry) -> entry(file, server, index, entry)))
                .on("audit_log_entries", Records.objects(file, (index, entry) -> entry(file, server, index, entry)))
                .read(file);
    }

    private static void entry(ImportFile file, String server, long index, JsonNode entry) {
        Long action = Json.number(entry, "action_type");
        String what = action == null ? "Audit-log entry"
                : ACTIONS.getOrDefault(action.intValue(), "Audit-log action " + action);
        file.item(Category.ACTIVITY, DiscordTimes.snowflake(Json.text(entry, "id")), what, Json.text(entry, "reason"),
                Attrs.of("record", "server audit log", "server_id", server,
                        "action_type", action == null ? null : action.toString(),
                        "target_id", Json.text(entry, "target_id")), index);
    }
}
