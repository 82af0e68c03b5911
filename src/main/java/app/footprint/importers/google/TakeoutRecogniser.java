package app.footprint.importers.google;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a Google export from its paths alone: a {@code Takeout/} root with Google's localised folder
 * names (My Activity, Location History, YouTube…) or its {@code archive_browser.html}, or the on-device
 * Timeline export of Google Maps. It also says which generation of the location layout the export has and,
 * from which localised names matched, in which language the account is set.
 */
final class TakeoutRecogniser {
    static final String KIND_TAKEOUT = "Takeout";
    static final String KIND_ON_DEVICE = "on-device Timeline";

    static final String LAYOUT_TIMELINE_FOLDER = "Location History (Timeline), 2023–2024";
    static final String LAYOUT_RECORDS = "Location History with Records.json, 2019–2023";
    static final String LAYOUT_LEGACY = "Location History with Location History.json, before 2019";
    static final String LAYOUT_NO_LOCATIONS = "without location history";
    static final String LAYOUT_ANDROID = "Android Timeline.json, 2024+";
    static final String LAYOUT_IOS = "iOS location-history.json, 2024+";

    /** Below this share of Google files among all files, the tree is mostly something else. */
    private static final double MIN_SHARE = 0.05;

    private TakeoutRecogniser() {
    }

    static Recognition recognise(ArchiveTree tree) {
        boolean takeoutRoot = false;
        int distinctive = 0;
        int generic = 0;
        int onDevice = 0;
        Set<TakeoutPaths.Layout> layouts = EnumSet.noneOf(TakeoutPaths.Layout.class);
        Map<String, Double> votes = new HashMap<>();
        for (String path : tree.paths()) {
            takeoutRoot |= underTakeoutFolder(path);
            Optional<TakeoutPaths.Match> found = TakeoutPaths.classify(path);
            if (found.isEmpty()) {
                continue;
            }
            TakeoutPaths.Match match = found.get();
            if (match.kind() == TakeoutFile.ON_DEVICE_TIMELINE) {
                onDevice++;
            } else if (match.kind().distinctive) {
                distinctive++;
            } else {
                generic++;
            }
            if (match.layout() != null) {
                layouts.add(match.layout());
            }
            for (String language : match.languages()) {
                votes.merge(language, 1.0 / match.languages().size(), Double::sum);
            }
        }
        int files = Math.max(1, tree.paths().size());
        String language = language(votes);
        if (takeoutRoot && (distinctive > 0 || generic > 0)) {
            double confidence = distinctive > 0 ? 0.95 : 0.6;
            return new Recognition(confidence, KIND_TAKEOUT, takeoutLayout(layouts), language, null);
        }
        if (takeoutRoot) {
            // A Takeout of products Footprint does not read (Drive, Photos): still Google's, files listed.
            return new Recognition(0.5, KIND_TAKEOUT, LAYOUT_NO_LOCATIONS, null, null);
        }
        if (distinctive > 0) {
            // Unpacked without its Takeout folder: Google's localised folder names still tell.
            double confidence = Math.min(0.9, 0.5 + 0.1 * distinctive);
            double share = (double) (distinctive + generic + onDevice) / files;
            if (share < MIN_SHARE) {
                confidence *= share / MIN_SHARE;
            }
            return new Recognition(confidence, KIND_TAKEOUT, takeoutLayout(layouts), language, null);
        }
        if (onDevice > 0 && (double) onDevice / files >= 0.5) {
            // The phone's own export: one file, or a few, whose names Google Maps localises.
            String layout = layouts.contains(TakeoutPaths.Layout.IOS_ON_DEVICE) && !layouts.contains(
                    TakeoutPaths.Layout.ANDROID_ON_DEVICE) ? LAYOUT_IOS : LAYOUT_ANDROID;
            return new Recognition(0.6, KIND_ON_DEVICE, layout, language, null);
        }
        return Recognition.none();
    }

    private static boolean underTakeoutFolder(String path) {
        String[] segments = path.split("/");
        for (int i = 0; i < Math.min(2, segments.length - 1); i++) {
            if (segments[i].equals("Takeout")) {
                return true;
            }
        }
        return false;
    }

    /** The newest location generation seen; an export holds one. */
    private static String takeoutLayout(Set<TakeoutPaths.Layout> layouts) {
        if (layouts.contains(TakeoutPaths.Layout.TIMELINE_FOLDER)) {
            return LAYOUT_TIMELINE_FOLDER;
        }
        if (layouts.contains(TakeoutPaths.Layout.RECORDS)) {
            return LAYOUT_RECORDS;
        }
        if (layouts.contains(TakeoutPaths.Layout.LEGACY_RECORDS)) {
            return LAYOUT_LEGACY;
        }
        return LAYOUT_NO_LOCATIONS;
    }

    /** The language most names point to, when one clearly leads; null when nothing localised matched. */
    static String language(Map<String, Double> votes) {
        List<Map.Entry<String, Double>> ranked = votes.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || (ranked.size() > 1 && ranked.get(0).getValue().equals(ranked.get(1).getValue()))) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
