package app.footprint.importers.instagram;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import app.footprint.importers.common.PathRoutes;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells an Instagram export from its paths alone: folders and file names that only Instagram exports have
 * (Facebook's share most of the others), seen at the top or a level or two below, under a wrapper folder or
 * not. Each part of a download split by top folder carries some of them, so a part is recognised alone.
 * Folders that only Facebook has rule a tree out. The layout is 2024+ when Instagram's folders sit below the
 * 2024 top folders ({@code your_instagram_activity/}, {@code personal_information/information_about_you/},
 * {@code connections/followers_and_following/}…), before 2024 when they are top folders themselves.
 */
final class InstagramRecogniser {
    static final String KIND = "account data";
    static final String LAYOUT_2024 = "2024+";
    static final String LAYOUT_BEFORE_2024 = "before 2024";

    /** Folders only in Instagram exports, 2024+ and before. */
    private static final Set<String> INSTAGRAM_FOLDERS = Set.of(
            "your_instagram_activity", "apps_and_websites_off_of_instagram", "instagram_ads_and_businesses",
            "information_about_you", "followers_and_following", "account_information", "login_and_account_creation",
            "login_and_profile_creation", "ads_and_content", "ads_and_topics", "story_sticker_interactions",
            "story_interactions", "recent_searches");

    /** Folders that appear only in the 2024+ layout, or that hold Instagram's folders there. */
    private static final Set<String> TOP_FOLDERS_SINCE_2024 = Set.of(
            "your_instagram_activity", "apps_and_websites_off_of_instagram", "personal_information", "connections",
            "ads_information", "logged_information", "security_and_login_information", "preferences");

    /** Top folders of the older layout that may hold everything of a small or partial export. */
    private static final Set<String> TOP_FOLDERS_BEFORE_2024 = Set.of(
            "messages", "content", "media", "comments", "likes", "saved", "contacts", "your_topics", "monetization",
            "shopping", "device_information", "autofill_information");

    /** File names only Instagram exports have. */
    private static final Pattern INSTAGRAM_FILES = Pattern.compile(
            "(?:recommended_topics|profile_based_in|account_based_in|instagram_profile_information|liked_posts"
                    + "|liked_comments|post_comments_\\d+|reels_comments|followers_\\d+|saved_posts|ads_viewed"
                    + "|ads_clicked|posts_viewed|videos_watched|suggested_profiles_viewed|profile_searches"
                    + "|word_or_phrase_searches|synced_contacts)\\.json", Pattern.CASE_INSENSITIVE);

    /** Folders only Facebook exports have. */
    private static final Set<String> FACEBOOK_ONLY = Set.of(
            "your_facebook_activity", "apps_and_websites_off_of_facebook", "friends_and_followers",
            "your_interactions_on_facebook", "facebook_marketplace", "facebook_gaming", "facebook_payments",
            "facebook_news");

    private InstagramRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        Set<String> paths = tree.paths();
        String wrapper = wrapperFolder(paths);
        Set<String> markers = new HashSet<>();
        boolean since2024 = false;
        boolean readable = false;
        for (String path : paths) {
            String inner = wrapper == null ? path : path.substring(wrapper.length() + 1);
            List<String> segments = List.of(inner.split("/"));
            int folders = segments.size() - 1;
            for (int i = 0; i < Math.min(3, folders); i++) {
                String folder = segments.get(i).toLowerCase(Locale.ROOT);
                if (i < 2 && FACEBOOK_ONLY.contains(folder)) {
                    return Recognition.none();
                }
                if (INSTAGRAM_FOLDERS.contains(folder)) {
                    markers.add(folder);
                    since2024 |= i == 0 ? TOP_FOLDERS_SINCE_2024.contains(folder)
                            : TOP_FOLDERS_SINCE_2024.contains(segments.get(0).toLowerCase(Locale.ROOT));
                }
            }
            String name = segments.get(segments.size() - 1);
            if (INSTAGRAM_FILES.matcher(name).matches()) {
                markers.add(name.toLowerCase(Locale.ROOT));
                since2024 |= folders > 0 && TOP_FOLDERS_SINCE_2024.contains(segments.get(0).toLowerCase(Locale.ROOT));
            }
            readable = readable || InstagramFiles.parserFor(path).isPresent();
        }
        if (markers.isEmpty() || !readable) {
            return Recognition.none();
        }
        double confidence = Math.min(0.95, 0.55 + 0.1 * markers.size());
        return new Recognition(confidence, KIND, since2024 ? LAYOUT_2024 : LAYOUT_BEFORE_2024, null, null);
    }

    /** The one folder everything sits in ("instagram-jana-2024-03-12"), or null when there is none. */
    static String wrapperFolder(Set<String> paths) {
        String wrapper = PathRoutes.onlyTopFolder(paths);
        if (wrapper == null) {
            return null;
        }
        String folder = wrapper.toLowerCase(Locale.ROOT);
        return INSTAGRAM_FOLDERS.contains(folder) || TOP_FOLDERS_SINCE_2024.contains(folder)
                || isPre2024TopFolder(folder) ? null : wrapper;
    }

    private static boolean isPre2024TopFolder(String folder) {
        return TOP_FOLDERS_BEFORE_2024.contains(folder);
    }
}
