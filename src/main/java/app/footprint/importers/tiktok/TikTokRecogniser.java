package app.footprint.importers.tiktok;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a TikTok export from its file names: the JSON export is one file, {@code user_data_tiktok.json}
 * (2024+) or {@code user_data.json} (before); the text export is a folder of files named after TikTok's
 * sections in TikTok's group folders, often below {@code TikTok_Data_<epoch>/}, whose number is when the
 * export was made. "user_data.json" is a common name, so it counts only where it is (nearly) alone.
 */
final class TikTokRecogniser {
    static final String KIND = "account data";
    static final String LAYOUT_2024 = "user_data_tiktok.json (2024+)";
    static final String LAYOUT_BEFORE_2024 = "user_data.json (before 2024)";
    static final String LAYOUT_TEXT = "text files (2024–25)";

    private static final Pattern DATA_FOLDER = Pattern.compile("(?i)(?:^|/)tiktok_data_(\\d{9,11})(?:/|$)");

    private TikTokRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        boolean newJson = false;
        boolean oldJson = false;
        int jsonFiles = 0;
        int textSections = 0;
        int files = 0;
        Instant exportedAt = null;
        for (ArchiveEntry entry : tree.entries()) {
            String path = entry.path();
            String fileName = TikTokFiles.fileName(path);
            files++;
            if (fileName.toLowerCase(Locale.ROOT).endsWith(".json")) {
                jsonFiles++;
            }
            newJson |= TikTokFiles.USER_DATA_2024.matcher(fileName).matches();
            oldJson |= TikTokFiles.USER_DATA_OLD.matcher(fileName).matches();
            if (TikTokFiles.textSection(path).isPresent()) {
                textSections++;
            }
            if (exportedAt == null) {
                exportedAt = exportDate(path);
            }
        }
        if (newJson) {
            return new Recognition(0.95, KIND, LAYOUT_2024, null, null);
        }
        if (oldJson && jsonFiles <= 2 && files <= 5) {
            return new Recognition(0.7, KIND, LAYOUT_BEFORE_2024, null, null);
        }
        if (textSections == 0) {
            return Recognition.none();
        }
        double confidence = textSections >= 3 ? 0.85 : 0.5;
        if (exportedAt != null) {
            confidence += 0.1;
        }
        double share = (double) textSections / files;
        if (share < 0.3) {
            // a few files with TikTok-like names among many others: something else
            confidence *= share / 0.3;
        }
        return new Recognition(Math.min(0.95, confidence), KIND, LAYOUT_TEXT, null, exportedAt);
    }

    /** The time in a {@code TikTok_Data_1735588272/} folder name, when it is a plausible one. */
    private static Instant exportDate(String path) {
        Matcher m = DATA_FOLDER.matcher(path);
        if (!m.find()) {
            return null;
        }
        Moment moment = Timestamps.epochSeconds(Long.parseLong(m.group(1)));
        return moment == null ? null : moment.instant();
    }
}
