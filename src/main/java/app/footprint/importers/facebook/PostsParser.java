package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.RecordTimes;
import app.footprint.importers.common.Records;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The person's posts: {@code your_posts__check_ins__photos_and_videos_N.json} (2024+) and
 * {@code your_posts_N.json} (before), both a list of posts at the root. The title is Facebook's line
 * about the post ("Jana shared a link."), the detail the text written, and a tagged place is kept.
 */
final class PostsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader posts = Records.objects(file, (index, post) -> {
            String text = postText(post.get("data"));
            String title = Json.text(post, "title");
            JsonNode attachments = post.get("attachments");
            file.item(Category.POSTS, RecordTimes.seconds(file, index, post, "timestamp"),
                    title != null ? title : "Post", text, Attrs.of(
                            "place", attached(attachments, "place", "name"),
                            "link", attached(attachments, "external_context", "url"),
                            "media", count(attachments, "media")), index);
        });
        new RootFields().onRootList(posts).read(file);
    }

    /** The texts of {@code data[].post}, joined: a post usually holds one. */
    private static String postText(JsonNode data) {
        if (data == null || !data.isArray()) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode element : data) {
            String text = Json.text(element, "post");
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
        }
        return texts.isEmpty() ? null : String.join("\n", texts);
    }

    /** The first {@code attachments[].data[].<kind>.<field>}. */
    private static String attached(JsonNode attachments, String kind, String field) {
        if (attachments == null || !attachments.isArray()) {
            return null;
        }
        for (JsonNode attachment : attachments) {
            for (JsonNode data : attachment.path("data")) {
                String value = Json.text(data.path(kind), field);
                if (value != null && !value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }

    /** How many photos or videos are attached, or null for none. */
    private static String count(JsonNode attachments, String kind) {
        int count = 0;
        if (attachments != null && attachments.isArray()) {
            for (JsonNode attachment : attachments) {
                for (JsonNode data : attachment.path("data")) {
                    if (data.has(kind)) {
                        count++;
                    }
                }
            }
        }
        return count == 0 ? null : Integer.toString(count);
    }
}
