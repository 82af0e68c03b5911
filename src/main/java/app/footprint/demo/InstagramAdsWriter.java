package app.footprint.demo;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * From the second part of Jana's Instagram download: what Instagram thinks interests her, which categories
 * and advertisers target her, which ads and videos she saw and clicked, and what other companies told Meta.
 * The shops and apps are those of her Facebook export; the ads turn to babies in July 2023.
 */
final class InstagramAdsWriter {
    static final int ADS_VIEWED = 500;
    static final int ADS_CLICKED = 30;
    static final int VIDEOS_WATCHED = 300;
    /** Instagram's impressions files cover roughly the last year. */
    private static final LocalDate IMPRESSIONS_SINCE = Persona.EXPORT_DAY.minusYears(1);

    private final InstagramPart part;
    private final InstagramTally tally;
    private final InstagramPeople people;

    InstagramAdsWriter(InstagramPart part, InstagramTally tally, InstagramPeople people) {
        this.part = part;
        this.tally = tally;
        this.people = people;
    }

    void write() throws IOException {
        writeTopics();
        writeCategories();
        writeAdvertisers();
        writeAdsViewed();
        writeAdsClicked();
        writeVideosWatched();
        writeOffMetaActivity();
    }

    /** The advertisers of her Facebook export that also reach her on Instagram: the baby shops and every other one. */
    static List<FacebookContent.Advertiser> advertisers() {
        List<FacebookContent.Advertiser> all = FacebookContent.ADVERTISERS;
        List<FacebookContent.Advertiser> chosen = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 2 == 0 || FacebookContent.BABY_SHOPS.contains(all.get(i).name())) {
                chosen.add(all.get(i));
            }
        }
        return chosen;
    }

    private void writeTopics() throws IOException {
        part.json("preferences/your_topics/recommended_topics.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("topics_your_topics");
            for (String topic : InstagramContent.TOPICS) {
                InstagramPart.mapRecord(g, "Name", topic);
                tally.topics++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void writeCategories() throws IOException {
        part.json("ads_information/instagram_ads_and_businesses/other_categories_used_to_reach_you.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("media");
            g.writeEndArray();
            g.writeArrayFieldStart("label_values");
            g.writeStartObject();
            g.writeStringField("label", "Name");
            g.writeArrayFieldStart("vec");
            for (String category : InstagramContent.CATEGORIES) {
                g.writeStartObject();
                g.writeStringField("value", category);
                g.writeEndObject();
                tally.audienceCategories++;
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("fbid", InstagramContent.ACCOUNT_ID);
            g.writeEndObject();
        });
    }

    private void writeAdvertisers() throws IOException {
        part.json("ads_information/instagram_ads_and_businesses/advertisers_using_your_activity_or_information.json",
                g -> {
                    g.writeStartObject();
                    g.writeArrayFieldStart("ig_custom_audiences_all_types");
                    for (FacebookContent.Advertiser a : advertisers()) {
                        g.writeStartObject();
                        g.writeStringField("advertiser_name", a.name());
                        g.writeBooleanField("has_data_file_custom_audience", a.dataFile());
                        g.writeBooleanField("has_remarketing_custom_audience", a.remarketing());
                        g.writeBooleanField("has_in_person_store_visit", a.storeVisit());
                        g.writeEndObject();
                        tally.advertisers++;
                        tally.advertisersWithDataFile += a.dataFile() ? 1 : 0;
                        tally.advertisersWithRemarketing += a.remarketing() ? 1 : 0;
                        tally.advertisersWithStoreVisit += a.storeVisit() ? 1 : 0;
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                });
    }

    /** Ads of the year before the export, named by the advertiser's account; baby shops once she was expecting. */
    private void writeAdsViewed() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/ads-viewed");
        List<Instant> moments = InstagramActivityWriter.moments(random, ADS_VIEWED, IMPRESSIONS_SINCE);
        part.json("ads_information/ads_and_topics/ads_viewed.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("impressions_history_ads_seen");
            for (Instant moment : moments) {
                boolean baby = Persona.expecting(moment) && random.chance(0.6);
                InstagramPart.seen(g, "Author", random.pick(baby ? InstagramContent.BABY_ACCOUNTS
                        : InstagramContent.EVERYDAY_ACCOUNTS), moment);
                tally.adsViewed++;
                tally.adsViewedFromBabyShops += baby ? 1 : 0;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Ads she clicked, titled with the advertiser's name. */
    private void writeAdsClicked() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/ads-clicked");
        List<Instant> moments = InstagramActivityWriter.moments(random, ADS_CLICKED, IMPRESSIONS_SINCE);
        List<String> everyday = advertisers().stream().map(FacebookContent.Advertiser::name)
                .filter(n -> !FacebookContent.BABY_SHOPS.contains(n)).toList();
        part.json("ads_information/ads_and_topics/ads_clicked.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("impressions_history_ads_clicked");
            for (Instant moment : moments) {
                boolean baby = Persona.expecting(moment) && random.chance(0.7);
                g.writeStartObject();
                g.writeStringField("title", random.pick(baby ? FacebookContent.BABY_SHOPS : everyday));
                g.writeArrayFieldStart("string_list_data");
                g.writeStartObject();
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                tally.adsClicked++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Videos of friends and creators; pregnancy and baby creators from July 2023. */
    private void writeVideosWatched() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/videos-watched");
        List<Instant> moments = InstagramActivityWriter.moments(random, VIDEOS_WATCHED, IMPRESSIONS_SINCE);
        part.json("ads_information/ads_and_topics/videos_watched.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("impressions_history_videos_watched");
            for (Instant moment : moments) {
                String author = Persona.expecting(moment) && random.chance(0.5)
                        ? random.pick(InstagramContent.BABY_ACCOUNTS)
                        : random.chance(0.5) ? random.pick(InstagramContent.EVERYDAY_ACCOUNTS)
                        : random.pickFavouring(people.friends()).username();
                InstagramPart.seen(g, "Author", author, moment);
                tally.videosWatched++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The companies of her Facebook export, with a quarter of their events (at least three), newest first. */
    private void writeOffMetaActivity() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/off-meta");
        String path = "apps_and_websites_off_of_instagram/apps_and_websites/your_activity_off_meta_technologies.json";
        part.json(path, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("apps_and_websites_off_meta_activity");
            tally.offMetaEvents += FacebookAdsWriter.offMetaCompanies(g, random, c -> Math.max(3, c.events() / 4));
            tally.offMetaCompanies += FacebookContent.OFF_META_COMPANIES.size();
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
