package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdsParserTest {
    private static String impression(String advertiser, String handle, String time, String criteria) {
        return """
                { "deviceInfo" : { "osType" : "Android" }, "displayLocation" : "TimelineHome",
                  "promotedTweetInfo" : { "tweetId" : "9%s", "tweetText" : "Alles für den Start ins Babyglück",
                    "urls" : [ "https://example.org/shop" ], "mediaUrls" : [ "https://t.co/m" ] },
                  "advertiserInfo" : { "advertiserName" : "%s", "screenName" : "%s" },
                  "matchedTargetingCriteria" : [ %s ],
                  "impressionTime" : "%s" }""".formatted(time.replaceAll("\\D", ""), advertiser, handle, criteria, time);
    }

    private static final String STROLLER = "{ \"targetingType\" : \"Keywords\", \"targetingValue\" : \"baby stroller\" }";
    private static final String AGE = "{ \"targetingType\" : \"Age\", \"targetingValue\" : \"25 to 34\" }";
    private static final String RETARGETING = "{ \"targetingType\" : \"Retargeting campaign engager\" }";

    @Test
    void impressionsAreAdsShownAndTheirCriteriaAreCounted() throws IOException {
        ParserRun run = ParserRun.of(new AdsParser(), "data/ad-impressions.js", "window.YTD.ad_impressions.part0 = [ "
                + "{ \"ad\" : { \"adsUserData\" : { \"adImpressions\" : { \"impressions\" : [ "
                + impression("Wiegenwelt Babymarkt", "@wiegenwelt", "2023-10-02 18:00:00", STROLLER + ", " + AGE) + ", "
                + impression("Kinderkram24", "@kinderkram24", "2023-11-05 09:30:00", STROLLER + ", " + RETARGETING)
                + " ] } } } }, "
                + "{ \"ad\" : { \"adsUserData\" : { \"adImpressions\" : { \"impressions\" : [ "
                + impression("Wiegenwelt Babymarkt", "@wiegenwelt", "2023-09-01 07:00:00", STROLLER)
                + " ] } } } }, { \"other\" : 1 } ]");

        List<Item> shown = run.sink.items(Category.AD_VIEWS);
        assertThat(shown).hasSize(3);
        Item first = shown.get(0);
        assertThat(first.title()).isEqualTo("Wiegenwelt Babymarkt");
        assertThat(first.detail()).isEqualTo("Alles für den Start ins Babyglück");
        assertThat(first.at()).isEqualTo(Instant.parse("2023-10-02T18:00:00Z"));
        assertThat(first.zoneAssumed()).isTrue();
        assertThat(first.attributes()).containsEntry("advertiser", "@wiegenwelt")
                .containsEntry("targeting", "Keywords: baby stroller; Age: 25 to 34")
                .containsEntry("shown_in", "TimelineHome").containsEntry("device", "Android")
                .containsEntry("post_id", "920231002180000").containsEntry("links", "https://example.org/shop")
                .containsEntry("media", "1").doesNotContainKeys("engagements", "engaged_at");

        List<StatedInference> targeting = run.sink.inferences(InferenceKind.TARGETING);
        assertThat(targeting).extracting(StatedInference::value)
                .containsExactly("Keywords: baby stroller", "Age: 25 to 34", "Retargeting campaign engager");
        StatedInference stroller = targeting.get(0);
        assertThat(stroller.attributes()).containsEntry("targeting_type", "Keywords").containsEntry("ads_shown", "3")
                .containsEntry("advertisers", "Wiegenwelt Babymarkt, Kinderkram24")
                .containsEntry("first", "2023-09-01T07:00:00Z").containsEntry("last", "2023-11-05T09:30:00Z");
        assertThat(stroller.source().position()).isZero();
        assertThat(targeting.get(2).source().position()).isEqualTo(1);
        assertThat(run.file.problemCount()).as("the record without ads").isEqualTo(1);
    }

    @Test
    void engagementsAreAdsInteractedWith() throws IOException {
        ParserRun run = ParserRun.of(new AdsParser(), "data/ad-engagements.js", "window.YTD.ad_engagements.part0 = [ "
                + "{ \"ad\" : { \"adsUserData\" : { \"adEngagements\" : { \"engagements\" : [ { \"impressionAttributes\" : "
                + impression("BabyBloom", "@babybloom_app", "2023-07-25 20:15:00", STROLLER)
                + ", \"engagementAttributes\" : [ { \"engagementTime\" : \"2023-07-25 20:15:09\", \"engagementType\" : \"ChargeableImpression\" },"
                + " { \"engagementTime\" : \"2023-07-25 20:15:31\", \"engagementType\" : \"Detail click\" } ] } ] } } } } ]");

        Item engaged = run.sink.items(Category.AD_INTERACTIONS).get(0);
        assertThat(run.sink.items).hasSize(1);
        assertThat(engaged.title()).isEqualTo("BabyBloom");
        assertThat(engaged.attributes()).containsEntry("engagements", "ChargeableImpression, Detail click")
                .containsEntry("engaged_at", "2023-07-25T20:15:09Z");
        assertThat(run.sink.inferences(InferenceKind.TARGETING)).singleElement()
                .satisfies(i -> assertThat(i.attributes()).containsEntry("ads_engaged_with", "1").doesNotContainKey("ads_shown"));
    }

    @Test
    void promotedTrendsAndAdsWithoutCriteria() throws IOException {
        ParserRun run = ParserRun.of(new AdsParser(), "data/ad-impressions.js", """
                window.YTD.ad_impressions.part0 = [ { "ad" : { "adsUserData" : { "adImpressions" : { "impressions" : [
                  { "deviceInfo" : { "osType" : "Desktop" }, "displayLocation" : "Trends",
                    "promotedTrendInfo" : { "trendId" : "1", "name" : "#Stadtlauf", "description" : "Jetzt anmelden" },
                    "advertiserInfo" : { "screenName" : "@stadtlauf_le" }, "matchedTargetingCriteria" : [ ],
                    "impressionTime" : "2023-04-01 12:00:00" } ] } } } } ]""");

        Item trend = run.sink.items.get(0);
        assertThat(trend.title()).isEqualTo("@stadtlauf_le");
        assertThat(trend.detail()).isEqualTo("#Stadtlauf");
        assertThat(trend.attributes()).containsEntry("trend", "Jetzt anmelden").doesNotContainKey("targeting");
        assertThat(run.sink.inferences).isEmpty();
    }
}
