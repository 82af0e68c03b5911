package app.footprint.analysis;

import java.util.regex.Pattern;

/**
 * Readable names for ad segments written as identifiers: {@code 3P_Alcohol Consumers_UK} → "Alcohol Consumers",
 * {@code 1P_Custom_Workout_Moment_Listeners} → "Workout Moment Listeners",
 * {@code 3P_Custom__Cooking & Recipes_19-Feb-2021_DE} → "Cooking & Recipes".
 */
final class SegmentNames {
    private static final Pattern PARTY = Pattern.compile("^[13]P_");
    private static final Pattern TAGS = Pattern.compile("\\s*\\[[^]]*]");
    private static final Pattern MARKET = Pattern.compile("_(?:[A-Z]{2}|WW)$");
    private static final Pattern DATE = Pattern.compile("_\\d{1,2}-?[A-Za-z]{3,9}-?\\d{4}");
    private static final Pattern PREFIXES = Pattern.compile("^(?:Custom_+|Interest_)+");
    private static final Pattern SPACES = Pattern.compile("[_\\s]+");
    private static final Pattern DATED_LIST = Pattern.compile("^\\s*[A-Z]{2} - AAIDs - ");

    private SegmentNames() {
    }

    static String clean(String raw) {
        String s = PARTY.matcher(raw.strip()).replaceFirst("");
        s = TAGS.matcher(s).replaceAll("");
        s = MARKET.matcher(s.strip()).replaceFirst("");
        s = DATE.matcher(s).replaceAll("");
        s = PREFIXES.matcher(s).replaceFirst("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = DATED_LIST.matcher(s).replaceFirst("");
        return s.isEmpty() ? raw.strip() : s;
    }
}
