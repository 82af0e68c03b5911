package app.footprint.importers.snapchat;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import app.footprint.importers.common.Moment;
import app.footprint.importers.common.Timestamps;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a Snapchat "My Data" export from its file names: Snapchat's files in a {@code json/} folder (or,
 * for an export requested as HTML, an {@code html/} folder), often below {@code mydata~<number>/}, next
 * to {@code memories/} and {@code chat_media/}. Names such as "account.json" are common, so they count
 * only beside a name that only Snapchat uses or inside Snapchat's own wrapper folder, whose number (epoch
 * seconds or milliseconds) tells when the export was made.
 */
final class SnapchatRecogniser {
    static final String KIND = "my data";
    static final String LAYOUT_JSON = "json files";
    static final String LAYOUT_HTML = "html files only (not readable)";
    static final String LAYOUT_MEMORIES = "memories only";

    /** The folder Snapchat's zips unpack into; its number, where plausible, is when the export was made. */
    private static final Pattern WRAPPER = Pattern.compile("(?i)(?:^|/)mydata~(\\d+)/");
    private static final Pattern MEMORIES = Pattern.compile("(?i)(?:^|/)(?:memories|chat_media)/[^/]+$");

    private SnapchatRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        Set<SnapchatFile> json = EnumSet.noneOf(SnapchatFile.class);
        Set<SnapchatFile> html = EnumSet.noneOf(SnapchatFile.class);
        boolean wrapper = false;
        Instant exportedAt = null;
        long media = 0;
        for (ArchiveEntry entry : tree.entries()) {
            String path = entry.path();
            Matcher folder = WRAPPER.matcher(path);
            if (folder.find()) {
                wrapper = true;
                // seconds or milliseconds; longer numbers are not times
                String number = folder.group(1);
                Moment made = exportedAt == null && number.length() <= 13 ? Timestamps.parse(number) : null;
                exportedAt = made == null ? exportedAt : made.instant();
            }
            if (MEMORIES.matcher(path).find()) {
                media++;
            }
            SnapchatFile.of(path).ifPresent(found -> (found.json() ? json : html).add(found.file()));
        }
        long distinctive = json.stream().filter(f -> f.distinctive).count();
        long distinctiveHtml = html.stream().filter(f -> f.distinctive).count();
        if (distinctive > 0 || (wrapper && !json.isEmpty())) {
            double confidence = distinctive >= 2 ? 0.95 : distinctive == 1 ? 0.75 : 0.5;
            return new Recognition(Math.min(0.95, confidence + (wrapper ? 0.05 : 0)), KIND, LAYOUT_JSON, null, exportedAt);
        }
        if (distinctiveHtml > 0 || (wrapper && !html.isEmpty())) {
            return new Recognition(distinctiveHtml >= 2 ? 0.8 : 0.5, KIND, LAYOUT_HTML, null, exportedAt);
        }
        if (wrapper && media > 0) {
            return new Recognition(0.5, KIND, LAYOUT_MEMORIES, null, exportedAt);
        }
        return Recognition.none();
    }
}
