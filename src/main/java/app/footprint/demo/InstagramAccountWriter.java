package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * From the second part of Jana's Instagram download: who she is ({@code personal_information/}), what she
 * searched ({@code logged_information/recent_searches/}), where Instagram places her, and a settings file
 * Footprint does not read.
 */
final class InstagramAccountWriter {
    static final int PROFILE_SEARCHES = 60;
    static final int KEYWORD_SEARCHES = 90;

    private final InstagramPart part;
    private final InstagramTally tally;
    private final InstagramPeople people;

    InstagramAccountWriter(InstagramPart part, InstagramTally tally, InstagramPeople people) {
        this.part = part;
        this.tally = tally;
        this.people = people;
    }

    void write() throws IOException {
        writeProfile();
        writeProfileBasedIn();
        writeLocationsOfInterest();
        writeProfileSearches();
        writeKeywordSearches();
        writeLastKnownLocation();
        writeUnreadSetting();
    }

    /** Labelled values in Instagram's order; "Phone Confirmed" and "Private Account" as Instagram's words. */
    private void writeProfile() throws IOException {
        String[] facts = {
                "Email", Persona.EMAIL,
                "Phone Number", InstagramContent.PHONE,
                "Phone Confirmed", "True",
                "Username", InstagramContent.USERNAME,
                "Name", Persona.FULL_NAME,
                "Bio", InstagramContent.BIO,
                "Gender", "Female",
                "Date of birth", Persona.BIRTHDAY.toString(),
                "Private Account", "True"};
        part.json("personal_information/personal_information/personal_information.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("profile_user");
            InstagramPart.mapRecord(g, facts);
            g.writeEndArray();
            g.writeEndObject();
        });
        tally.profileFacts += facts.length / 2;
    }

    private void writeProfileBasedIn() throws IOException {
        part.json("personal_information/information_about_you/profile_based_in.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("inferred_data_primary_location");
            InstagramPart.mapRecord(g, "City Name", InstagramContent.PROFILE_BASED_IN);
            g.writeEndArray();
            g.writeEndObject();
        });
        tally.inferredLocations++;
    }

    /** The generic {@code label_values} shape, with the explanation Instagram writes beside the list. */
    private void writeLocationsOfInterest() throws IOException {
        part.json("personal_information/information_about_you/locations_of_interest.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("media");
            g.writeEndArray();
            g.writeArrayFieldStart("label_values");
            g.writeStartObject();
            g.writeStringField("label", "Locations of interest");
            g.writeArrayFieldStart("vec");
            for (String place : InstagramContent.LOCATIONS_OF_INTEREST) {
                g.writeStartObject();
                g.writeStringField("value", place);
                g.writeEndObject();
                tally.locationsOfInterest++;
                tally.inferredLocations++;
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeStartObject();
            g.writeStringField("label", "Usage explanation");
            g.writeStringField("value", InstagramContent.LOCATIONS_EXPLANATION);
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("fbid", InstagramContent.ACCOUNT_ID);
            g.writeEndObject();
        });
    }

    /** Profiles she looked up: friends and accounts, midwives and baby shops once she was expecting. */
    private void writeProfileSearches() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/profile-searches");
        List<Instant> moments = InstagramActivityWriter.moments(random, PROFILE_SEARCHES, LocalDate.of(2019, 1, 1));
        part.json("logged_information/recent_searches/profile_searches.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("searches_user");
            for (Instant moment : moments) {
                String account = Persona.expecting(moment) && random.chance(0.6)
                        ? random.pick(InstagramContent.BABY_ACCOUNTS)
                        : random.chance(0.5) ? random.pick(InstagramContent.EVERYDAY_ACCOUNTS)
                        : random.pick(people.friends()).username();
                search(g, account, moment);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** Words she searched, the same as on Facebook: everyday ones, and from July 2023 the baby ones. */
    private void writeKeywordSearches() throws IOException {
        DemoRandom random = DemoRandom.forPart("instagram/keyword-searches");
        List<Instant> moments = InstagramActivityWriter.moments(random, KEYWORD_SEARCHES, LocalDate.of(2019, 1, 1));
        part.json("logged_information/recent_searches/word_or_phrase_searches.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("searches_keyword");
            for (Instant moment : moments) {
                String words = Persona.expecting(moment) && random.chance(0.7)
                        ? random.pick(FacebookContent.EXPECTING_SEARCHES)
                        : random.pick(FacebookContent.EVERYDAY_SEARCHES);
                search(g, words.toLowerCase(Locale.GERMAN), moment);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void search(JsonGenerator g, String text, Instant moment) throws IOException {
        g.writeStartObject();
        g.writeStringField("title", "");
        g.writeObjectFieldStart("media_map_data");
        g.writeEndObject();
        g.writeObjectFieldStart("string_map_data");
        InstagramPart.labelled(g, "Search", text, null);
        InstagramPart.labelled(g, "Time", "", moment);
        g.writeEndObject();
        g.writeEndObject();
        tally.searches++;
    }

    /** The rounded coordinates Instagram keeps of her last location, uploaded the day before the export. */
    private void writeLastKnownLocation() throws IOException {
        Instant uploaded = Persona.at(Persona.LAST_ACTIVE_DAY, 20, 14);
        part.json("security_and_login_information/login_and_profile_creation/last_known_location.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("account_history_imprecise_last_known_location");
            g.writeStartObject();
            g.writeStringField("title", "");
            g.writeObjectFieldStart("media_map_data");
            g.writeEndObject();
            g.writeObjectFieldStart("string_map_data");
            InstagramPart.labelled(g, "Imprecise Latitude", InstagramContent.LAST_LATITUDE, null);
            InstagramPart.labelled(g, "Imprecise Longitude", InstagramContent.LAST_LONGITUDE, null);
            InstagramPart.labelled(g, "GPS Time Uploaded", "", uploaded);
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
        tally.inferredLocations++;
    }

    private void writeUnreadSetting() throws IOException {
        part.json("preferences/settings/comments_allowed_from.json", g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("settings_allow_comments_from");
            InstagramPart.mapRecord(g, "Comments Allowed From", "Everyone");
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
