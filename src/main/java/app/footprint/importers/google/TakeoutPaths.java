package app.footprint.importers.google;

import app.footprint.importers.google.TakeoutNames.Role;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells which kind of Takeout file a path is, from its folder and file names in any of the tabled
 * languages. Every path is judged on its own (an English folder in a German export still matches), and
 * wherever the names sit: below {@code Takeout/}, below a wrapper folder, or unpacked without either.
 */
final class TakeoutPaths {
    /** Semantic Location History month files: 2019/2019_MAY.json; month names are English in every language. */
    private static final Pattern SEMANTIC_MONTH = Pattern.compile(
            "(\\d{4})_(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\\.json",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> PLAY_STORE_FILES = Set.of("installs", "library", "purchase history",
            "order history", "reviews", "devices");

    /**
     * A recognised file.
     *
     * @param languages the languages its localised names belong to; empty when they are the same in all
     * @param product   for My Activity files, the product folder ("Search", "Suche", "Discover")
     * @param layout    what the path tells about the layout generation, or null
     */
    record Match(TakeoutFile kind, Set<String> languages, String product, Layout layout) {
    }

    /** Layout generations that a single path reveals. */
    enum Layout {
        LEGACY_RECORDS, RECORDS, TIMELINE_FOLDER, ANDROID_ON_DEVICE, IOS_ON_DEVICE
    }

    private TakeoutPaths() {
    }

    static Optional<Match> classify(String path) {
        String[] segments = path.split("/");
        String fileName = segments[segments.length - 1];
        int dot = fileName.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String stem = fileName.substring(0, dot);
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        int last = segments.length - 1;
        Languages languages = new Languages();

        if (extension.equals("html") && TakeoutNames.is(Role.ARCHIVE_BROWSER, stem) && last <= 2) {
            languages.add(Role.ARCHIVE_BROWSER, stem);
            return match(TakeoutFile.ARCHIVE_BROWSER, languages, null, null);
        }
        // My Activity/<product>/MyActivity.json
        if (last >= 2 && TakeoutNames.is(Role.MY_ACTIVITY_FOLDER, segments[last - 2])
                && TakeoutNames.is(Role.MY_ACTIVITY_FILE, stem) && (extension.equals("json") || extension.equals("html"))) {
            languages.add(Role.MY_ACTIVITY_FOLDER, segments[last - 2]);
            languages.add(Role.MY_ACTIVITY_FILE, stem);
            return match(extension.equals("json") ? TakeoutFile.MY_ACTIVITY_JSON : TakeoutFile.MY_ACTIVITY_HTML,
                    languages, segments[last - 1], null);
        }
        int youtube = folderIndex(segments, Role.YOUTUBE_FOLDER);
        if (youtube >= 0) {
            languages.add(Role.YOUTUBE_FOLDER, segments[youtube]);
            boolean json = extension.equals("json");
            if ((json || extension.equals("html")) && TakeoutNames.is(Role.WATCH_HISTORY_FILE, stem)) {
                languages.add(Role.WATCH_HISTORY_FILE, stem);
                return match(json ? TakeoutFile.WATCH_HISTORY_JSON : TakeoutFile.WATCH_HISTORY_HTML, languages,
                        "YouTube", null);
            }
            if ((json || extension.equals("html")) && TakeoutNames.is(Role.SEARCH_HISTORY_FILE, stem)) {
                languages.add(Role.SEARCH_HISTORY_FILE, stem);
                return match(json ? TakeoutFile.SEARCH_HISTORY_JSON : TakeoutFile.SEARCH_HISTORY_HTML, languages,
                        "YouTube", null);
            }
            if (extension.equals("csv") && TakeoutNames.is(Role.SUBSCRIPTIONS_FILE, stem)) {
                languages.add(Role.SUBSCRIPTIONS_FILE, stem);
                return match(TakeoutFile.YOUTUBE_SUBSCRIPTIONS, languages, "YouTube", null);
            }
            if (extension.equals("csv") && TakeoutNames.is(Role.COMMENTS_FILE, stem)) {
                languages.add(Role.COMMENTS_FILE, stem);
                return match(TakeoutFile.YOUTUBE_COMMENTS, languages, "YouTube", null);
            }
            return Optional.empty();
        }
        if (!extension.equals("json") && !extension.equals("vcf")) {
            return Optional.empty();
        }
        if (extension.equals("json") && SEMANTIC_MONTH.matcher(fileName).matches() && last >= 1
                && segments[last - 1].equals(fileName.substring(0, 4))) {
            int location = locationFolder(segments, languages);
            return match(TakeoutFile.SEMANTIC_LOCATIONS, languages, null,
                    location >= 0 && TakeoutNames.is(Role.LOCATION_TIMELINE_FOLDER, segments[location])
                            ? Layout.TIMELINE_FOLDER : null);
        }
        if (extension.equals("json") && last >= 1) {
            String folder = segments[last - 1];
            boolean timeline = TakeoutNames.is(Role.LOCATION_TIMELINE_FOLDER, folder);
            if (timeline || TakeoutNames.is(Role.LOCATION_FOLDER, folder)) {
                if (stem.equalsIgnoreCase("Records")) {
                    languages.add(timeline ? Role.LOCATION_TIMELINE_FOLDER : Role.LOCATION_FOLDER, folder);
                    return match(TakeoutFile.LOCATION_RECORDS, languages, null,
                            timeline ? Layout.TIMELINE_FOLDER : Layout.RECORDS);
                }
                if (TakeoutNames.is(Role.LEGACY_RECORDS_FILE, stem)) {
                    languages.add(Role.LOCATION_FOLDER, folder);
                    languages.add(Role.LEGACY_RECORDS_FILE, stem);
                    return match(TakeoutFile.LOCATION_RECORDS, languages, null, Layout.LEGACY_RECORDS);
                }
                return Optional.empty(); // Settings.json, Timeline Edits.json
            }
            if (folder.equalsIgnoreCase("Chrome") && TakeoutNames.is(Role.CHROME_HISTORY_FILE, stem)) {
                languages.add(Role.CHROME_HISTORY_FILE, stem);
                return match(TakeoutFile.CHROME_HISTORY, languages, "Chrome", null);
            }
            if (TakeoutNames.is(Role.PLAY_STORE_FOLDER, folder)
                    && PLAY_STORE_FILES.contains(stem.toLowerCase(Locale.ROOT))) {
                return match(TakeoutFile.PLAY_STORE, languages, "Google Play Store", null);
            }
            if (TakeoutNames.is(Role.PROFILE_FOLDER, folder) && TakeoutNames.is(Role.PROFILE_FILE, stem)) {
                languages.add(Role.PROFILE_FOLDER, folder);
                languages.add(Role.PROFILE_FILE, stem);
                return match(TakeoutFile.PROFILE, languages, null, null);
            }
        }
        if (extension.equals("vcf")) {
            int contacts = folderIndex(segments, Role.CONTACTS_FOLDER);
            if (contacts >= 0) {
                languages.add(Role.CONTACTS_FOLDER, segments[contacts]);
                return match(TakeoutFile.CONTACTS, languages, null, null);
            }
            return Optional.empty();
        }
        String timelineStem = stem.replaceFirst("\\s*\\(\\d+\\)$", ""); // "Timeline (1).json" after a re-download
        if (TakeoutNames.is(Role.ON_DEVICE_TIMELINE_FILE, timelineStem) && locationFolder(segments, new Languages()) < 0) {
            languages.add(Role.ON_DEVICE_TIMELINE_FILE, timelineStem);
            return match(TakeoutFile.ON_DEVICE_TIMELINE, languages, null,
                    timelineStem.equalsIgnoreCase("location-history") ? Layout.IOS_ON_DEVICE : Layout.ANDROID_ON_DEVICE);
        }
        return Optional.empty();
    }

    /** The index of the first folder (not the file) that plays {@code role}, or -1. */
    private static int folderIndex(String[] segments, Role role) {
        for (int i = 0; i < segments.length - 1; i++) {
            if (TakeoutNames.is(role, segments[i])) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the location history folder, noting its language; -1 when there is none. */
    private static int locationFolder(String[] segments, Languages languages) {
        for (int i = 0; i < segments.length - 1; i++) {
            if (TakeoutNames.is(Role.LOCATION_TIMELINE_FOLDER, segments[i])) {
                languages.add(Role.LOCATION_TIMELINE_FOLDER, segments[i]);
                return i;
            }
            if (TakeoutNames.is(Role.LOCATION_FOLDER, segments[i])) {
                languages.add(Role.LOCATION_FOLDER, segments[i]);
                return i;
            }
        }
        return -1;
    }

    private static Optional<Match> match(TakeoutFile kind, Languages languages, String product, Layout layout) {
        return Optional.of(new Match(kind, languages.common(), product, layout));
    }

    /** The languages that every localised name of a path shares; names common to all languages are neutral. */
    private static final class Languages {
        private Set<String> common;

        void add(Role role, String name) {
            Set<String> of = TakeoutNames.languagesOf(role, name);
            if (of == null || of.isEmpty()) {
                return;
            }
            if (common == null) {
                common = new HashSet<>(of);
            } else {
                Set<String> both = new HashSet<>(common);
                both.retainAll(of);
                // Names that contradict each other (a mixed export) tell nothing.
                common = both;
            }
        }

        Set<String> common() {
            return common == null ? Set.of() : Set.copyOf(common);
        }
    }
}
