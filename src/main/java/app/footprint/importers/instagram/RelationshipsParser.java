package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.MetaMapRecord;
import app.footprint.importers.common.RootFields;
import app.footprint.model.Category;
import java.io.IOException;

/**
 * The follower lists ({@code connections/followers_and_following/} since 2024, {@code followers_and_following/}
 * before): {@code followers_N.json} (a list at the root; older files wrap it in {@code relationships_followers}),
 * {@code following.json}, follow requests, close friends, blocked and restricted accounts, recently unfollowed
 * accounts, followed hashtags and dismissed suggestions. Each account becomes an item whose {@code relation}
 * says which list it is on; the people around her are connections, what she follows are follows.
 */
final class RelationshipsParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        Labels.Language language = new Labels.Language();
        new RootFields()
                .onRootList(list(file, language, Category.FRIENDS, "follower"))
                .on("relationships_followers", list(file, language, Category.FRIENDS, "follower"))
                .on("relationships_following", list(file, language, Category.FOLLOWS, "following"))
                .on("relationships_following_hashtags", list(file, language, Category.FOLLOWS, "hashtag followed"))
                .on("relationships_follow_requests_sent", list(file, language, Category.FOLLOWS, "follow request sent"))
                .on("relationships_permanent_follow_requests",
                        list(file, language, Category.FOLLOWS, "recent follow request"))
                .on("relationships_unfollowed_users", list(file, language, Category.FOLLOWS, "unfollowed"))
                .on("relationships_follow_requests_received",
                        list(file, language, Category.FRIENDS, "follow request received"))
                .on("relationships_close_friends", list(file, language, Category.FRIENDS, "close friend"))
                .on("relationships_blocked_users", list(file, language, Category.FRIENDS, "blocked"))
                .on("relationships_restricted_users", list(file, language, Category.FRIENDS, "restricted"))
                .on("relationships_dismissed_suggested_users",
                        list(file, language, Category.FRIENDS, "suggestion dismissed"))
                .read(file);
        language.tell(file);
    }

    private static RootFields.Reader list(ImportFile file, Labels.Language language, Category category,
                                          String relation) {
        return MapRecords.of(file, language, (index, record) -> {
            String account = account(record);
            if (account == null) {
                file.problem("record " + index + ": an account without a name; skipped");
                return;
            }
            file.item(category, MapRecords.time(file, index, record.firstTimed()), account, null,
                    Attrs.of("relation", relation, "link", record.firstHref()), index);
        });
    }

    /** The account name: the list's value, else the title, else the last part of the profile link. */
    private static String account(MetaMapRecord record) {
        String value = record.firstValue();
        if (value != null) {
            return value;
        }
        if (record.title() != null) {
            return record.title();
        }
        String href = record.firstHref();
        if (href == null) {
            return null;
        }
        String trimmed = href.endsWith("/") ? href.substring(0, href.length() - 1) : href;
        String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
        return last.isBlank() ? null : last;
    }
}
