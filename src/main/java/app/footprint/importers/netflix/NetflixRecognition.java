package app.footprint.importers.netflix;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells Netflix's exports apart from paths alone. The full report has upper-case subject folders
 * ({@code CONTENT_INTERACTION/}, {@code IP_ADDRESSES/}, {@code PAYMENT_AND_BILLING/}...) and a
 * {@code Cover sheet.pdf}; the folders with an underscore are Netflix's alone, the one-word ones
 * ({@code ACCOUNT/}, {@code PROFILES/}, {@code MESSAGES/}) only count next to them. The smaller download
 * of one profile's viewing activity is a lone {@code NetflixViewingHistory.csv}.
 */
final class NetflixRecognition {
    static final String KIND_REPORT = "account data";
    static final String KIND_DOWNLOAD = "viewing history download";
    static final String LAYOUT_REPORT = "netflix-report folders";
    static final String LAYOUT_DOWNLOAD = "NetflixViewingHistory.csv";

    /** Netflix's subject folders, written in capitals. */
    private static final Set<String> FOLDERS = Set.of("ACCOUNT", "CLICKSTREAM", "CONTENT_INTERACTION",
            "CUSTOMER_SERVICE", "DEVICES", "GAMES", "IP_ADDRESSES", "MESSAGES", "PAYMENT_AND_BILLING", "PROFILES",
            "SOCIAL_MEDIA_CONNECTIONS", "SURVEYS");
    /** Folders no other service's export has. */
    private static final Set<String> DISTINCTIVE = Set.of("CLICKSTREAM", "CONTENT_INTERACTION", "CUSTOMER_SERVICE",
            "IP_ADDRESSES", "PAYMENT_AND_BILLING", "SOCIAL_MEDIA_CONNECTIONS");
    /** Below this share of Netflix files among all files, the tree is mostly something else. */
    private static final double MIN_SHARE = 0.05;

    private NetflixRecognition() {
    }

    static Recognition of(ArchiveTree tree) {
        Set<String> folders = new HashSet<>();
        long netflixFiles = 0;
        long downloads = 0;
        boolean coverSheet = false;
        for (ArchiveEntry entry : tree.entries()) {
            String[] segments = entry.path().split("/");
            boolean inNetflixFolder = false;
            for (int i = 0; i < segments.length - 1; i++) {
                if (FOLDERS.contains(segments[i])) {
                    folders.add(segments[i]);
                    inNetflixFolder = true;
                }
            }
            var file = NetflixFile.of(entry.path());
            if (file.isPresent() && file.get() == NetflixFile.VIEWING_HISTORY_DOWNLOAD) {
                downloads++;
            } else if (inNetflixFolder) {
                netflixFiles++;
            }
            coverSheet |= entry.fileName().equalsIgnoreCase("Cover sheet.pdf");
        }
        long distinctive = folders.stream().filter(DISTINCTIVE::contains).count();
        long entries = Math.max(1, tree.entries().size());
        if (distinctive > 0) {
            double confidence = distinctive >= 3 ? 0.95 : distinctive == 2 ? 0.85 : folders.size() >= 3 ? 0.7 : 0.5;
            if (coverSheet) {
                confidence = Math.min(1.0, confidence + 0.05);
            }
            double share = (double) (netflixFiles + (coverSheet ? 1 : 0)) / entries;
            if (share < MIN_SHARE) {
                confidence *= share / MIN_SHARE;
            }
            return new Recognition(confidence, KIND_REPORT, LAYOUT_REPORT, null, null);
        }
        if (downloads > 0) {
            double share = (double) downloads / entries;
            return new Recognition(share >= 0.5 ? 0.8 : 0.1, KIND_DOWNLOAD, LAYOUT_DOWNLOAD, null, null);
        }
        return Recognition.none();
    }
}
