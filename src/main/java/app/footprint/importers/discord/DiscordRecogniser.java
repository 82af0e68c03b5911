package app.footprint.importers.discord;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells a Discord data package ({@code package.zip}) from its paths: the account file, the message and server
 * indexes, channel and server folders, and the activity event files. Each kind found adds certainty;
 * {@code README.txt} at the top and Discord's folder names only add weight, because other exports have a
 * README and a {@code messages/} folder too. Packages may hold only the categories the person picked, so
 * any one kind is enough.
 *
 * <p>The layout: packages since 2024 write messages as {@code messages.json} and capitalise their folders
 * ({@code Account/}, {@code Messages/}, a new {@code Activities/}); earlier ones wrote {@code messages.csv}.
 * The message format decides where there are messages, because some packages mix the two habits.
 */
final class DiscordRecogniser {
    static final String KIND = "data package";
    static final String LAYOUT_2024 = "2024+";
    static final String LAYOUT_BEFORE_2024 = "before 2024";

    /**
     * Below this share of files in Discord's folders, the tree is mostly something else. Nearly everything in
     * a package lies in those folders, so the bar can be higher than for exports with loose files.
     */
    private static final double MIN_SHARE = 0.1;

    private enum Marker {
        ACCOUNT("account/user\\.json"),
        MESSAGE_INDEX("messages/index\\.json"),
        CHANNEL("messages/c?\\d+/(?:channel\\.json|messages\\.csv|messages\\.json)"),
        SERVER_INDEX("servers/index\\.json"),
        SERVER("servers/\\d+/(?:guild\\.json|audit-log\\.json)"),
        EVENTS("activity/[^/]+/events-\\d{4}-\\d+-of-\\d+\\.json");

        final Pattern pattern;

        Marker(String pathEnd) {
            this.pattern = Pattern.compile("(?:^|/)" + pathEnd + "$", Pattern.CASE_INSENSITIVE);
        }
    }

    private static final Set<String> FOLDERS = Set.of("account", "activity", "activities", "messages", "servers",
            "programs");
    private static final Pattern README = Pattern.compile("(?:[^/]+/)?README\\.txt");
    private static final Pattern JSON_MESSAGES = Pattern.compile("(?:^|/)messages/c?\\d+/messages\\.json$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CSV_MESSAGES = Pattern.compile("(?:^|/)messages/c?\\d+/messages\\.csv$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile(
            "(?:^|/)(?:Account|Activity|Activities|Messages|Servers|Programs)/.*");
    private static final Pattern ACTIVITIES = Pattern.compile("(?:^|/)activities/.*", Pattern.CASE_INSENSITIVE);

    private DiscordRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        Set<Marker> found = EnumSet.noneOf(Marker.class);
        boolean readme = false;
        long discordFiles = 0;
        boolean jsonMessages = false;
        boolean csvMessages = false;
        boolean newFolders = false;
        for (String path : tree.paths()) {
            boolean ours = false;
            for (Marker marker : Marker.values()) {
                if (marker.pattern.matcher(path).find()) {
                    found.add(marker);
                    ours = true;
                }
            }
            if (README.matcher(path).matches()) {
                readme = true;
                ours = true;
            }
            ours |= inDiscordFolder(path);
            discordFiles += ours ? 1 : 0;
            jsonMessages |= JSON_MESSAGES.matcher(path).find();
            csvMessages |= CSV_MESSAGES.matcher(path).find();
            newFolders |= CAPITALISED.matcher(path).matches() || ACTIVITIES.matcher(path).matches();
        }
        if (found.isEmpty()) {
            return Recognition.none();
        }
        double confidence = found.size() >= 3 ? 0.95 : found.size() == 2 ? 0.85 : 0.6;
        if (readme) {
            confidence += 0.05;
        }
        double share = (double) discordFiles / Math.max(1, tree.paths().size());
        if (share < MIN_SHARE) {
            confidence *= share / MIN_SHARE;
        }
        String layout = jsonMessages ? LAYOUT_2024 : csvMessages ? LAYOUT_BEFORE_2024
                : newFolders ? LAYOUT_2024 : LAYOUT_BEFORE_2024;
        return new Recognition(Math.min(1.0, confidence), KIND, layout, null, null);
    }

    /** Whether the path lies in one of Discord's top folders, at the top or below one wrapper folder. */
    private static boolean inDiscordFolder(String path) {
        String[] segments = path.toLowerCase(Locale.ROOT).split("/");
        for (int i = 0; i < Math.min(2, segments.length - 1); i++) {
            if (FOLDERS.contains(segments[i])) {
                return true;
            }
        }
        return false;
    }
}
