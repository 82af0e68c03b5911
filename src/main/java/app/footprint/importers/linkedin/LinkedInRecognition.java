package app.footprint.importers.linkedin;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.EnumSet;
import java.util.Set;

/**
 * Judges from file names alone whether a tree is a LinkedIn data export, and which of LinkedIn's two
 * archives it is. A request gives the Basic archive within minutes (profile, positions, connections,
 * messages, invitations...) and the Complete archive a day later, holding all of that plus the slow
 * categories (inferences, ad targeting, searches, logins, reactions...). A tree holding any file of the
 * slow categories is the Complete archive.
 *
 * <p>The two are imported as two kinds of export, not as two snapshots of one kind: they differ in scope,
 * not in time, and the store already counts each kind of data once, from the current export holding
 * most of it. So for every file both hold, the Complete archive's copy wins (it holds as much or more),
 * whatever the order of import or the times in the zips, while the Basic archive of a later request
 * cannot hide the inferences that only a Complete archive holds.
 */
final class LinkedInRecognition {
    static final String KIND_BASIC = "basic archive";
    static final String KIND_COMPLETE = "complete archive";
    /** 2026 Complete archives name some files with a number, e.g. {@code Comments_1234.csv}. */
    static final String LAYOUT_NUMBERED = "numbered file names";
    static final String LAYOUT_PLAIN = "plain file names";
    /** Below this share of LinkedIn files among all files, the tree is mostly something else. */
    private static final double MIN_SHARE = 0.05;

    private LinkedInRecognition() {
    }

    static Recognition of(ArchiveTree tree) {
        Set<LinkedInFile> found = EnumSet.noneOf(LinkedInFile.class);
        long linkedInFiles = 0;
        boolean numbered = false;
        for (ArchiveEntry entry : tree.entries()) {
            var file = LinkedInFile.of(entry.path());
            if (file.isPresent()) {
                found.add(file.get());
                linkedInFiles++;
                numbered |= LinkedInFile.numbered(entry.path());
            }
        }
        long distinctive = found.stream().filter(f -> f.distinctive).count();
        if (distinctive == 0) {
            return Recognition.none(); // Profile.csv or messages.csv alone could be anyone's
        }
        double confidence = distinctive >= 3 ? 0.9 : distinctive == 2 ? 0.75 : 0.5;
        double share = (double) linkedInFiles / Math.max(1, tree.entries().size());
        if (share < MIN_SHARE) {
            confidence *= share / MIN_SHARE;
        }
        boolean complete = found.stream().anyMatch(f -> f.archive == LinkedInFile.Archive.COMPLETE);
        return new Recognition(confidence, complete ? KIND_COMPLETE : KIND_BASIC,
                numbered ? LAYOUT_NUMBERED : LAYOUT_PLAIN, null, null);
    }
}
