package app.footprint.importers.twitter;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Json;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ad-impressions.js} ({@code ad.adsUserData.adImpressions.impressions[]}: ads X showed) and
 * {@code ad-engagements.js} ({@code ...adEngagements.engagements[]}: ads she engaged with, each an
 * {@code impressionAttributes} plus its {@code engagementAttributes}). Each ad becomes an item; the
 * targeting criteria they matched ({@code matchedTargetingCriteria}: keywords, age, places, look-alikes of
 * followers...) are counted over the file and become one stated inference each, with how many ads they
 * brought her. The lists are streamed, one ad at a time.
 */
final class AdsParser implements FileParser {
    private static final List<Set<String>> PATH = List.of(Set.of("ad"), Set.of("adsUserData"),
            Set.of("adImpressions", "adEngagements"), Set.of("impressions", "engagements"));

    @Override
    public void parse(ImportFile file) throws IOException {
        TargetingTally shown = new TargetingTally();
        TargetingTally engaged = new TargetingTally();
        long[] position = {0};
        try (JsonParser p = DataRecords.openList(file)) {
            Json.forEachElement(p, (index, record) -> {
                boolean found = record.currentToken() == JsonToken.START_OBJECT && NestedLists.forEach(record, PATH,
                        (keys, ad) -> {
                            boolean engagement = keys.get(2).equals("adEngagements");
                            ad(file, ad, engagement, engagement ? engaged : shown, position[0]++);
                        });
                if (!found) {
                    file.problem("record " + index + ": expected ads under \"ad.adsUserData\" but found none; skipped");
                }
            });
        }
        shown.report(file, "ads_shown");
        engaged.report(file, "ads_engaged_with");
    }

    private static void ad(ImportFile file, JsonNode ad, boolean engagement, TargetingTally tally, long position) {
        JsonNode impression = ad.has("impressionAttributes") ? ad.get("impressionAttributes") : ad;
        if (!impression.isObject()) {
            file.problem("record " + position + ": expected an ad but found something else; skipped");
            return;
        }
        Moment when = TwitterTimes.read(file, position, impression, "impressionTime");
        JsonNode advertiser = impression.path("advertiserInfo");
        String handle = Values.text(advertiser, "screenName");
        String name = Values.first(Values.text(advertiser, "advertiserName"), handle, "An advertiser");
        JsonNode post = impression.path("promotedTweetInfo");
        JsonNode trend = impression.path("promotedTrendInfo");
        List<String> criteria = new ArrayList<>();
        for (JsonNode criterion : Values.elements(impression.get("matchedTargetingCriteria"))) {
            String type = Values.text(criterion, "targetingType");
            if (type == null) {
                continue;
            }
            String value = Values.text(criterion, "targetingValue");
            criteria.add(value == null ? type : type + ": " + value);
            tally.add(type, value, when, name, position);
        }
        JsonNode engagements = ad.get("engagementAttributes");
        JsonNode device = impression.path("deviceInfo");
        file.item(engagement ? Category.AD_INTERACTIONS : Category.AD_VIEWS, when, name,
                Values.first(Values.text(post, "tweetText"), Values.text(trend, "name")), Attrs.of(
                        "advertiser", handle,
                        "engagements", engagementTypes(engagements),
                        "engaged_at", firstEngagement(engagements),
                        "targeting", criteria.isEmpty() ? null : String.join("; ", criteria),
                        "shown_in", Values.text(impression, "displayLocation"),
                        "device", Values.first(Values.text(device, "osType"), Values.text(device, "deviceType")),
                        "post_id", Values.text(post, "tweetId"),
                        "links", Values.joined(post.get("urls"), " "),
                        "media", Values.count(post.get("mediaUrls")),
                        "trend", Values.text(trend, "description")), position);
    }

    /** "ChargeableImpression, Detail click" in the order X lists them. */
    private static String engagementTypes(JsonNode engagements) {
        List<String> types = new ArrayList<>();
        for (JsonNode engagement : Values.elements(engagements)) {
            String type = Values.text(engagement, "engagementType");
            if (type != null) {
                types.add(type);
            }
        }
        return types.isEmpty() ? null : String.join(", ", types);
    }

    private static String firstEngagement(JsonNode engagements) {
        for (JsonNode engagement : Values.elements(engagements)) {
            String time = Values.text(engagement, "engagementTime");
            if (time != null) {
                return TwitterTimes.iso(time);
            }
        }
        return null;
    }
}
