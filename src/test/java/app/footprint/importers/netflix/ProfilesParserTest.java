package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProfilesParserTest {
    @Test
    void eachProfileIsAnItemAndItsLanguageTellsTheExportsLanguage() throws Exception {
        ParserRun run = ParserRun.of(new ProfilesParser(), "PROFILES/Profiles.csv", """
                "Profile Name","Email Address","Profile Creation Time","Maturity Level","Primary Lang","Has Auto Playback","Max Stream Quality","Profile Lock Enabled"
                "Ospiti","","2021-11-29T21:03:21Z","1000000","it-IT","true","UNSPECIFIED","false"
                "davide","davide@example.org","2021-11-27T17:20:06Z","1000000","es-ES","true","UNSPECIFIED","false"
                "","","2021-11-27T17:20:06Z","1000000","","true","UNSPECIFIED","false"
                """);

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Profile: Ospiti", "Profile: davide");
        assertThat(run.sink.items.get(1).at()).isEqualTo(Instant.parse("2021-11-27T17:20:06Z"));
        assertThat(run.sink.items.get(1).attributes()).containsEntry("Email Address", "davide@example.org")
                .containsEntry("Maturity Level", "1000000");
        assertThat(run.facts.language()).as("the first profile's language").isEqualTo("it");
        assertThat(run.file.problemCount()).isEqualTo(1);
    }

    @Test
    void localesBecomeLanguages() {
        assertThat(NetflixLanguage.of("de-DE")).isEqualTo("de");
        assertThat(NetflixLanguage.of("pt_BR")).isEqualTo("pt");
        assertThat(NetflixLanguage.of("es")).isEqualTo("es");
        assertThat(NetflixLanguage.of("UNSPECIFIED")).isNull();
        assertThat(NetflixLanguage.of(null)).isNull();
    }
}
