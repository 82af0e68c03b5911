package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * The person's comments: {@code post_comments_N.json} (a list at the root; a single comment is written as
 * the record itself; older exports wrap the list in {@code comments_media_comments}) and
 * {@code reels_comments.json} ({@code comments_reels_comments}). A record holds "Comment", "Media Owner"
 * and "Time" (localised); where the labels are unknown, the first value is the comment and the second the
 * owner, the order Instagram writes them in.
 */
final class CommentsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        RootFields.Reader posts = list(file, language, "post");
        new RootFields()
                .onRootList(posts)
                .on("comments_media_comments", posts)
                .on("comments_reels_comments", list(file, language, "reel"))
                .on("comments_story_comments", list(file, language, "story"))
                .on("string_map_data", parser -> {
                    // the file is one comment, written without the list around it
                    ObjectNode single = JsonNodeFactory.instance.objectNode();
                    single.set("string_map_data", Json.readTree(parser));
                    MetaMapRecord record = MetaMapRecord.read(single);
                    language.add(record);
                    comment(file, 0, record, "post");
                })
                .read(file);
        language.tell(file);
    }

    private static RootFields.Reader list(ImportFile file, Labels.Language language, String on) {
        return MapRecords.of(file, language, (index, record) -> comment(file, index, record, on));
    }

    private static void comment(ImportFile file, long index, MetaMapRecord record, String on) {
        String text = MapRecords.value(record, Labels.Field.COMMENT, 0);
        String owner = MapRecords.value(record, Labels.Field.MEDIA_OWNER, 1);
        if (text == null) {
            file.problem("record " + index + ": a comment without text; skipped");
            return;
        }
        file.item(Category.COMMENTS, MapRecords.time(file, index, record, Labels.Field.TIME), text, null,
                Attrs.of("on", on, "owner", owner), index);
    }
}
