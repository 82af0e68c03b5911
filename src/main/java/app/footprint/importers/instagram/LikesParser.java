package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * What the person liked: {@code liked_posts.json} ({@code likes_media_likes}), {@code liked_comments.json}
 * ({@code likes_comment_likes}) and {@code story_likes.json} ({@code story_activities_story_likes}). The
 * record's title is the account whose post it was; its list holds the link, the reaction and the time.
 */
final class LikesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("likes_media_likes", list(file, language, "post"))
                .on("likes_comment_likes", list(file, language, "comment"))
                .on("story_activities_story_likes", list(file, language, "story"))
                .read(file);
        language.tell(file);
    }

    private static RootFields.Reader list(ImportFile file, Labels.Language language, String what) {
        return MapRecords.of(file, language, (index, record) -> {
            MetaMapRecord.Entry like = record.list().isEmpty() ? null : record.list().get(0);
            String owner = record.title();
            file.item(Category.LIKES, MapRecords.time(file, index, record.firstTimed()),
                    owner != null ? owner : "A " + what, null, Attrs.of(
                            "liked", what,
                            "reaction", like == null ? null : like.value(),
                            "link", record.firstHref()), index);
        });
    }
}
