package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RatingsParserTest {
    @Test
    void aRatingIsALikeAtItsTimeAndAStatedTaste() throws Exception {
        ParserRun run = ParserRun.of(new RatingsParser(), "CONTENT_INTERACTION/Ratings.csv", """
                Profile Name,Title Name,Rating Type,Star Value,Thumbs Value,Device Model,Event Utc Ts,Region View Date
                Jana,Neun Monate,thumb,,3,Google Pixel 7a Android Phone,2023-09-02 21:40:11,2023-09-02
                Tom,Funkloch,thumb,,1,Chrome PC (Cadmium),2021-02-03 22:00:00,2021-02-03
                Jana,Herbstlicht,star,4,,Firefox PC (Cadmium),2015-06-01 19:00:00,2015-06-01
                """);

        assertThat(run.sink.items(Category.LIKES)).extracting(Item::title)
                .containsExactly("Neun Monate", "Funkloch", "Herbstlicht");
        assertThat(run.sink.items.get(0).at()).isEqualTo(Instant.parse("2023-09-02T21:40:11Z"));
        assertThat(run.sink.items).extracting(i -> i.attributes().get("rating"))
                .containsExactly("two thumbs up", "thumbs down", "4 stars");
        assertThat(run.sink.values(InferenceKind.TASTE)).containsExactly("Neun Monate", "Funkloch", "Herbstlicht");
        assertThat(run.sink.inferences.get(0).attributes()).containsEntry("rating", "two thumbs up")
                .containsEntry("Profile Name", "Jana").containsEntry("Event Utc Ts", "2023-09-02 21:40:11");
        assertThat(run.file.records()).isEqualTo(6);
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void ratingWordsCoverThumbsAndStars() {
        assertThat(RatingsParser.rating("thumb", "2", null)).isEqualTo("thumbs up");
        assertThat(RatingsParser.rating(null, "0", null)).isEqualTo("thumbs removed");
        assertThat(RatingsParser.rating("star", null, "1")).isEqualTo("1 star");
        assertThat(RatingsParser.rating("thumb", null, null)).isNull();
    }
}
