package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The Facebook files about advertising: what Meta thinks interests her, which categories and advertisers
 * target her, what she clicked, where Meta places her, and what other companies told Meta about her.
 */
final class FacebookAdsWriter {
    /** Where Meta states the place it thinks she lives. */
    static final String PRIMARY_LOCATION = "logged_information/location/primary_location.json";
    static final int AD_INTERACTIONS = 40;

    private final DemoZip zip;
    private final FacebookTally tally;

    FacebookAdsWriter(DemoZip zip, FacebookTally tally) {
        this.zip = zip;
        this.tally = tally;
    }

    void write() throws IOException {
        writeAdPreferences();
        writeAdvertisersUsingYourActivity();
        writeAdvertisersYouInteractedWith();
        writeOtherCategories();
        writeAdsInterests();
        writeTopics();
        writePrimaryLocation();
        writeOffMetaActivity();
    }

    /** Settings with English labels and the booleans as the strings "True" / "False", as Meta writes them. */
    private void writeAdPreferences() throws IOException {
        zip.json("ads_information/ad_preferences.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("media");
            g.writeEndArray();
            g.writeArrayFieldStart("label_values");
            setting(g, "Has opted out of seeing ads from Meta on other apps and websites", false);
            setting(g, "Is the Digital Advertising Alliance opt-out cookie present in every browser?", false);
            setting(g, "Has opted out of data about your activity from partners being used to show you ads", false);
            interests(g, "Added interests", FacebookContent.ADDED_INTERESTS);
            tally.addedInterests += FacebookContent.ADDED_INTERESTS.size();
            interests(g, "Removed interests", FacebookContent.REMOVED_INTERESTS);
            tally.removedInterests += FacebookContent.REMOVED_INTERESTS.size();
            setting(g, "Has opted out of relationship status being used for ad targeting", false);
            setting(g, "Has opted out of employer being used for ad targeting", true);
            setting(g, "Has opted out of job title being used for ad targeting", true);
            setting(g, "Has opted out of education being used for ad targeting", false);
            setting(g, "Has opted out of life events being used for ad targeting", false);
            interests(g, "Reported interests", List.of());
            emptyDict(g, "Sensitive topics opted out");
            topicPreferences(g);
            interests(g, "Custom audience data file opt-outs", List.of());
            setting(g, "Has opted out of location data being used for ad targeting", false);
            setting(g, "Has opted out of third-party user-level data", false);
            g.writeEndArray();
            g.writeStringField("fbid", Persona.FACEBOOK_ID);
            g.writeEndObject();
        });
    }

    private void setting(JsonGenerator g, String label, boolean value) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", label);
        g.writeStringField("value", value ? "True" : "False");
        g.writeEndObject();
        tally.adSettings++;
    }

    private void interests(JsonGenerator g, String label, List<String> values) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", label);
        g.writeArrayFieldStart("vec");
        for (String value : values) {
            g.writeStartObject();
            g.writeStringField("value", value);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        tally.adSettings++;
    }

    private void emptyDict(JsonGenerator g, String label) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", label);
        g.writeArrayFieldStart("dict");
        g.writeEndArray();
        g.writeEndObject();
        tally.adSettings++;
    }

    /** Ad topics she asked to see less of, the nested {@code dict} shape of 2024+ exports. */
    private void topicPreferences(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("label", "Ad topic preferences");
        g.writeArrayFieldStart("dict");
        topicPreference(g, "Alcohol", Persona.at(LocalDate.of(2023, 7, 23), 21, 4));
        topicPreference(g, "Weight loss", Persona.at(LocalDate.of(2023, 9, 2), 10, 37));
        g.writeEndArray();
        g.writeEndObject();
        tally.adSettings++;
    }

    private void topicPreference(JsonGenerator g, String topic, Instant updated) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("dict");
        g.writeStartObject();
        g.writeStringField("label", "Topic");
        g.writeStringField("value", topic);
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("label", "Preference");
        g.writeStringField("value", "See less");
        g.writeEndObject();
        g.writeStartObject();
        g.writeStringField("label", "Last updated");
        g.writeNumberField("timestamp_value", updated.getEpochSecond());
        g.writeEndObject();
        g.writeEndArray();
        g.writeStringField("title", topic);
        g.writeEndObject();
    }

    /** The December 2023 shape ({@code custom_audiences_all_types_v2}), the last one verified in a sample. */
    private void writeAdvertisersUsingYourActivity() throws IOException {
        zip.json("ads_information/advertisers_using_your_activity_or_information.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("custom_audiences_all_types_v2");
            for (FacebookContent.Advertiser a : FacebookContent.ADVERTISERS) {
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

    /** Ads she clicked: shops and services of her everyday life, baby shops once she was expecting. */
    private void writeAdvertisersYouInteractedWith() throws IOException {
        DemoRandom random = DemoRandom.forPart("facebook/ad-interactions");
        List<String> everyday = FacebookContent.ADVERTISERS.stream().map(FacebookContent.Advertiser::name)
                .filter(n -> !FacebookContent.BABY_SHOPS.contains(n)).toList();
        List<Instant> clicks = new ArrayList<>();
        for (int i = 0; i < AD_INTERACTIONS; i++) {
            clicks.add(random.wakingMomentBetween(LocalDate.of(2019, 2, 1), Persona.LAST_ACTIVE_DAY));
        }
        clicks.sort(Comparator.reverseOrder());
        zip.json("ads_information/advertisers_you've_interacted_with.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("history_v2");
            for (Instant click : clicks) {
                boolean baby = Persona.expecting(click) && random.chance(0.7);
                g.writeStartObject();
                g.writeStringField("title", random.pick(baby ? FacebookContent.BABY_SHOPS : everyday));
                g.writeStringField("action", "Clicked ad");
                g.writeNumberField("timestamp", click.getEpochSecond());
                g.writeEndObject();
                tally.adInteractions++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The December 2023 shape ({@code bcts}), the last one verified in a sample. */
    private void writeOtherCategories() throws IOException {
        zip.json("ads_information/other_categories_used_to_reach_you.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("bcts");
            for (String category : FacebookContent.CATEGORIES) {
                g.writeString(category);
                tally.audienceCategories++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Sorted without regard to case, with a few interests listed twice, as in real files. */
    private void writeAdsInterests() throws IOException {
        List<String> interests = new ArrayList<>(FacebookContent.AD_INTERESTS);
        interests.addAll(FacebookContent.DUPLICATED_AD_INTERESTS);
        interests.sort(String.CASE_INSENSITIVE_ORDER);
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        zip.json("logged_information/other_logged_information/ads_interests.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("topics_v2");
            for (String interest : interests) {
                g.writeString(interest);
                tally.adInterestEntries++;
                if (distinct.add(interest)) {
                    tally.distinctAdInterests++;
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void writeTopics() throws IOException {
        zip.json("logged_information/your_topics/your_topics.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("inferred_topics_v2");
            for (String topic : FacebookContent.TOPICS) {
                g.writeString(topic);
                tally.topics++;
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void writePrimaryLocation() throws IOException {
        zip.json(PRIMARY_LOCATION, JsonStyle.META, FacebookAdsWriter::primaryLocation);
    }

    /** The body of {@link #PRIMARY_LOCATION}: her city and region, and her postcode. */
    static void primaryLocation(JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("primary_location_v2");
        g.writeArrayFieldStart("city_region_pairs");
        g.writeStartArray();
        g.writeString(Persona.CITY);
        g.writeString(Persona.REGION);
        g.writeEndArray();
        g.writeEndArray();
        g.writeArrayFieldStart("zipcode");
        g.writeString(Persona.POSTCODE);
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** Events per company, newest first, each with Meta's long numeric id. */
    private void writeOffMetaActivity() throws IOException {
        DemoRandom random = DemoRandom.forPart("facebook/off-meta");
        zip.json("apps_and_websites_off_of_facebook/your_activity_off_meta_technologies.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("off_facebook_activity_v2");
            tally.offMetaEvents += offMetaCompanies(g, random, FacebookContent.OffMetaCompany::events);
            tally.offMetaCompanies += FacebookContent.OFF_META_COMPANIES.size();
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /**
     * The off-Meta companies as Facebook and Instagram list them: name, then events newest first, each with
     * Meta's long numeric id. Returns how many events were written.
     */
    static int offMetaCompanies(JsonGenerator g, DemoRandom random, ToIntFunction<FacebookContent.OffMetaCompany> events)
            throws IOException {
        int written = 0;
        for (FacebookContent.OffMetaCompany company : FacebookContent.OFF_META_COMPANIES) {
            List<Instant> moments = new ArrayList<>();
            for (int i = 0; i < events.applyAsInt(company); i++) {
                moments.add(random.wakingMomentBetween(company.from(), company.to().plusDays(1)));
            }
            moments.sort(Comparator.reverseOrder());
            g.writeStartObject();
            g.writeStringField("name", company.name());
            g.writeArrayFieldStart("events");
            for (Instant moment : moments) {
                g.writeStartObject();
                g.writeNumberField("id", random.digits(random.between(15, 16)));
                g.writeStringField("type", random.pick(company.types()));
                g.writeNumberField("timestamp", moment.getEpochSecond());
                g.writeEndObject();
                written++;
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return written;
    }
}
