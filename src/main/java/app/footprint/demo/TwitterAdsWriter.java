package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What X concludes about Jana and sells on: {@code personalization.js} (interests, languages, gender, age,
 * the advertisers' audiences she is in, shows, places), the ads it showed her and she engaged with, each
 * with the targeting criteria it matched, and what apps and shops reported back about her.
 */
final class TwitterAdsWriter {
    /** Ads per record of the ad files; X groups them in batches. */
    static final int ADS_PER_RECORD = 10;
    static final double ENGAGED_SHARE = 0.1;

    private static final List<String> PLACEMENTS = List.of("TimelineHome", "TimelineHome", "TimelineHome",
            "SearchTweets", "ProfileTweets", "TweetConversation");
    private static final List<String> ENGAGEMENTS = List.of("Detail click", "Url click", "Profile link click",
            "Like", "Video playback 25%");

    /** One ad shown: which campaign, when, on which device, which text, which criteria it matched. */
    private record Ad(TwitterContent.Campaign campaign, Instant at, String os, String placement, String postId,
                      String text, List<TwitterContent.Criterion> criteria, String engagement) {
    }

    /** An event an app or a shop reported to X. */
    private record Conversion(String company, String handle, String app, String url, String event, Instant at,
                              String value) {
    }

    private final TwitterArchiveWriter archive;
    private final TwitterTally tally;
    private final DemoRandom random = DemoRandom.forPart("twitter/ads");

    TwitterAdsWriter(TwitterArchiveWriter archive, TwitterTally tally) {
        this.archive = archive;
        this.tally = tally;
    }

    void write() throws IOException {
        writePersonalization();
        List<Ad> ads = ads();
        writeAds("ad-impressions", "adImpressions", "impressions", ads);
        writeAds("ad-engagements", "adEngagements", "engagements",
                ads.stream().filter(ad -> ad.engagement() != null).toList());
        writeConversions();
    }

    private void writePersonalization() throws IOException {
        List<String[]> interests = new ArrayList<>();
        TwitterContent.INTERESTS.forEach(i -> interests.add(new String[] {i, "false"}));
        TwitterContent.REPEATED_INTERESTS.forEach(i -> interests.add(new String[] {i, "false"}));
        TwitterContent.SWITCHED_OFF_INTERESTS.forEach(i -> interests.add(new String[] {i, "true"}));
        List<String[]> shuffled = random.sample(interests, interests.size());
        archive.data("personalization", 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("p13nData");
            g.writeObjectFieldStart("demographics");
            g.writeArrayFieldStart("languages");
            for (String language : TwitterContent.LANGUAGES) {
                switchable(g, "language", language, false);
                tally.languages++;
            }
            for (String language : TwitterContent.SWITCHED_OFF_LANGUAGES) {
                switchable(g, "language", language, true);
                tally.languagesSwitchedOff++;
            }
            g.writeEndArray();
            g.writeObjectFieldStart("genderInfo");
            g.writeStringField("gender", "female");
            g.writeEndObject();
            g.writeEndObject();
            g.writeObjectFieldStart("interests");
            g.writeArrayFieldStart("interests");
            for (String[] interest : shuffled) {
                boolean off = Boolean.parseBoolean(interest[1]);
                switchable(g, "name", interest[0], off);
                if (off) {
                    tally.interestsSwitchedOff++;
                } else {
                    tally.interestEntries++;
                    tally.interests.add(interest[0]);
                }
            }
            g.writeEndArray();
            g.writeArrayFieldStart("partnerInterests");
            g.writeEndArray();
            g.writeObjectFieldStart("audienceAndAdvertisers");
            handles(g, "lookalikeAdvertisers", TwitterContent.LOOKALIKE_ADVERTISERS);
            handles(g, "advertisers", TwitterContent.ADVERTISERS);
            handles(g, "doNotReachAdvertisers", TwitterContent.EXCLUDING_ADVERTISERS);
            handles(g, "catalogAudienceAdvertisers", TwitterContent.CATALOGUE_ADVERTISERS);
            g.writeStringField("numAudiences", Integer.toString(TwitterContent.AUDIENCES));
            tally.audiences = TwitterContent.AUDIENCES;
            g.writeEndObject();
            g.writeArrayFieldStart("shows");
            for (String show : TwitterContent.SHOWS) {
                g.writeString(show);
                tally.shows++;
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeArrayFieldStart("locationHistory");
            for (String place : TwitterContent.PLACES) {
                g.writeString(place);
                tally.places++;
            }
            g.writeEndArray();
            g.writeObjectFieldStart("inferredAgeInfo");
            g.writeArrayFieldStart("age");
            g.writeString("25-34");
            g.writeEndArray();
            g.writeStringField("birthDate", "");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private static void switchable(JsonGenerator g, String field, String value, boolean off) throws IOException {
        g.writeStartObject();
        g.writeStringField(field, value);
        g.writeBooleanField("isDisabled", off);
        g.writeEndObject();
    }

    private void handles(JsonGenerator g, String field, List<String> handles) throws IOException {
        g.writeArrayFieldStart(field);
        for (String handle : handles) {
            g.writeString(handle);
            tally.advertiserEntries++;
            tally.advertisers.add(handle);
        }
        g.writeEndArray();
    }

    /** Every campaign's ads at waking hours in its period, oldest first; about one in ten she engaged with. */
    private List<Ad> ads() {
        List<Ad> ads = new ArrayList<>();
        for (TwitterContent.Campaign campaign : TwitterContent.CAMPAIGNS) {
            String postId = TwitterArchiveWriter.id(Persona.at(campaign.from(), 8, 0), random);
            for (int i = 0; i < campaign.impressions(); i++) {
                Instant at = random.wakingMomentBetween(campaign.from(), campaign.to().plusDays(1));
                List<TwitterContent.Criterion> criteria = new ArrayList<>();
                for (TwitterContent.Criterion criterion : campaign.criteria()) {
                    if (random.chance(0.6)) {
                        criteria.add(criterion);
                    }
                }
                if (criteria.isEmpty()) {
                    criteria.add(random.pick(campaign.criteria()));
                }
                String engagement = random.chance(ENGAGED_SHARE) ? random.pick(ENGAGEMENTS) : null;
                ads.add(new Ad(campaign, at, random.chance(0.85) ? "Android" : "Desktop", random.pick(PLACEMENTS),
                        postId, random.pick(campaign.texts()), criteria, engagement));
            }
        }
        ads.sort(Comparator.comparing(Ad::at));
        return ads;
    }

    private void writeAds(String name, String container, String list, List<Ad> ads) throws IOException {
        int records = (ads.size() + ADS_PER_RECORD - 1) / ADS_PER_RECORD;
        boolean engagements = container.equals("adEngagements");
        archive.data(name, 0, records, g -> {
            for (int from = 0; from < ads.size(); from += ADS_PER_RECORD) {
                g.writeStartObject();
                g.writeObjectFieldStart("ad");
                g.writeObjectFieldStart("adsUserData");
                g.writeObjectFieldStart(container);
                g.writeArrayFieldStart(list);
                for (Ad ad : ads.subList(from, Math.min(ads.size(), from + ADS_PER_RECORD))) {
                    if (engagements) {
                        g.writeStartObject();
                        g.writeFieldName("impressionAttributes");
                        impression(g, ad, tally.targetingEngaged);
                        g.writeArrayFieldStart("engagementAttributes");
                        engagement(g, ad.at().plusSeconds(random.between(2, 9)), "ChargeableImpression");
                        engagement(g, ad.at().plusSeconds(random.between(10, 90)), ad.engagement());
                        g.writeEndArray();
                        g.writeEndObject();
                        tally.adEngagements++;
                    } else {
                        impression(g, ad, tally.targetingShown);
                        tally.adImpressions++;
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
                g.writeEndObject();
            }
        });
    }

    private static void impression(JsonGenerator g, Ad ad, Set<String> criteriaSeen) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("deviceInfo");
        g.writeStringField("osType", ad.os());
        g.writeEndObject();
        g.writeStringField("displayLocation", ad.placement());
        g.writeObjectFieldStart("promotedTweetInfo");
        g.writeStringField("tweetId", ad.postId());
        g.writeStringField("tweetText", ad.text());
        g.writeArrayFieldStart("urls");
        g.writeEndArray();
        g.writeArrayFieldStart("mediaUrls");
        g.writeEndArray();
        g.writeEndObject();
        g.writeObjectFieldStart("advertiserInfo");
        g.writeStringField("advertiserName", ad.campaign().advertiser());
        g.writeStringField("screenName", ad.campaign().handle());
        g.writeEndObject();
        g.writeArrayFieldStart("matchedTargetingCriteria");
        for (TwitterContent.Criterion criterion : ad.criteria()) {
            g.writeStartObject();
            g.writeStringField("targetingType", criterion.type());
            if (criterion.value() != null) {
                g.writeStringField("targetingValue", criterion.value());
            }
            g.writeEndObject();
            criteriaSeen.add(criterion.text());
        }
        g.writeEndArray();
        g.writeStringField("impressionTime", TwitterArchiveWriter.adTime(ad.at()));
        g.writeEndObject();
    }

    private static void engagement(JsonGenerator g, Instant at, String type) throws IOException {
        g.writeStartObject();
        g.writeStringField("engagementTime", TwitterArchiveWriter.adTime(at));
        g.writeStringField("engagementType", type);
        g.writeEndObject();
    }

    /**
     * The cycle tracker reports logins until the day before the positive test, the pregnancy app is
     * installed the day after; the baby shops report page views, carts and purchases.
     */
    private void writeConversions() throws IOException {
        String lunara = "Lunara Cycle Tracker";
        String babyBloom = "BabyBloom Pregnancy & Baby";
        List<Conversion> appEvents = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            appEvents.add(new Conversion(null, null, lunara, null, "Login",
                    random.wakingMomentBetween(Persona.EXPORT_DAY.minusYears(1), Persona.PREGNANCY_KNOWN), "0"));
        }
        for (int i = 0; i < 14; i++) {
            appEvents.add(new Conversion(null, null, babyBloom, null, "Login",
                    random.wakingMomentBetween(Persona.PREGNANCY_KNOWN.plusDays(2), Persona.EXPORT_DAY), "0"));
        }
        Instant installed = Persona.at(Persona.PREGNANCY_KNOWN.plusDays(1), 7, 12);
        appEvents.add(new Conversion(null, null, babyBloom, null, "Install", installed, "0"));
        appEvents.sort(Comparator.comparing(Conversion::at));
        conversions("ad-mobile-conversions-unattributed", "unattributedMobileAppConversions", appEvents);
        conversions("ad-mobile-conversions-attributed", "attributedMobileAppConversions",
                List.of(new Conversion(null, null, babyBloom, null, "Install", installed, "0")));
        conversions("ad-online-conversions-attributed", "attributedOnlineConversions", List.of(
                new Conversion("Wiegenwelt Babymarkt", "@wiegenwelt", null, "https://www.wiegenwelt.example/checkout",
                        "PURCHASE", Persona.at(LocalDate.of(2023, 11, 20), 20, 41), "349.00"),
                new Conversion("Kinderkram24", "@kinderkram24", null, "https://www.kinderkram24.example/warenkorb",
                        "ADD_TO_CART", Persona.at(LocalDate.of(2023, 12, 2), 21, 5), "129.90"),
                new Conversion("Kinderkram24", "@kinderkram24", null, "https://www.kinderkram24.example/kasse",
                        "PURCHASE", Persona.at(LocalDate.of(2023, 12, 2), 21, 12), "129.90")));
        List<Conversion> pageViews = new ArrayList<>();
        String[][] shops = {{"Wiegenwelt Babymarkt", "@wiegenwelt", "https://www.wiegenwelt.example/kinderwagen", "5"},
            {"Storchennest Kindermöbel", "@storchennest", "https://www.storchennest.example/babybetten", "3"},
            {"Mamalino Umstandsmode", "@mamalino_mode", "https://www.mamalino.example/umstandsmode", "2"}};
        for (String[] shop : shops) {
            for (int i = 0; i < Integer.parseInt(shop[3]); i++) {
                pageViews.add(new Conversion(shop[0], shop[1], null, shop[2], "PAGE_VIEW",
                        random.wakingMomentBetween(LocalDate.of(2023, 9, 1), Persona.EXPORT_DAY), null));
            }
        }
        pageViews.sort(Comparator.comparing(Conversion::at));
        conversions("ad-online-conversions-unattributed", "unattributedOnlineConversions", pageViews);
    }

    private void conversions(String name, String container, List<Conversion> events) throws IOException {
        boolean mobile = container.contains("Mobile");
        boolean attributed = container.startsWith("attributed");
        archive.data(name, 0, 1, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("ad");
            g.writeObjectFieldStart("adsUserData");
            g.writeObjectFieldStart(container);
            g.writeArrayFieldStart("conversions");
            Set<String> companies = new LinkedHashSet<>();
            for (Conversion c : events) {
                g.writeStartObject();
                if (attributed) {
                    g.writeStringField("attributedConversionType", "PostEngagement");
                }
                if (mobile) {
                    g.writeStringField("mobilePlatform", "Android");
                    g.writeStringField("conversionEvent", c.event());
                    g.writeStringField("applicationName", c.app());
                } else {
                    g.writeStringField("eventType", c.event());
                    g.writeStringField(attributed ? "conversionPlatform" : "conversionUrl", attributed ? "Desktop" : c.url());
                    g.writeObjectFieldStart("advertiserInfo");
                    g.writeStringField("advertiserName", c.company());
                    g.writeStringField("screenName", c.handle());
                    g.writeEndObject();
                }
                g.writeStringField("conversionValue", c.value() == null ? "0" : c.value());
                g.writeStringField("conversionTime", TwitterArchiveWriter.adTime(c.at()));
                if (!mobile && c.value() != null) {
                    g.writeObjectFieldStart("additionalParameters");
                    g.writeStringField("currency", "EUR");
                    g.writeEndObject();
                }
                g.writeEndObject();
                tally.conversions++;
                companies.add(mobile ? c.app() : c.company());
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
            tally.conversionCompanyEntries += companies.size();
            tally.conversionCompanies.addAll(companies);
        });
    }
}
