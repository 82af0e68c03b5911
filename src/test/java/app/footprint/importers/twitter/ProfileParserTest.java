package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProfileParserTest {
    private static ParserRun run(String path, String content) throws IOException {
        return ParserRun.of(new ProfileParser(), path, content);
    }

    private static java.util.List<String> titles(ParserRun run) {
        return run.sink.items.stream().map(Item::title).toList();
    }

    @Test
    void theAccountBecomesOneItemPerFact() throws IOException {
        ParserRun run = run("data/account.js", """
                window.YTD.account.part0 = [
                  {
                    "account" : {
                      "email" : "jana.koehler@example.org",
                      "createdVia" : "web",
                      "username" : "janakoehler",
                      "accountId" : "1234567890",
                      "createdAt" : "2013-02-10T19:22:31.000Z",
                      "accountDisplayName" : "Jana Köhler"
                    }
                  }
                ]""");

        assertThat(titles(run)).containsExactly("Username: @janakoehler", "Display name: Jana Köhler",
                "E-mail: jana.koehler@example.org", "Joined X (Twitter)");
        Item joined = run.sink.items.get(3);
        assertThat(joined.at()).isEqualTo(Instant.parse("2013-02-10T19:22:31Z"));
        assertThat(joined.attributes()).containsEntry("account_id", "1234567890").containsEntry("created_via", "web");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.PROFILE);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void profilePhoneAndTimeZone() throws IOException {
        ParserRun profile = run("data/profile.js", """
                window.YTD.profile.part0 = [ { "profile" : {
                  "description" : { "bio" : "Pflegerin. Läuferin. ☕", "website" : "https://t.co/abc", "location" : "Leipzig" },
                  "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1/a.jpg",
                  "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1/b"
                } } ]""");
        ParserRun phone = run("data/phone-number.js", "window.YTD.phone_number.part0 = [ { \"device\" : { \"phoneNumber\" : \"+4915112345678\" } } ]");
        ParserRun zone = run("data/account-timezone.js",
                "window.YTD.account_timezone.part0 = [ { \"accountTimezone\" : { \"accountId\" : \"1\", \"timeZone\" : \"Berlin\" } } ]");
        ParserRun verified = run("data/verified.js",
                "window.YTD.verified.part0 = [ { \"verified\" : { \"accountId\" : \"1\", \"verified\" : false } } ]");

        assertThat(titles(profile)).containsExactly("Bio: Pflegerin. Läuferin. ☕", "Website: https://t.co/abc",
                "Location: Leipzig", "Profile picture: https://pbs.twimg.com/profile_images/1/a.jpg",
                "Header image: https://pbs.twimg.com/profile_banners/1/b");
        assertThat(titles(phone)).containsExactly("Phone number: +4915112345678");
        assertThat(titles(zone)).containsExactly("Time zone: Berlin");
        assertThat(titles(verified)).containsExactly("Verified: no");
    }

    @Test
    void changesOfAddressAndNameAreDated() throws IOException {
        ParserRun emails = run("data/email-address-change.js", """
                window.YTD.email_address_change.part0 = [
                  { "emailAddressChange" : { "accountId" : "1", "emailChange" : {
                      "changedAt" : "2018-06-01T10:00:00.000Z", "changedFrom" : "jana.k90@example.net", "changedTo" : "jana.koehler@example.org" } } },
                  { "emailAddressChange" : { "accountId" : "1", "emailChange" : { "changedAt" : "2018-06-02T10:00:00.000Z" } } }
                ]""");
        ParserRun names = run("data/screen-name-change.js", """
                window.YTD.screen_name_change.part0 = [
                  { "screenNameChange" : { "accountId" : "1", "screenNameChange" : {
                      "changedAt" : "2016-04-03T08:00:00.000Z", "changedFrom" : "jana_k90", "changedTo" : "janakoehler" } } }
                ]""");

        assertThat(titles(emails)).containsExactly("E-mail changed to jana.koehler@example.org");
        assertThat(emails.sink.items.get(0).attributes()).containsEntry("changed_from", "jana.k90@example.net");
        assertThat(emails.sink.items.get(0).at()).isEqualTo(Instant.parse("2018-06-01T10:00:00Z"));
        assertThat(emails.file.problemCount()).as("a change without addresses").isEqualTo(1);
        assertThat(titles(names)).containsExactly("Username changed to @janakoehler");
        assertThat(names.sink.items.get(0).attributes()).containsEntry("changed_from", "@jana_k90");
    }

    @Test
    void theStatedAgeIsProfileAndTheInferredAgeAConclusion() throws IOException {
        ParserRun run = run("data/ageinfo.js", """
                window.YTD.ageinfo.part0 = [ { "ageMeta" : {
                  "ageInfo" : { "age" : [ "25-34" ], "birthDate" : "1990-08-21" },
                  "inferredAgeInfo" : { "age" : [ "25-34" ], "birthDate" : "" }
                } } ]""");
        ParserRun empty = run("data/ageinfo.js", "window.YTD.ageinfo.part0 = [ { \"ageMeta\" : { } } ]");

        assertThat(titles(run)).containsExactly("Age: 25-34", "Birth date: 1990-08-21");
        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC)).containsExactly("Age: 25-34");
        assertThat(run.sink.inferences.get(0).attributes()).isEmpty();
        assertThat(empty.sink.items).isEmpty();
        assertThat(empty.sink.inferences).isEmpty();
        assertThat(empty.file.problemCount()).isZero();
    }

    @Test
    void aRecordOfAnotherKindIsReportedAndSkipped() throws IOException {
        ParserRun run = run("data/account.js", """
                window.YTD.account.part0 = [ { "somethingElse" : { "x" : 1 } }, { "account" : "not an object" },
                  { "account" : { "username" : "jana" } } ]""");

        assertThat(titles(run)).containsExactly("Username: @jana", "Joined X (Twitter)");
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void aWrapperNamingOtherDataIsReportedButReadAsTheFileNameSays() throws IOException {
        ParserRun run = run("data/phone-number.js",
                "window.YTD.like.part0 = [ { \"device\" : { \"phoneNumber\" : \"+4915112345678\" } } ]");

        assertThat(titles(run)).containsExactly("Phone number: +4915112345678");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
