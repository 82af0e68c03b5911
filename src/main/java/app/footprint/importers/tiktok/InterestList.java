package app.footprint.importers.tiktok;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits TikTok's interest texts. Both "AdInterestCategories" and the settings' "Interests" are one text
 * holding many names. The separator is not documented and the real sample holds an empty text: text files
 * are known to use "|" for the settings' interests, a public viewer splits ad interests at ",". So "|"
 * wins where present, else ","; a text with neither is one interest.
 */
final class InterestList {
    private static final Pattern BAR = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");

    private InterestList() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        Pattern separator = text.indexOf('|') >= 0 ? BAR : COMMA;
        for (String part : separator.split(text.strip())) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
