package app.footprint.importers.tiktok;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.FormatException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which of TikTok's files Footprint reads, by name in any folder: the JSON export's one file, and in the
 * text export each file named after a known section inside one of TikTok's group folders. The HTML
 * rendering of the export cannot be read and says so.
 */
final class TikTokFiles {
    static final Pattern USER_DATA_2024 = Pattern.compile("user_data_tiktok\\.json", Pattern.CASE_INSENSITIVE);
    static final Pattern USER_DATA_OLD = Pattern.compile("user_data\\.json", Pattern.CASE_INSENSITIVE);
    private static final Pattern USER_DATA_HTML = Pattern.compile("user_data(?:_tiktok)?\\.html?",
            Pattern.CASE_INSENSITIVE);

    /** TikTok's groups of sections (the JSON file's top keys, the text export's folders), lower case. */
    static final Set<String> GROUPS = Set.of("activity", "your activity", "ads and data", "app settings",
            "comment", "comments", "direct message", "direct messages", "income+ wallet transactions",
            "income plus wallet transactions", "post", "posts", "video", "videos", "profile", "profile and settings",
            "tiktok live", "tiktok shopping", "tiktok shop", "likes and favorites", "location review",
            "poi review");

    static final String HTML_MESSAGE = "this is TikTok's HTML export, which Footprint cannot read: download your "
            + "data from TikTok again and choose the file format JSON";

    private TikTokFiles() {
    }

    static Optional<FileParser> parserFor(String path) {
        String fileName = fileName(path);
        if (USER_DATA_2024.matcher(fileName).matches() || USER_DATA_OLD.matcher(fileName).matches()) {
            return Optional.of(new UserDataParser());
        }
        if (USER_DATA_HTML.matcher(fileName).matches()) {
            return Optional.of(file -> {
                throw new FormatException(HTML_MESSAGE);
            });
        }
        return textSection(path).map(section -> new TextFileParser(section, stem(fileName)));
    }

    /** The section a file of the text export holds, judged by its name and its folder. */
    static Optional<Section> textSection(String path) {
        String fileName = fileName(path);
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".txt") || !GROUPS.contains(parent(path))) {
            return Optional.empty();
        }
        return Section.named(stem(fileName));
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? fileName : fileName.substring(0, dot);
    }

    /** The name of the folder holding the file, lower case; "" at the top. */
    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0) {
            return "";
        }
        String folder = path.substring(0, slash);
        return folder.substring(folder.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }
}
