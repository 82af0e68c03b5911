package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The Facebook files about who Jana is: her profile, her friends and friend requests, two settings files. */
final class FacebookProfileWriter {
    private final DemoZip zip;
    private final FacebookTally tally;
    private final FacebookPeople people;

    FacebookProfileWriter(DemoZip zip, FacebookTally tally, FacebookPeople people) {
        this.zip = zip;
        this.tally = tally;
        this.people = people;
    }

    void writeProfileAndFriends() throws IOException {
        writeProfile();
        writeContacts("connections/friends/your_friends.json", "friends_v2", people.friends());
        tally.friends += people.friends().size();
        writeContacts("connections/friends/sent_friend_requests.json", "sent_requests_v2", people.sentRequests());
        tally.sentFriendRequests += people.sentRequests().size();
        writeContacts("connections/friends/received_friend_requests.json", "received_requests_v2",
                people.receivedRequests());
        tally.receivedFriendRequests += people.receivedRequests().size();
        writeContacts("connections/friends/rejected_friend_requests.json", "rejected_requests_v2",
                people.rejectedRequests());
        tally.rejectedFriendRequests += people.rejectedRequests().size();
    }

    /** Settings files Footprint does not read, so that an import reports unknown files as real ones do. */
    void writeUnreadSettings() throws IOException {
        zip.json("preferences/preferences/language_and_locale.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("language_and_locale_v2");
            g.writeStartObject();
            g.writeStringField("name", "Language settings");
            g.writeStringField("description", "Your preferred language settings");
            g.writeArrayFieldStart("children");
            g.writeStartObject();
            g.writeStringField("name", "Selected language");
            g.writeStringField("description", "The language you've chosen for Facebook");
            g.writeArrayFieldStart("entries");
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("value", "en_GB");
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();
        });
        zip.json("preferences/preferences/dark_mode_settings.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("media");
            g.writeEndArray();
            g.writeArrayFieldStart("label_values");
            g.writeStartObject();
            g.writeStringField("label", "Dark mode");
            g.writeStringField("value", "Use system setting");
            g.writeEndObject();
            g.writeEndArray();
            g.writeStringField("fbid", Persona.FACEBOOK_ID);
            g.writeEndObject();
        });
    }

    private void writeProfile() throws IOException {
        zip.json("personal_information/profile_information/profile_information.json", JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("profile_v2");
            g.writeObjectFieldStart("name");
            g.writeStringField("full_name", Persona.FULL_NAME);
            g.writeStringField("first_name", Persona.FIRST_NAME);
            g.writeStringField("middle_name", "");
            g.writeStringField("last_name", Persona.LAST_NAME);
            g.writeEndObject();
            fact();
            g.writeObjectFieldStart("emails");
            strings(g, "emails", List.of(Persona.EMAIL));
            strings(g, "previous_emails", List.of(Persona.OLD_EMAIL));
            strings(g, "pending_emails", List.of());
            strings(g, "ad_account_emails", List.of());
            g.writeEndObject();
            g.writeObjectFieldStart("birthday");
            g.writeNumberField("year", Persona.BIRTHDAY.getYear());
            g.writeNumberField("month", Persona.BIRTHDAY.getMonthValue());
            g.writeNumberField("day", Persona.BIRTHDAY.getDayOfMonth());
            g.writeEndObject();
            fact();
            g.writeObjectFieldStart("gender");
            g.writeStringField("gender_option", "FEMALE");
            g.writeStringField("pronoun", "FEMALE");
            g.writeEndObject();
            fact();
            strings(g, "previous_names", List.of());
            strings(g, "other_names", List.of());
            namedPlace(g, "current_city", Persona.CITY + ", Germany", Persona.at(Persona.MOVED_TO_LEIPZIG, 19, 5));
            namedPlace(g, "hometown", Persona.HOMETOWN + ", Germany", Persona.at(LocalDate.of(2011, 5, 14), 19, 40));
            g.writeObjectFieldStart("relationship");
            g.writeStringField("status", "In a relationship");
            g.writeNumberField("timestamp", Persona.at(LocalDate.of(2013, 2, 14), 21, 17).getEpochSecond());
            g.writeEndObject();
            fact();
            g.writeArrayFieldStart("family_members");
            familyMember(g, Persona.SISTER, "Sister", Persona.at(LocalDate.of(2011, 5, 15), 10, 2));
            familyMember(g, Persona.MOTHER, "Mother", Persona.at(LocalDate.of(2013, 12, 26), 11, 48));
            g.writeEndArray();
            g.writeArrayFieldStart("education_experiences");
            school(g, "Medizinische Berufsfachschule am Klinikum Chemnitz", "College",
                    List.of("Gesundheits- und Krankenpflege"), LocalDate.of(2012, 8, 31));
            school(g, "Gymnasium am Küchwald", "High School", List.of(), LocalDate.of(2009, 6, 30));
            g.writeEndArray();
            g.writeArrayFieldStart("work_experiences");
            g.writeStartObject();
            g.writeStringField("employer", "Klinikum St. Georg Leipzig");
            g.writeStringField("title", "Gesundheits- und Krankenpflegerin, Intensivstation");
            g.writeStringField("location", "Leipzig, Germany");
            g.writeNumberField("start_timestamp", Persona.at(LocalDate.of(2012, 10, 1), 0, 0).getEpochSecond());
            g.writeNumberField("timestamp", Persona.at(LocalDate.of(2012, 10, 3), 20, 55).getEpochSecond());
            g.writeEndObject();
            fact();
            g.writeEndArray();
            g.writeObjectFieldStart("blood_info");
            g.writeStringField("blood_donor_status", "registered");
            g.writeEndObject();
            strings(g, "websites", List.of());
            g.writeArrayFieldStart("phone_numbers");
            g.writeStartObject();
            g.writeStringField("phone_type", "Mobile");
            g.writeStringField("phone_number", "+4915550123456");
            g.writeBooleanField("verified", true);
            g.writeNumberField("creation_time", Persona.at(LocalDate.of(2014, 4, 9), 18, 31).getEpochSecond());
            g.writeEndObject();
            fact();
            g.writeEndArray();
            g.writeStringField("username", "jana.koehler.90");
            g.writeNumberField("registration_timestamp",
                    Persona.at(Persona.FACEBOOK_SINCE, 19, 32).getEpochSecond());
            g.writeStringField("profile_uri", "https://www.facebook.com/jana.koehler.90");
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    private void fact() {
        tally.profileFacts++;
    }

    /** A list of texts; the addresses and names in it each count as a profile fact. */
    private void strings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String value : values) {
            g.writeString(value);
            fact();
        }
        g.writeEndArray();
    }

    private void namedPlace(JsonGenerator g, String field, String name, Instant since) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("name", name);
        g.writeNumberField("timestamp", since.getEpochSecond());
        g.writeEndObject();
        fact();
    }

    private void familyMember(JsonGenerator g, String name, String relation, Instant since) throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("relation", relation);
        g.writeNumberField("timestamp", since.getEpochSecond());
        g.writeEndObject();
        fact();
    }

    private void school(JsonGenerator g, String name, String type, List<String> concentrations, LocalDate end)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeNumberField("end_timestamp", Persona.at(end, 0, 0).getEpochSecond());
        g.writeBooleanField("graduated", true);
        g.writeArrayFieldStart("concentrations");
        for (String c : concentrations) {
            g.writeString(c);
        }
        g.writeEndArray();
        g.writeStringField("school_type", type);
        g.writeNumberField("timestamp", Persona.at(LocalDate.of(2011, 5, 14), 19, 51).getEpochSecond());
        g.writeEndObject();
        fact();
    }

    private void writeContacts(String path, String root, List<FacebookPeople.Contact> contacts) throws IOException {
        zip.json(path, JsonStyle.META, g -> {
            g.writeStartObject();
            g.writeArrayFieldStart(root);
            for (FacebookPeople.Contact c : contacts) {
                g.writeStartObject();
                g.writeStringField("name", c.name());
                g.writeNumberField("timestamp", c.since().getEpochSecond());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
