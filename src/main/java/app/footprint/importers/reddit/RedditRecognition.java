package app.footprint.importers.reddit;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.EnumSet;
import java.util.Set;

/**
 * Judges from file names alone whether a tree is Reddit's data request export: about 35 flat CSV files
 * with names no other service uses (subscribed_subreddits, post_votes, sensitive_ads_preferences...),
 * and since about 2023 a {@code checkfile.csv} listing them with their SHA-256. Generic names
 * (posts.csv, messages.csv, statistics.csv) count only next to distinctive ones.
 */
final class RedditRecognition {
    static final String KIND = "account data";
    static final String LAYOUT_CHECKFILE = "flat CSV files with checkfile.csv";
    static final String LAYOUT_NO_CHECKFILE = "flat CSV files without checkfile.csv";
    static final String LAYOUT_SPLIT = "flat CSV files, large tables split into parts";
    /** Below this share of Reddit files among all files, the tree is mostly something else. */
    private static final double MIN_SHARE = 0.05;

    private RedditRecognition() {
    }

    static Recognition of(ArchiveTree tree) {
        Set<RedditFile> found = EnumSet.noneOf(RedditFile.class);
        long redditFiles = 0;
        boolean split = false;
        for (ArchiveEntry entry : tree.entries()) {
            var file = RedditFile.of(entry.path());
            if (file.isPresent()) {
                found.add(file.get());
                redditFiles++;
                split |= RedditFile.splitPart(entry.path());
            }
        }
        long distinctive = found.stream().filter(f -> f.distinctive).count();
        if (distinctive == 0) {
            return Recognition.none();
        }
        boolean checkfile = found.contains(RedditFile.CHECKFILE);
        double confidence = distinctive >= 3 ? 0.9 : distinctive == 2 ? 0.75 : 0.5;
        if (checkfile && distinctive >= 2) {
            confidence += 0.05; // the list of files is Reddit's own signature
        }
        double share = (double) redditFiles / Math.max(1, tree.entries().size());
        if (share < MIN_SHARE) {
            confidence *= share / MIN_SHARE;
        }
        String layout = split ? LAYOUT_SPLIT : checkfile ? LAYOUT_CHECKFILE : LAYOUT_NO_CHECKFILE;
        return new Recognition(confidence, KIND, layout, null, null);
    }
}
