package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PrimeVideoViewingParserTest {
    @Test
    void olderFilesGiveThePlaybackHourAndTrailersAreNotViewing() throws Exception {
        ParserRun run = ParserRun.of(new PrimeVideoViewingParser(),
                "Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv", """
                Playback Hour,Operating System,Browser,Delivery Type,City,Country,ISP,State,Content Quality Entitled,Entitlement Type,Video Type,Audio Language,Title
                12/14/2016 19:00:00,Android6.0.1,,streaming,milano,it,BBBell_PPPoE_Customers,,SD,PRIME_SUBSCRIPTION,Feature,,The Holy Trinity-The Grand Tour - Season 1
                12/15/2016 11:00:00,Windows 10,Chrome 55.0.2883.87,,milano,it,BBBell_PPPoE_Customers,,HD,PRIME_SUBSCRIPTION,Feature,,"Opera, Art and Donuts-The Grand Tour - Season 1"
                11/02/2017 21:00:00,Windows 10,Chrome 61.0.3163.100,,milano,it,BBBell_PPPoE_Customers,,HD,PRIME_SUBSCRIPTION,Trailer,it-it,Official Trailer-The Grand Tour - Season 2
                """);

        assertThat(run.sink.items(Category.WATCHING)).extracting(Item::title).containsExactly(
                "The Holy Trinity-The Grand Tour - Season 1", "Opera, Art and Donuts-The Grand Tour - Season 1");
        assertThat(run.sink.items(Category.ACTIVITY)).extracting(Item::title)
                .containsExactly("Preview: Official Trailer-The Grand Tour - Season 2");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2016-12-14T19:00:00Z"));
        assertThat(run.sink.items.get(0).zoneAssumed()).isTrue();
        assertThat(run.sink.items.get(0).attributes()).containsEntry("City", "milano").containsEntry("ISP", "BBBell_PPPoE_Customers");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void newerFilesGiveAUtcStartAndAMaterialType() throws Exception {
        ParserRun run = ParserRun.of(new PrimeVideoViewingParser(), "Your Prime Video Viewing Activity/Viewing History.csv", """
                Playback Start Datetime (UTC),Playback End Datetime (UTC),Title,Seconds Viewed,Material Type Description
                2024-01-02 20:00:00,2024-01-02 20:44:00,Die erste Untersuchung-Hebammen im Einsatz - Staffel 1,2640,Full
                2024-01-02 19:58:00,2024-01-02 19:59:00,Trailer-Grenzgänger,60,Promo
                """);

        assertThat(run.sink.items(Category.WATCHING)).singleElement().satisfies(i -> {
            assertThat(i.at()).isEqualTo(Instant.parse("2024-01-02T20:00:00Z"));
            assertThat(i.zoneAssumed()).isFalse();
        });
        assertThat(run.sink.items(Category.ACTIVITY)).extracting(Item::title).containsExactly("Preview: Trailer-Grenzgänger");
    }
}
