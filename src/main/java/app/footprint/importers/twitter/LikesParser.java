package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Map;

/**
 * {@code like.js}: the posts the person liked, with their text and address. X gives no date for a like.
 */
final class LikesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        DataRecords.read(file, Map.of("like", (index, like) -> file.item(Category.LIKES, null, "Liked a post",
                Values.text(like, "fullText"), Attrs.of(
                        "post_id", Values.text(like, "tweetId"),
                        "link", Values.text(like, "expandedUrl")), index)));
    }
}
