package app.footprint.importers.twitter;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.HashSet;
import java.util.Set;

/**
 * Tells an X archive from its paths: {@code data/manifest.js} or {@code Your archive.html} next to a
 * data file whose name only X uses ({@code ad-impressions.js}, not {@code app.js}) make it certain;
 * without either (the 2019 layout) it takes at least three such files. The layout follows from the folder
 * and the name of the posts file.
 */
final class TwitterRecogniser {
    static final String KIND = "archive";
    static final String LAYOUT_2022 = "2022+ (data/tweets.js)";
    static final String LAYOUT_2020 = "2020–2022 (data/tweet.js)";
    static final String LAYOUT_2019 = "2019 (files at the top)";
    static final String LAYOUT_DATA_FOLDER = "2020+ (data/, no posts file)";

    private static final String ARCHIVE_PAGE = "Your archive.html";
    private static final int DISTINCTIVE_FILES_WITHOUT_MANIFEST = 3;

    private TwitterRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        boolean manifest = false;
        boolean archivePage = false;
        boolean inDataFolder = false;
        Set<String> known = new HashSet<>();
        Set<String> distinctive = new HashSet<>();
        for (String path : tree.paths()) {
            String[] segments = path.split("/");
            if (segments.length <= 2 && segments[segments.length - 1].equals(ARCHIVE_PAGE)) {
                archivePage = true;
            }
            var found = DataFile.at(path);
            if (found.isEmpty()) {
                continue;
            }
            DataFile.Found file = found.get();
            boolean dataFolder = segments.length >= 2 && segments[segments.length - 2].equalsIgnoreCase("data");
            if (file.kind() == DataFile.MANIFEST) {
                manifest |= dataFolder;
                continue;
            }
            inDataFolder |= dataFolder;
            known.add(file.name());
            if (DataFile.distinctive(file.name())) {
                distinctive.add(file.name());
            }
        }
        double confidence;
        if (manifest && !distinctive.isEmpty()) {
            confidence = 0.95;
        } else if (archivePage && !distinctive.isEmpty()) {
            confidence = 0.9;
        } else if (distinctive.size() >= DISTINCTIVE_FILES_WITHOUT_MANIFEST) {
            confidence = distinctive.size() >= 6 ? 0.8 : 0.6;
        } else {
            return Recognition.none();
        }
        return new Recognition(confidence, KIND, layout(known, manifest || archivePage || inDataFolder), null, null);
    }

    private static String layout(Set<String> known, boolean dataFolder) {
        if (!dataFolder) {
            return LAYOUT_2019;
        }
        if (known.contains("tweets")) {
            return LAYOUT_2022;
        }
        return known.contains("tweet") ? LAYOUT_2020 : LAYOUT_DATA_FOLDER;
    }
}
