package app.footprint.importers.spotify;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Judges from file names alone whether a tree is a Spotify export, and which of the two: the account
 * data or the extended streaming history. Folder names only add weight; a renamed or unwrapped
 * export is still recognised by its files.
 */
final class SpotifyRecognition {
    /** Folders Spotify's zips unpack into, across generations. */
    private static final Set<String> SPOTIFY_FOLDERS = Set.of("mydata", "my_spotify_data", "spotify account data",
            "spotify extended streaming history");
    /** Below this share of Spotify files among all files, the tree is mostly something else. */
    private static final double MIN_SHARE = 0.05;

    static final String LAYOUT_BY_KIND = "StreamingHistory_music/podcast files";
    static final String LAYOUT_NUMBERED = "StreamingHistoryN files";
    static final String LAYOUT_NO_HISTORY = "no StreamingHistory files";
    static final String LAYOUT_EXTENDED = "extended";
    static final String LAYOUT_ENDSONG = "extended, endsong files";

    private SpotifyRecognition() {
    }

    static Recognition of(ArchiveTree tree) {
        Set<SpotifyFile> found = EnumSet.noneOf(SpotifyFile.class);
        long spotifyFiles = 0;
        boolean spotifyFolder = false;
        for (ArchiveEntry entry : tree.entries()) {
            var file = SpotifyFile.of(entry.path());
            if (file.isPresent()) {
                found.add(file.get());
                spotifyFiles++;
                spotifyFolder |= inSpotifyFolder(entry.path());
            }
        }
        long distinctive = found.stream().filter(f -> f.distinctive).count();
        if (distinctive == 0 && !(spotifyFolder && spotifyFiles > 0)) {
            return Recognition.none();
        }
        double confidence = distinctive >= 3 ? 0.9 : distinctive == 2 ? 0.75 : distinctive == 1 ? 0.5 : 0.3;
        if (spotifyFolder) {
            confidence += 0.1;
        }
        double share = (double) spotifyFiles / Math.max(1, tree.entries().size());
        if (share < MIN_SHARE) {
            confidence *= share / MIN_SHARE;
        }
        boolean account = found.stream().anyMatch(f -> f.export == SpotifyFile.Export.ACCOUNT_DATA);
        SpotifyFile.Export export = account ? SpotifyFile.Export.ACCOUNT_DATA : SpotifyFile.Export.EXTENDED_HISTORY;
        return new Recognition(Math.min(1.0, confidence), export.kind, layout(export, found), null, null);
    }

    private static String layout(SpotifyFile.Export export, Set<SpotifyFile> found) {
        if (export == SpotifyFile.Export.EXTENDED_HISTORY) {
            return found.contains(SpotifyFile.ENDSONG) && !found.contains(SpotifyFile.EXTENDED_HISTORY)
                    ? LAYOUT_ENDSONG : LAYOUT_EXTENDED;
        }
        if (found.contains(SpotifyFile.STREAMING_HISTORY_BY_KIND)) {
            return LAYOUT_BY_KIND;
        }
        return found.contains(SpotifyFile.STREAMING_HISTORY_NUMBERED) ? LAYOUT_NUMBERED : LAYOUT_NO_HISTORY;
    }

    private static boolean inSpotifyFolder(String path) {
        String[] parts = path.split("/");
        for (int i = 0; i < parts.length - 1; i++) {
            if (SPOTIFY_FOLDERS.contains(parts[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
