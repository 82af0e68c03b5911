package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * What the person posted: {@code posts_N.json} (a list of posts at the root, each with its {@code media}),
 * {@code stories.json} ({@code ig_stories}) and {@code archived_posts.json} ({@code ig_archived_post_media}),
 * in {@code your_instagram_activity/media/} or {@code …/content/} since 2024 and {@code content/} before.
 * The caption is the post's {@code title}, or its first photo's when the post has none.
 */
final class PostsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        new RootFields()
                .onRootList(Records.objects(file, (index, post) -> post(file, index, post, "post")))
                .on("ig_stories", Records.objects(file, (index, story) -> post(file, index, story, "story")))
                .on("ig_archived_post_media",
                        Records.objects(file, (index, post) -> post(file, index, post, "archived post")))
                .read(file);
    }

    private static void post(ImportFile file, long index, JsonNode post, String kind) {
        JsonNode media = post.get("media");
        JsonNode first = media != null && media.isArray() && !media.isEmpty() ? media.get(0) : post;
        String caption = blankToNull(Json.text(post, "title"));
        if (caption == null) {
            caption = blankToNull(Json.text(first, "title"));
        }
        Moment when = RecordTimes.seconds(file, index, post, "creation_timestamp");
        if (when == null && first != post) {
            when = RecordTimes.seconds(file, index, first, "creation_timestamp");
        }
        int count = media != null && media.isArray() ? media.size() : (post.has("uri") ? 1 : 0);
        file.item(Category.POSTS, when, caption != null ? caption : capitalised(kind), null, Attrs.of(
                "kind", kind,
                "media", count == 0 ? null : Integer.toString(count),
                "file", Json.text(first, "uri")), index);
    }

    private static String capitalised(String kind) {
        return Character.toUpperCase(kind.charAt(0)) + kind.substring(1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
