package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.Item;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ProfileParserTest {
    @Test
    void eachFilledCellIsOneProfileFactAndTheSummaryKeepsItsText() throws IOException {
        String summary = "Nurse since 2012.\nI like teaching.";
        ParserRun run = ParserRun.of(new ProfileParser(), "Profile.csv",
                "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,"
                        + "Twitter Handles,Websites,Instant Messengers\n"
                        + "Jana,Köhler,,,\"Aug 21, 1990\",Nurse,\"" + summary + "\",Hospitals,04229,\"Leipzig, Saxony\",,,\n");

        assertThat(run.sink.items).extracting(Item::title).containsExactly("First Name: Jana", "Last Name: Köhler",
                "Birth Date: Aug 21, 1990", "Headline: Nurse", "Summary", "Industry: Hospitals", "Zip Code: 04229",
                "Geo Location: Leipzig, Saxony");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.PROFILE && i.at() == null);
        assertThat(run.sink.items.get(4).detail()).isEqualTo(summary);
    }
}
