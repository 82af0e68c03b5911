package app.footprint.importers.facebook;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileParserTest {
    private static final String PATH = "personal_information/profile_information/profile_information.json";

    @Test
    void makesOneItemPerFactInThePersonsWords() throws IOException {
        ParserRun run = ParserRun.of(new ProfileParser(), PATH, """
                {"profile_v2": {
                  "name": {"full_name": "Jana M\\u00c3\\u00bcller", "first_name": "Jana", "middle_name": "", "last_name": "M\\u00c3\\u00bcller"},
                  "emails": {"emails": ["jana@example.org"], "previous_emails": ["jm@example.net"], "pending_emails": [], "ad_account_emails": []},
                  "birthday": {"year": 1994, "month": 3, "day": 7},
                  "gender": {"gender_option": "FEMALE", "pronoun": "FEMALE"},
                  "previous_names": [],
                  "other_names": [],
                  "current_city": {"name": "Unna", "timestamp": 1600000000},
                  "hometown": {"name": "K\\u00c3\\u00b6ln", "timestamp": 1600000000},
                  "relationship": {"status": "Single", "timestamp": 1600000000},
                  "family_members": [{"name": "Max M\\u00c3\\u00bcller", "relation": "Brother", "timestamp": 1600000000}],
                  "education_experiences": [{"name": "TU Dortmund", "graduated": true, "concentrations": ["Informatik"],
                                             "school_type": "College", "timestamp": 1400000000}],
                  "work_experiences": [{"employer": "Beispiel GmbH", "title": "Entwicklerin", "start_timestamp": 1500000000}],
                  "phone_numbers": [{"phone_type": "Mobile", "phone_number": "+4915112345678", "verified": true, "creation_time": 1500000000}],
                  "websites": [{"address": "https://jana.example.org/"}],
                  "username": "jana.mueller",
                  "registration_timestamp": 1262304000,
                  "profile_uri": "https://www.facebook.com/jana.mueller"
                }}""");

        List<Item> facts = run.sink.items(Category.PROFILE);
        assertThat(facts).extracting(Item::title).containsExactly(
                "Name: Jana Müller",
                "Username: jana.mueller",
                "Profile address: https://www.facebook.com/jana.mueller",
                "Birthday: 1994-03-07",
                "Gender: FEMALE",
                "E-mail: jana@example.org",
                "Previous e-mail: jm@example.net",
                "Phone number: +4915112345678",
                "Current city: Unna",
                "Hometown: Köln",
                "Relationship: Single",
                "Family member: Max Müller",
                "Education: TU Dortmund",
                "Work: Beispiel GmbH",
                "Website: https://jana.example.org/",
                "Joined Facebook");
        assertThat(facts.get(facts.size() - 1).at()).isEqualTo(Instant.parse("2010-01-01T00:00:00Z"));
        assertThat(facts.get(7).attributes()).containsEntry("type", "Mobile").containsEntry("verified", "true");
        assertThat(facts.get(11).attributes()).containsEntry("relation", "Brother");
        assertThat(facts.get(12).attributes()).containsEntry("concentrations", "Informatik")
                .containsEntry("graduated", "true");
        assertThat(facts.get(13).attributes()).containsEntry("title", "Entwicklerin");
        assertThat(facts).extracting(i -> i.source().position()).containsExactly(
                0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void writesABirthdayWithoutYearAndReportsAWrongList() throws IOException {
        ParserRun run = ParserRun.of(new ProfileParser(), "profile_information/profile_information.json", """
                {"profile_v2": {"birthday": {"year": 0, "month": 12, "day": 24}, "family_members": "none",
                  "registration_timestamp": 1665849123456789}}""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Birthday: 12-24");
        // "family_members" is no list; the impossible registration time leaves "Joined Facebook" out
        assertThat(run.file.problemCount()).isEqualTo(2);
    }
}
