package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountDetailsParserTest {
    @Test
    void eachFilledCellIsAProfileFactAndTheLanguageIsTheAccounts() throws Exception {
        ParserRun run = ParserRun.of(new AccountDetailsParser(), "ACCOUNT/AccountDetails.csv", """
                "First Name","Last Name","Email Address","Phone Number","Country Of Registration","Primary Lang","Customer Creation Timestamp","Netflix Offers"
                "","","davide@example.org","+393314455667","IT","it-IT","2021-11-27T17:20:06Z","NO"
                """);

        assertThat(run.sink.items).extracting(Item::title).containsExactly(
                "Email Address: davide@example.org", "Phone Number: +393314455667", "Country Of Registration: IT",
                "Primary Lang: it-IT", "Customer Creation Timestamp", "Netflix Offers: NO");
        assertThat(run.sink.items.get(4).at()).isEqualTo(Instant.parse("2021-11-27T17:20:06Z"));
        assertThat(run.sink.items.get(0).source().position()).isEqualTo(2);
        assertThat(run.facts.language()).isEqualTo("it");
        assertThat(run.file.problemCount()).isZero();
    }
}
