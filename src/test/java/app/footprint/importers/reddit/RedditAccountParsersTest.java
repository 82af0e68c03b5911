package app.footprint.importers.reddit;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parsers of Reddit's account files: gender, birth date and other facts, statistics, settings, IP logs. */
class RedditAccountParsersTest {
    @Test
    void theGenderOnRecordIsAProfileFactAndAStatedDemographic() throws IOException {
        ParserRun run = ParserRun.of(new GenderParser(), "account_gender.csv", "account_gender\r\nfemale\r\n");
        ParserRun empty = ParserRun.of(new GenderParser(), "account_gender.csv", "account_gender\r\n\r\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Gender: female");
        assertThat(run.sink.inferences).singleElement().satisfies(i -> {
            assertThat(i.kind()).isEqualTo(InferenceKind.DEMOGRAPHIC);
            assertThat(i.value()).isEqualTo("Gender: female");
        });
        assertThat(empty.sink.items).isEmpty();
        assertThat(empty.sink.inferences).isEmpty();
    }

    @Test
    void sensitiveAdTopicsAreNamedInWordsWithWhetherTheirAdsAreShown() throws IOException {
        ParserRun run = ParserRun.of(new SensitiveAdsParser(), "sensitive_ads_preferences.csv",
                "type,preference\r\nshow_alcohol,False\r\nshow_pregnancy_and_parenting,True\r\nshow_crypto,\r\n,True\r\n");

        assertThat(run.sink.inferences).extracting(StatedInference::value)
                .containsExactly("Alcohol", "Pregnancy and parenting", "Crypto");
        assertThat(run.sink.inferences).allMatch(i -> i.kind() == InferenceKind.AD_PREFERENCE);
        assertThat(run.sink.inferences.get(0).attributes()).containsExactly(
                Map.entry("setting", "show_alcohol"), Map.entry("ads shown", "no"));
        assertThat(run.sink.inferences.get(1).attributes()).containsEntry("ads shown", "yes");
        assertThat(run.sink.inferences.get(2).attributes()).doesNotContainKey("ads shown");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void oneRowFactFilesGiveOneItemPerFilledCell() throws IOException {
        ParserRun run = ParserRun.of(RedditFile.BIRTHDATE.parser().orElseThrow(), "birthdate.csv",
                "birthdate,verified_birthdate,verification_state,verification_method,something_new\r\n"
                        + "1990-08-21,,verified,persona,x\r\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Birth date: 1990-08-21",
                "Birth date verification: verified", "Birth date verified by: persona", "Something new: x");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.PROFILE);
    }

    @Test
    void statisticsAreProfileFactsAndTheExportTimeDatesTheExport() throws IOException {
        ParserRun run = ParserRun.of(new StatisticsParser(), "statistics.csv", "statistic,value\r\n"
                + "account name,xavdid\r\nexport time,2023-05-02 06:57:14 UTC\r\nis_deleted,False\r\n"
                + "registration date,2014-05-19 22:02:20 UTC\r\nemail verified,True\r\nemail address,a@example.org\r\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Account name: xavdid", "Is deleted: no",
                "Registration date", "Email verified: yes", "Email address: a@example.org");
        assertThat(run.sink.items.get(2).at()).isEqualTo(Instant.parse("2014-05-19T22:02:20Z"));
        assertThat(run.facts.exportedAt()).isEqualTo(Instant.parse("2023-05-02T06:57:14Z"));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void settingsAboutAdsAreAdSettingsAndTheLanguageTellsTheExportsLanguage() throws IOException {
        ParserRun run = ParserRun.of(new PreferencesParser(), "user_preferences.csv", "preference,value\r\n"
                + "lang,de-DE\r\nnightmode,True\r\nthird_party_data_personalized_ads,False\r\nactivity_relevant_ads,True\r\n"
                + "email_digests,\r\n");

        assertThat(run.sink.items(Category.AD_SETTINGS)).extracting(Item::title).containsExactly(
                "Setting third party data personalized ads: no", "Setting activity relevant ads: yes");
        assertThat(run.sink.items(Category.PROFILE)).extracting(Item::title).containsExactly(
                "Setting lang: de-DE", "Setting nightmode: yes", "Setting email digests: (not set)");
        assertThat(run.facts.language()).isEqualTo("de");
    }

    @Test
    void ipLogsKeepTheRegistrationAddressWithoutATime() throws IOException {
        ParserRun run = ParserRun.of(new IpLogsParser(), "ip_logs.csv", "date,ip\r\nregistration ip,198.51.100.57\r\n"
                + "2024-03-01 10:00:00 UTC,198.51.100.8\r\nyesterday,2001:db8::1\r\n");

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Registration IP address", "IP address used", "IP address used");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.LOGINS);
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.sink.items.get(0).attributes()).containsExactly(Map.entry("ip", "198.51.100.57"));
        assertThat(run.sink.items.get(1).at()).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(run.sink.items.get(2).attributes()).containsEntry("date", "yesterday");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }
}
