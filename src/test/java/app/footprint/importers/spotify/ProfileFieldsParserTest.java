package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.footprint.importers.common.FormatException;
import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileFieldsParserTest {

    @Test
    void userdataGivesOneItemPerNonEmptyFieldInThePersonsWords() throws Exception {
        ParserRun run = ParserRun.of(new UserdataParser(), "my_spotify_data/Userdata.json", """
                {
                  "username": "someone123",
                  "email": "someone@example.com",
                  "country": "DE",
                  "createdFromFacebook": true,
                  "facebookUid": "1000123",
                  "birthdate": "2000-01-01",
                  "gender": "female",
                  "postalCode": null,
                  "mobileNumber": "",
                  "mobileOperator": null,
                  "mobileBrand": "Fairphone",
                  "creationTime": "2018-01-01",
                  "favouriteColour": "green",
                  "devices": ["phone"]
                }""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly(
                "Username: someone123",
                "E-mail address: someone@example.com",
                "Country: DE",
                "Account created through Facebook: yes",
                "Facebook user ID: 1000123",
                "Birth date: 2000-01-01",
                "Gender: female",
                "Mobile phone brand: Fairphone",
                "Account created",
                "Favourite colour: green");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.PROFILE);
        Item created = run.sink.items.get(8);
        assertThat(created.at()).isEqualTo(Instant.parse("2018-01-01T00:00:00Z"));
        assertThat(created.attributes()).containsExactly(Map.entry("creationTime", "2018-01-01"));
        assertThat(created.source().position()).isEqualTo(11);
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.sink.items.get(3).attributes()).containsExactly(Map.entry("createdFromFacebook", "true"));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void anUnreadableCreationTimeKeepsTheFactWithoutATime() throws Exception {
        ParserRun run = ParserRun.of(new UserdataParser(), "Userdata.json", """
                {"creationTime": "sometime", "createdFromFacebook": false}""");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Account created: sometime", "Account created through Facebook: no");
        assertThat(run.sink.items.get(0).at()).isNull();
    }

    @Test
    void identifiersAndPaymentsAreProfileFactsToo() throws Exception {
        ParserRun identifiers = ParserRun.of(new IdentifiersParser(), "my_spotify_data/Identifiers.json", """
                {"identifierType": "email", "identifierValue": "someone@example.com"}""");
        ParserRun payments = ParserRun.of(new PaymentsParser(), "my_spotify_data/Payments.json", """
                {"payment_method": "Visa", "creation_date": "2020-03-04", "country": "DE", "postal_code": "10115"}""");

        assertThat(identifiers.sink.items).extracting(Item::title)
                .containsExactly("Identifier type: email", "Identifier: someone@example.com");
        assertThat(payments.sink.items).extracting(Item::title).containsExactly(
                "Payment method: Visa", "Payment method added", "Billing country: DE", "Billing postal code: 10115");
        assertThat(payments.sink.items.get(1).at()).isEqualTo(Instant.parse("2020-03-04T00:00:00Z"));
    }

    @Test
    void aListOfIdentifiersIsReadRecordByRecord() throws Exception {
        ParserRun run = ParserRun.of(new IdentifiersParser(), "Identifiers.json", """
                [{"identifierType": "email", "identifierValue": "a@example.com"}, 7,
                 {"identifierType": "phone", "identifierValue": "+49 30 1234"}]""");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Identifier type: email",
                "Identifier: a@example.com", "Identifier type: phone", "Identifier: +49 30 1234");
        assertThat(run.sink.items).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L, 3L);
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void identityNamesTheAccount() throws Exception {
        ParserRun run = ParserRun.of(new IdentityParser(), "Identity.json", """
                {"displayName": "Some One", "firstName": "Some", "lastName": "One", "imageUrl": "", "verified": false}""");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Display name: Some One", "First name: Some", "Last name: One", "Verified: no");
    }

    @Test
    void labelsForUnknownFieldsAreMadeFromTheFieldName() {
        assertThat(ProfileFieldsParser.labelFor("mobileOperator")).isEqualTo("Mobile operator");
        assertThat(ProfileFieldsParser.labelFor("postal_code")).isEqualTo("Postal code");
        assertThat(ProfileFieldsParser.labelFor("x")).isEqualTo("X");
    }

    @Test
    void aFileThatIsNeitherObjectNorListCannotBeRead() {
        assertThatThrownBy(() -> ParserRun.of(new UserdataParser(), "Userdata.json", "\"just text\""))
                .isInstanceOf(FormatException.class)
                .hasMessageContaining("expected an object of account fields");
    }
}
