package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.model.Category;
import java.io.IOException;
import java.util.Map;

/**
 * {@code lists-created.js}, {@code lists-member.js} and {@code lists-subscribed.js}: X lists the person
 * made, is on, or follows, each known by its address ({@code userListInfo.url}, in some archives a list
 * {@code urls}). Which of the three it is, the file name says.
 */
final class ListsParser implements FileParser {
    private final String relation;

    ListsParser(String relation) {
        this.relation = relation;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        DataRecords.read(file, Map.of("userListInfo", (index, list) -> {
            var urls = Values.texts(list.get("url"));
            urls.addAll(Values.texts(list.get("urls")));
            if (urls.isEmpty()) {
                file.problem("record " + index + ": a list without its address; skipped");
                return;
            }
            for (String url : urls) {
                file.item(Category.LIBRARY, null, "List: " + name(url), null,
                        Attrs.of("relation", relation, "link", url), index);
            }
        }));
    }

    /** "laufen-leipzig" from "https://twitter.com/janakoehler/lists/laufen-leipzig". */
    private static String name(String url) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
