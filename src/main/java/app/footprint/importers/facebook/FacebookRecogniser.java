package app.footprint.importers.facebook;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import app.footprint.importers.common.PathRoutes;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells a Facebook export from its folders: the top folders Facebook uses (in the 2024+ layout and
 * before), seen directly or below one wrapper folder, plus at least one file Footprint reads. Folders that
 * only Facebook has make it certain. Folders that only Instagram has rule it out: Instagram exports share
 * most of Facebook's folder names.
 */
final class FacebookRecogniser {
    static final String KIND = "account data";
    static final String LAYOUT_2024 = "2024+";
    static final String LAYOUT_BEFORE_2024 = "before 2024";

    /** Top folders of Facebook exports, 2024+ and before. Many are shared with Instagram, some with others. */
    private static final Set<String> FACEBOOK_FOLDERS = Set.of(
            "ads_information", "logged_information", "your_facebook_activity", "personal_information",
            "security_and_login_information", "apps_and_websites_off_of_facebook", "connections", "preferences",
            "messages", "posts", "profile_information", "other_logged_information", "ads_and_businesses",
            "friends", "friends_and_followers", "comments_and_reactions", "comments", "likes_and_reactions",
            "search", "search_history", "location", "your_topics", "your_interactions_on_facebook",
            "other_personal_information", "activity_messages", "interactions", "notifications", "groups",
            "events", "pages", "stories", "photos_and_videos", "saved_items_and_collections", "your_places",
            "facebook_marketplace", "facebook_gaming", "facebook_payments", "facebook_news", "other_activity");

    /** Folders only Facebook exports have. */
    private static final Set<String> FACEBOOK_ONLY = Set.of(
            "your_facebook_activity", "apps_and_websites_off_of_facebook", "friends_and_followers",
            "your_interactions_on_facebook", "facebook_marketplace", "facebook_gaming", "facebook_payments",
            "facebook_news");

    /** Folders that appeared with the 2024 re-organisation. */
    private static final Set<String> FOLDERS_SINCE_2024 = Set.of(
            "your_facebook_activity", "personal_information", "connections");

    /** Folders of Instagram exports (2024+ and before) that Facebook exports never have. */
    private static final Set<String> INSTAGRAM_FOLDERS = Set.of(
            "your_instagram_activity", "apps_and_websites_off_of_instagram", "instagram_ads_and_businesses",
            "information_about_you", "account_information", "followers_and_following", "login_and_account_creation");

    private FacebookRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        Set<String> paths = tree.paths();
        String wrapper = wrapperFolder(paths);
        Set<String> top = new HashSet<>();
        boolean instagram = false;
        boolean readable = false;
        for (String path : paths) {
            String inner = wrapper == null ? path : path.substring(wrapper.length() + 1);
            String[] segments = inner.split("/");
            if (segments.length > 1) {
                top.add(segments[0]);
            }
            // Instagram's own folders sit at the top or one level below (ads_information/instagram_ads_…).
            for (int i = 0; i < Math.min(2, segments.length - 1); i++) {
                instagram |= INSTAGRAM_FOLDERS.contains(segments[i]);
            }
            readable = readable || FacebookFiles.parserFor(path).isPresent();
        }
        if (instagram) {
            return Recognition.none();
        }
        long known = top.stream().filter(FACEBOOK_FOLDERS::contains).count();
        boolean certain = top.stream().anyMatch(FACEBOOK_ONLY::contains);
        double confidence;
        if (certain) {
            confidence = 0.95;
        } else if (known > 0 && readable) {
            confidence = Math.min(0.9, (4 + known) / 10.0);
        } else {
            // Folder names alone ("messages/" in a Discord package) are not enough.
            return Recognition.none();
        }
        String layout = top.stream().anyMatch(FOLDERS_SINCE_2024::contains) ? LAYOUT_2024 : LAYOUT_BEFORE_2024;
        return new Recognition(confidence, KIND, layout, null, null);
    }

    /** The one folder everything sits in ("facebook-jana-2024-03-01"), or null when there is none. */
    static String wrapperFolder(Set<String> paths) {
        String wrapper = PathRoutes.onlyTopFolder(paths);
        return wrapper == null || FACEBOOK_FOLDERS.contains(wrapper) ? null : wrapper;
    }
}
