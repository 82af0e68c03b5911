package app.footprint.demo;

import app.footprint.model.Service;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The Facebook files in which Meta states what it concluded about the heavy persona, in the 2024+ layout:
 * ad interests, the categories and advertisers that reach her ({@code label_values} lists), inferred topics,
 * her primary location, and what other companies told Meta about her (a few thousand events from a
 * hundred and fifty companies). Every value differs from the others of its file.
 */
final class HeavyMetaAdsWriter {
    static final long AD_INTERESTS = 300;
    static final long CATEGORIES = 200;
    static final long ADVERTISERS = 300;
    static final long TOPICS = 200;
    static final long OFF_META_COMPANIES = 150;
    static final long OFF_META_EVENTS = 3_000;
    private static final List<String> TOPIC_ENDINGS = List.of("news", "tips", "community", "culture", "videos", "events");

    private final HeavyScale scale;
    private final HeavyTally tally;
    private final DemoRandom random;

    HeavyMetaAdsWriter(HeavyScale scale, HeavyTally tally) {
        this.scale = scale;
        this.tally = tally;
        this.random = scale.random("facebook/ads");
    }

    void write(HeavyZip zip) throws IOException {
        long interests = scale.entries(AD_INTERESTS);
        zip.json("logged_information/other_logged_information/ads_interests.json", JsonStyle.META,
                g -> texts(g, "topics_v2", interests,
                        i -> HeavyWords.wordThenPair(HeavyWords.TOPICS, " ", HeavyWords.TOPIC_FOLLOWERS, i)));
        long categories = scale.entries(CATEGORIES);
        zip.json("ads_information/other_categories_used_to_reach_you.json", JsonStyle.META,
                g -> labelled(g, "Name", categories,
                        i -> HeavyWords.wordThenPair(HeavyWords.CATEGORY_TRAITS, " - ", HeavyWords.CATEGORY_GROUPS, i)));
        long advertisers = scale.entries(ADVERTISERS);
        zip.json("ads_information/advertisers_using_your_activity_or_information.json", JsonStyle.META,
                g -> labelled(g, "Advertisers using your activity or information", advertisers, this::company));
        long topics = scale.entries(TOPICS);
        zip.json("logged_information/your_topics/your_topics.json", JsonStyle.META,
                g -> texts(g, "inferred_topics_v2", topics,
                        i -> HeavyWords.wordThenPair(HeavyWords.TOPICS, " ", TOPIC_ENDINGS, i)));
        zip.json(FacebookAdsWriter.PRIMARY_LOCATION, JsonStyle.META, FacebookAdsWriter::primaryLocation);
        long companies = scale.entries(OFF_META_COMPANIES);
        zip.json("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", JsonStyle.META,
                g -> offMeta(g, companies, Math.max(companies, scale.count(OFF_META_EVENTS))));
        tally.inferences(Service.FACEBOOK, interests + categories + advertisers + topics + 1 + companies);
    }

    /** The name of the {@code index}-th company. */
    private String company(long index) {
        return HeavyWords.pair(HeavyWords.BRAND_STARTS, " ", HeavyWords.BRAND_ENDINGS, index);
    }

    @FunctionalInterface
    private interface Names {
        String name(long index);
    }

    private static void texts(JsonGenerator g, String key, long count, Names names) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart(key);
        for (long i = 0; i < count; i++) {
            g.writeString(names.name(i));
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Meta's generic shape of 2024+: {@code {"media":[], "label_values":[{"label", "vec":[{"value"}]}], "fbid"}}. */
    private static void labelled(JsonGenerator g, String label, long count, Names names) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("media");
        g.writeEndArray();
        g.writeArrayFieldStart("label_values");
        g.writeStartObject();
        g.writeStringField("label", label);
        g.writeArrayFieldStart("vec");
        for (long i = 0; i < count; i++) {
            g.writeStartObject();
            g.writeStringField("value", names.name(i));
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("fbid", Persona.FACEBOOK_ID);
        g.writeEndObject();
    }

    /** Companies and their events, newest first; the events are shared out evenly. */
    private void offMeta(JsonGenerator g, long companies, long events) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("off_facebook_activity_v2");
        for (long c = 0; c < companies; c++) {
            long count = events / companies + (c < events % companies ? 1 : 0);
            WakingSpread spread = new WakingSpread(LocalDate.of(2020, 1, 1).plusDays(random.between(0, 1200)),
                    Persona.EXPORT_DAY, count);
            List<String> types = random.sample(HeavyWords.OFF_SITE_EVENTS, random.between(1, 3));
            g.writeStartObject();
            g.writeStringField("name", company(c + 7));
            g.writeArrayFieldStart("events");
            for (long i = count - 1; i >= 0; i--) {
                g.writeStartObject();
                g.writeNumberField("id", random.digits(random.between(15, 16)));
                g.writeStringField("type", random.pick(types));
                g.writeNumberField("timestamp", spread.moment(i, random.nextDouble()).getEpochSecond());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
