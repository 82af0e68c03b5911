package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversionsParserTest {
    @Test
    void appEventsReportedToXAndSummedUpPerApp() throws IOException {
        ParserRun run = ParserRun.of(new ConversionsParser(), "data/ad-mobile-conversions-unattributed.js", """
                window.YTD.ad_mobile_conversions_unattributed.part0 = [ { "ad" : { "adsUserData" : {
                  "unattributedMobileAppConversions" : { "conversions" : [
                    { "mobilePlatform" : "Android", "conversionEvent" : "Install", "applicationName" : "BabyBloom Pregnancy & Baby",
                      "conversionValue" : "0", "conversionTime" : "2023-07-21 07:12:00" },
                    { "mobilePlatform" : "Android", "conversionEvent" : "Login", "applicationName" : "BabyBloom Pregnancy & Baby",
                      "conversionValue" : "0", "conversionTime" : "2023-08-01 21:00:00" },
                    { "mobilePlatform" : "Android", "conversionEvent" : "Login", "applicationName" : "BabyBloom Pregnancy & Baby",
                      "conversionValue" : "0", "conversionTime" : "2023-09-01 21:00:00" },
                    { "mobilePlatform" : "Android", "conversionEvent" : "Login", "applicationName" : "Lunara Cycle Tracker",
                      "conversionTime" : "2023-07-19 22:00:00" }
                  ] } } } } ]""");

        assertThat(run.sink.items).hasSize(4).allMatch(i -> i.category() == Category.OFF_SITE_ACTIVITY);
        Item install = run.sink.items.get(0);
        assertThat(install.title()).isEqualTo("BabyBloom Pregnancy & Baby");
        assertThat(install.at()).isEqualTo(Instant.parse("2023-07-21T07:12:00Z"));
        assertThat(install.attributes()).containsEntry("event", "Install").containsEntry("where", "app")
                .containsEntry("tied_to_an_ad", "no").containsEntry("platform", "Android").containsEntry("value", "0")
                .containsEntry("app", "BabyBloom Pregnancy & Baby");
        assertThat(run.sink.inferences(InferenceKind.OFF_SITE_ACTIVITY)).extracting(StatedInference::value)
                .containsExactly("BabyBloom Pregnancy & Baby", "Lunara Cycle Tracker");
        assertThat(run.sink.inferences.get(0).attributes()).containsEntry("events", "3")
                .containsEntry("types", "Login 2, Install 1")
                .containsEntry("first", "2023-07-21T07:12:00Z").containsEntry("last", "2023-09-01T21:00:00Z");
    }

    @Test
    void websiteEventsTiedToAnAd() throws IOException {
        ParserRun run = ParserRun.of(new ConversionsParser(), "data/ad-online-conversions-attributed.js", """
                window.YTD.ad_online_conversions_attributed.part0 = [ { "ad" : { "adsUserData" : {
                  "attributedOnlineConversions" : { "conversions" : [
                    { "attributedConversionType" : "PostEngagement", "eventType" : "PURCHASE", "conversionPlatform" : "Desktop",
                      "advertiserInfo" : { "advertiserName" : "Wiegenwelt Babymarkt", "screenName" : "@wiegenwelt" },
                      "conversionValue" : "349.0", "conversionTime" : "2023-11-20 19:40:00",
                      "additionalParameters" : { "currency" : "EUR", "numberOfItems" : "1" } },
                    { "eventType" : "PAGE_VIEW", "conversionUrl" : "https://www.kinderkram24.example/kinderwagen",
                      "conversionTime" : "2023-11-21 19:40:00" }
                  ] } } } } ]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Wiegenwelt Babymarkt", "www.kinderkram24.example");
        assertThat(run.sink.items.get(0).attributes()).containsEntry("where", "website").containsEntry("tied_to_an_ad", "yes")
                .containsEntry("attribution", "PostEngagement").containsEntry("advertiser", "@wiegenwelt")
                .containsEntry("details", "currency: EUR, numberOfItems: 1").containsEntry("value", "349.0");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("url", "https://www.kinderkram24.example/kinderwagen");
        assertThat(run.sink.inferences).hasSize(2);
        assertThat(run.file.problemCount()).isZero();
    }
}
