package app.footprint.importers.snapchat;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.FileRecords;
import app.footprint.importers.common.RecordItems;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * {@code json/story_history.json}: the person's own stories with their views and replies ("Your Story
 * Views" {@code [{Story Date, Story Views, Story Replies}]}), and the friends' and public stories watched.
 */
final class StoryHistoryParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        FileRecords out = new FileRecords(file);
        RecordItems own = new RecordItems(Category.POSTS, "Story posted").with("what", "your story");
        RecordItems watched = new RecordItems(Category.WATCHING, "Story viewed")
                .title("Story Title", "Title", "Name", "From").with("what", "story of a friend or the public");
        new RootSections()
                .on("Your Story Views", (o, s, k, v) -> own.add(o, null, v))
                .on("Friend and Public Story Views", (o, s, k, v) -> watched.add(o, null, v))
                .read(file, out);
    }
}
