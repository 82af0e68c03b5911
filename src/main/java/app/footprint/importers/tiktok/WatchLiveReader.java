package app.footprint.importers.tiktok;

import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.LooseFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * "Watch Live History" › {@code WatchLiveMap{<id>: {WatchTime, Link, Comments[{CommentTime,
 * CommentContent, RawTime}]}}}: each LIVE watched becomes a viewing item, each comment written during it
 * a comment item.
 */
final class WatchLiveReader implements SectionReader {
    private final ListReader comments = new ListReader(Category.COMMENTS, "Comment on a LIVE")
            .title("CommentContent", "Comment", "Content");

    @Override
    public void record(FileRecords out, String field, String key, JsonNode live) {
        if (!live.isObject()) {
            String text = LooseFields.value(live);
            if (text != null) {
                out.item(Category.WATCHING, null, text, null, Map.of("what", "LIVE"));
            }
            return;
        }
        String timeField = LooseFields.nameOf(live, "WatchTime", "Date", "Time");
        String linkField = LooseFields.nameOf(live, "Link", "LiveLink");
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("what", "LIVE");
        attributes.put("live", key);
        JsonNode commentList = LooseFields.field(live, "Comments");
        Set<String> used = new HashSet<>(Arrays.asList(timeField, linkField, LooseFields.key(live, "Comments")));
        attributes.putAll(LooseFields.attributes(live, used));
        out.item(Category.WATCHING, timeField == null ? null : out.time(live, timeField),
                linkField == null ? "LIVE watched" : LooseFields.value(live.get(linkField)), null, attributes);
        if (commentList != null && commentList.isArray()) {
            commentList.forEach(comment -> comments.record(out, "Comments", key, comment));
        }
    }
}
