package app.footprint.importers.twitter;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Item;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class PersonalizationParserTest {
    private static final String FILE = """
            window.YTD.personalization.part0 = [
              {
                "p13nData" : {
                  "demographics" : {
                    "languages" : [
                      { "language" : "German", "isDisabled" : false },
                      { "language" : "English", "isDisabled" : false },
                      { "language" : "Portuguese", "isDisabled" : true }
                    ],
                    "genderInfo" : { "gender" : "female" }
                  },
                  "interests" : {
                    "interests" : [
                      { "name" : "Running", "isDisabled" : false },
                      { "name" : "Schwangerschaft", "isDisabled" : false },
                      { "name" : "Running", "isDisabled" : false },
                      { "name" : "Craft beer", "isDisabled" : true },
                      { "isDisabled" : false }
                    ],
                    "partnerInterests" : [ "Expectant parents" ],
                    "audienceAndAdvertisers" : {
                      "lookalikeAdvertisers" : [ "@wiegenwelt", "@laufwerk_shop" ],
                      "advertisers" : [ "@wiegenwelt", "@babybloom_app", "@elbedirektbank" ],
                      "doNotReachAdvertisers" : [ "@gin_manufaktur" ],
                      "catalogAudienceAdvertisers" : [ "@kinderkram24" ],
                      "numAudiences" : "57"
                    },
                    "shows" : [ "Babylon Berlin", "Tatort" ]
                  },
                  "locationHistory" : [ "Leipzig, Germany", "Chemnitz, Germany" ],
                  "inferredAgeInfo" : { "age" : [ "25-34" ], "birthDate" : "" }
                }
              }
            ]""";

    @Test
    void everyConclusionXStates() throws IOException {
        ParserRun run = ParserRun.of(new PersonalizationParser(), "data/personalization.js", FILE);

        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC))
                .containsExactly("Language: German", "Language: English", "Gender: female", "Age: 25-34");
        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).containsExactly("Running", "Schwangerschaft", "Running");
        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY)).containsExactly("Expectant parents");
        assertThat(run.sink.values(InferenceKind.ADVERTISER)).containsExactly("@wiegenwelt", "@babybloom_app",
                "@elbedirektbank", "@wiegenwelt", "@laufwerk_shop", "@gin_manufaktur", "@kinderkram24");
        assertThat(run.sink.inferences(InferenceKind.ADVERTISER)).extracting(i -> i.attributes().get("audience"))
                .containsExactly("tailored audience: your details or activity", "tailored audience: your details or activity",
                        "tailored audience: your details or activity", "look-alike audience: people like their customers",
                        "look-alike audience: people like their customers", "keeps you out of its ads",
                        "product catalogue audience");
        assertThat(run.sink.values(InferenceKind.TOPIC)).containsExactly("Babylon Berlin", "Tatort");
        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("Leipzig, Germany", "Chemnitz, Germany");
        assertThat(run.sink.values(InferenceKind.OTHER)).containsExactly("In 57 advertisers' audiences");
        assertThat(run.sink.inferences).hasSize(4 + 3 + 1 + 7 + 2 + 2 + 1);
        // positions number the entries of the file, switched-off ones included
        assertThat(run.sink.inferences).extracting(StatedInference::source).extracting(s -> s.position())
                .doesNotHaveDuplicates();
    }

    @Test
    void switchedOffInterestsAndLanguagesAreSettingsNotConclusions() throws IOException {
        ParserRun run = ParserRun.of(new PersonalizationParser(), "data/personalization.js", FILE);

        assertThat(run.sink.items).extracting(Item::title)
                .containsExactly("Language switched off: Portuguese", "Interest switched off: Craft beer");
        assertThat(run.sink.items).allMatch(i -> i.category() == Category.AD_SETTINGS);
        assertThat(run.sink.values(InferenceKind.AD_INTEREST)).doesNotContain("Craft beer");
        assertThat(run.file.problemCount()).as("the interest without a name").isEqualTo(1);
    }

    @Test
    void singleValuesWhereListsAreExpectedAndObjectsForPlaces() throws IOException {
        ParserRun run = ParserRun.of(new PersonalizationParser(), "data/personalization.js", """
                window.YTD.personalization.part0 = [ { "p13nData" : {
                  "demographics" : { "languages" : { "language" : "German" }, "genderInfo" : { "gender" : "female", "genderOverride" : "female" } },
                  "interests" : { "interests" : [ ], "partnerInterests" : [ { "name" : "Commuters" } ],
                    "audienceAndAdvertisers" : { "numAudiences" : "0", "advertisers" : "@one" }, "shows" : "Tatort" },
                  "locationHistory" : [ { "name" : "Leipzig" } ],
                  "inferredAgeInfo" : { "age" : "13-54" }
                } } ]""");

        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC)).containsExactly("Language: German", "Gender: female", "Age: 13-54");
        assertThat(run.sink.inferences(InferenceKind.DEMOGRAPHIC).get(1).attributes()).containsEntry("set_by_you", "female");
        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY)).containsExactly("Commuters");
        assertThat(run.sink.values(InferenceKind.ADVERTISER)).containsExactly("@one");
        assertThat(run.sink.values(InferenceKind.TOPIC)).containsExactly("Tatort");
        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("Leipzig");
        assertThat(run.sink.values(InferenceKind.OTHER)).as("no audiences: nothing to state").isEmpty();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void valuesInAnyLanguageArriveAsWritten() throws IOException {
        // X writes plain UTF-8; a value that merely looks like Meta's mojibake ("Ã¼") must stay as it is
        ParserRun run = ParserRun.of(new PersonalizationParser(), "data/personalization.js", """
                window.YTD.personalization.part0 = [ { "p13nData" : { "interests" : { "interests" : [
                  { "name" : "Schwangerschaft & Geburt", "isDisabled" : false },
                  { "name" : "Corrida e maratonas", "isDisabled" : false },
                  { "name" : "ランニング", "isDisabled" : false },
                  { "name" : "Ã¼ber", "isDisabled" : false } ] },
                  "locationHistory" : [ "Lisboa, Portugal", "東京都" ] } } ]""");

        assertThat(run.sink.values(InferenceKind.AD_INTEREST))
                .containsExactly("Schwangerschaft & Geburt", "Corrida e maratonas", "ランニング", "Ã¼ber");
        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION)).containsExactly("Lisboa, Portugal", "東京都");
    }
}
