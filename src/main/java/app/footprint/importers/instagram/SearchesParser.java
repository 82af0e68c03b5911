package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * What the person searched for on Instagram ({@code logged_information/recent_searches/} since 2024,
 * {@code recent_searches/} before): profiles ({@code profile_searches.json}, earlier
 * {@code account_searches.json}: {@code searches_user}), words and phrases ({@code searches_keyword}),
 * hashtags ({@code searches_hashtag}) and places ({@code searches_location}). A record holds "Search" and
 * "Time" (localised); the first value is the search where the label is unknown.
 */
final class SearchesParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("searches_user", list(file, language, "profile"))
                .on("searches_keyword", list(file, language, "word or phrase"))
                .on("searches_hashtag", list(file, language, "hashtag"))
                .on("searches_location", list(file, language, "place"))
                .read(file);
        language.tell(file);
    }

    private static RootFields.Reader list(ImportFile file, Labels.Language language, String kind) {
        return MapRecords.of(file, language, (index, record) -> {
            String search = MapRecords.value(record, Labels.Field.SEARCH, 0);
            if (search == null) {
                search = record.firstValue() != null ? record.firstValue() : record.title();
            }
            if (search == null) {
                file.problem("record " + index + ": a search without text; skipped");
                return;
            }
            file.item(Category.SEARCHES, MapRecords.time(file, index, record, Labels.Field.TIME), search, null,
                    Attrs.of("searched for", kind), index);
        });
    }
}
