package app.footprint.importers.spotify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One string of {@code Inferences.json} taken apart. Spotify writes {@code 3P_Alcohol Consumers_BR}:
 * a party prefix ({@code 1P_} its own segment, {@code 3P_} bought from a data broker), the segment,
 * and a market suffix; some carry tags such as {@code [Advertiser-Specific]}. The same segment is
 * listed once per market, so the value keeps only the segment name and equal names fold together.
 * Strings without a party prefix ({@code Business}, {@code General Podcasts 1P}) are kept as they are.
 *
 * @param value      the segment name
 * @param party      "first-party", "third-party", or null without a prefix
 * @param market     the market code (e.g. "BR"), or null
 * @param tags       the bracketed tags, joined with ", ", or null
 * @param raw        the string exactly as the file has it
 */
record AdSegment(String value, String party, String market, String tags, String raw) {
    private static final Pattern TAG = Pattern.compile("\\s*\\[([^\\]]*)\\]");
    private static final Pattern MARKET = Pattern.compile("_([A-Z]{2,3})$");

    static AdSegment parse(String raw) {
        String text = raw.strip();
        String party = text.startsWith("1P_") ? "first-party" : text.startsWith("3P_") ? "third-party" : null;
        if (party == null) {
            return new AdSegment(text, null, null, null, raw);
        }
        String rest = text.substring(3);
        List<String> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(rest);
        while (tag.find()) {
            if (!tag.group(1).isBlank()) {
                tags.add(tag.group(1).strip());
            }
        }
        rest = TAG.matcher(rest).replaceAll("").strip();
        String market = null;
        Matcher suffix = MARKET.matcher(rest);
        if (suffix.find()) {
            market = suffix.group(1);
            rest = rest.substring(0, suffix.start()).strip();
        }
        return new AdSegment(rest, party, market, tags.isEmpty() ? null : String.join(", ", tags), raw);
    }

    Map<String, String> attributes() {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("party", party);
        attributes.put("market", market);
        attributes.put("tags", tags);
        attributes.put("raw", raw);
        return attributes;
    }
}
