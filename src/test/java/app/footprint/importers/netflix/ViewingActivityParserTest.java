package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ViewingActivityParserTest {
    private static final String PATH = "CONTENT_INTERACTION/ViewingActivity.csv";
    private static final String HEADER = "Profile Name,Start Time,Duration,Attributes,Title,Supplemental Video Type,"
            + "Device Type,Bookmark,Latest Bookmark,Country\n";

    @Test
    void realViewingIsViewingHistoryAndPreviewsAreActivity() throws Exception {
        ParserRun run = ParserRun.of(new ViewingActivityParser(), PATH, HEADER
                + "Jana,2024-03-10 21:13:05,00:47:12,,Nachtschicht: Staffel 1: Code Blau (Folge 3),,"
                + "Samsung CE 2019 Tizen TV,00:47:12,00:47:12,DE (Germany)\n"
                + "Jana,2024-03-10 22:01:00,00:45:00,\"Autoplayed: user action: Unspecified; \","
                + "Nachtschicht: Staffel 1: Übergabe (Folge 4),,Samsung CE 2019 Tizen TV,00:45:00,Not latest view,DE (Germany)\n"
                + "Jana,2024-03-10 21:12:01,00:00:31,\"Autoplayed: user action: None; \",Kaltfront_hook_primary_16x9,"
                + "HOOK,Samsung CE 2019 Tizen TV,00:00:31,00:00:31,DE (Germany)\n"
                + "Tom,2024-03-09 20:00:00,00:01:55,,\"Trailer: Funkloch, der Film\",TRAILER,Chrome PC (Cadmium),"
                + "00:01:55,00:01:55,DE (Germany)\n");

        assertThat(run.sink.items(Category.WATCHING)).extracting(Item::title).containsExactly(
                "Nachtschicht: Staffel 1: Code Blau (Folge 3)", "Nachtschicht: Staffel 1: Übergabe (Folge 4)");
        assertThat(run.sink.items(Category.ACTIVITY)).extracting(Item::title).containsExactly(
                "Preview: Kaltfront_hook_primary_16x9", "Preview: Trailer: Funkloch, der Film");
        assertThat(run.sink.items).hasSize(4);
        assertThat(run.file.problemCount()).isZero();

        Item first = run.sink.items.get(0);
        assertThat(first.at()).isEqualTo(Instant.parse("2024-03-10T21:13:05Z"));
        assertThat(first.zoneAssumed()).as("Netflix states UTC").isFalse();
        assertThat(first.attributes()).containsEntry("show", "Nachtschicht").containsEntry("season", "Staffel 1")
                .containsEntry("episode", "Code Blau").containsEntry("episode_number", "3")
                .containsEntry("duration_seconds", "2832").containsEntry("Profile Name", "Jana")
                .containsEntry("Device Type", "Samsung CE 2019 Tizen TV").doesNotContainKey("autoplayed");
        assertThat(run.sink.items.get(1).attributes()).containsEntry("autoplayed", "yes")
                .containsEntry("Latest Bookmark", "Not latest view");
        Item hook = run.sink.items.get(2);
        assertThat(hook.attributes()).containsEntry("Supplemental Video Type", "HOOK").containsEntry("autoplayed", "yes")
                .containsEntry("duration_seconds", "31");
        assertThat(run.sink.items.get(3).attributes()).containsEntry("Supplemental Video Type", "TRAILER")
                .doesNotContainKey("autoplayed");
    }

    @Test
    void aRowWithoutTitleOrWithABrokenTimeIsReportedAndTheRestKept() throws Exception {
        ParserRun run = ParserRun.of(new ViewingActivityParser(), PATH, HEADER
                + "Jana,2024-03-10 21:13:05,00:47:12,,,,TV,,,DE (Germany)\n"
                + "Jana,yesterday,00:10:00,,Zeitlupe,,TV,,,DE (Germany)\n"
                + "Jana,2024-03-11 20:00:00,,,Herbstlicht,,TV,,,DE (Germany)\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("Zeitlupe", "Herbstlicht");
        assertThat(run.sink.items.get(0).at()).isNull();
        assertThat(run.sink.items.get(1).attributes()).doesNotContainKey("duration_seconds");
        assertThat(run.file.problemCount()).isEqualTo(2);
    }

    @Test
    void durationsAreReadAsSeconds() {
        assertThat(ViewingActivityParser.seconds("01:02:03")).isEqualTo(3723);
        assertThat(ViewingActivityParser.seconds("0:05")).isEqualTo(5);
        assertThat(ViewingActivityParser.seconds("five minutes")).isNull();
        assertThat(ViewingActivityParser.seconds(null)).isNull();
    }
}
