package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * What Instagram logged the person seeing: {@code ads_viewed.json}, {@code ads_clicked.json},
 * {@code posts_viewed.json}, {@code videos_watched.json} and {@code suggested_profiles_viewed.json}
 * ({@code impressions_history_*}, under {@code ads_information/ads_and_topics/} since 2024, under
 * {@code ads_and_topics/} or {@code ads_and_content/} before). A record names the account behind what was
 * seen ("Author", or "Username" for suggested profiles; the ad's title for clicks) and when.
 */
final class ImpressionsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .on("impressions_history_ads_seen", seen(file, language, Category.AD_VIEWS, "Ad seen", "ad"))
                .on("impressions_history_ads_clicked",
                        seen(file, language, Category.AD_INTERACTIONS, "Ad clicked", "ad"))
                .on("impressions_history_posts_seen", seen(file, language, Category.WATCHING, "Post seen", "post"))
                .on("impressions_history_videos_watched",
                        seen(file, language, Category.WATCHING, "Video watched", "video"))
                .on("impressions_history_chaining_seen",
                        seen(file, language, Category.WATCHING, "Suggested profile seen", "suggested profile"))
                .read(file);
        language.tell(file);
    }

    /**
     * @param untitled the title when the record names no account (Instagram leaves "Author" out now and then)
     * @param what     what was seen, kept as an attribute
     */
    private static RootFields.Reader seen(ImportFile file, Labels.Language language, Category category,
                                          String untitled, String what) {
        return MapRecords.of(file, language, (index, record) -> {
            String account = account(record);
            file.item(category, MapRecords.time(file, index, record, Labels.Field.TIME),
                    account != null ? account : untitled, null,
                    Attrs.of("seen", what, "link", record.firstHref()), index);
        });
    }

    private static String account(MetaMapRecord record) {
        String account = Labels.value(record, Labels.Field.AUTHOR);
        if (account == null) {
            account = Labels.value(record, Labels.Field.USERNAME);
        }
        if (account == null) {
            account = record.firstValue();
        }
        return account != null ? account : record.title();
    }
}
