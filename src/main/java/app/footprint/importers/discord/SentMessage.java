package app.footprint.importers.discord;

import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;

/**
 * One message the person wrote, as both message files give it: {@code ID}, {@code Timestamp},
 * {@code Contents}, {@code Attachments} (space-separated links). Packages hold only the person's own messages.
 * The text names the item; the channel id (from the folder) ties it to its conversation.
 */
final class SentMessage {
    private SentMessage() {
    }

    static void hand(ImportFile file, long position, String id, String timestamp, String contents,
                     String attachments) {
        Moment when = DiscordTimes.message(timestamp);
        if (when == null) {
            // The id is a snowflake that carries the moment it was made; it is exact, so nothing is lost.
            when = DiscordTimes.snowflake(id);
            if (timestamp != null && !timestamp.isBlank()) {
                file.problem("record " + position + ": Timestamp \"" + timestamp + "\" is not a usable time; "
                        + (when == null ? "kept without a time" : "the time was taken from the message id"));
            }
        }
        boolean text = contents != null && !contents.isBlank();
        boolean attached = attachments != null && !attachments.isBlank();
        String title = text ? contents.strip() : attached ? "(attachment)" : "(no text)";
        file.item(Category.MESSAGES, when, title, null, Attrs.of(
                "channel_id", DiscordFiles.channelId(file.path()),
                "message_id", id,
                "attachments", attached ? attachments.strip() : null), position);
    }
}
