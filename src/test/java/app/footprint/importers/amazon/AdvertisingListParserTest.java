package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.amazon.AdvertisingListParser.Values;
import app.footprint.model.InferenceKind;
import app.footprint.model.StatedInference;
import app.footprint.testing.ParserRun;
import org.junit.jupiter.api.Test;

class AdvertisingListParserTest {
    private static final String BOM = "\uFEFF";

    private static ParserRun run(Values values, String path, String content) throws Exception {
        return ParserRun.of(new AdvertisingListParser(values), path, content);
    }

    @Test
    void amazonAudiencesAreAdSegmentsWithTheirTaxonomy() throws Exception {
        ParserRun run = run(Values.AMAZON_AUDIENCES, "Advertising.2/Advertising.AmazonAudiences.csv", BOM + """
                Amazon Audiences in which you are included

                "In-Market:Baby Products"
                "In-Market:Books & Magazines:Crime, Thriller & Mystery"
                "Lifestyle:Pet Supplies\"""");

        assertThat(run.sink.values(InferenceKind.AD_SEGMENT)).containsExactly("In-Market:Baby Products",
                "In-Market:Books & Magazines:Crime, Thriller & Mystery", "Lifestyle:Pet Supplies");
        StatedInference crime = run.sink.inferences.get(1);
        assertThat(crime.attributes()).containsEntry("source", "Amazon").containsEntry("type", "In-Market")
                .containsEntry("segment", "Crime, Thriller & Mystery").containsEntry("dataset", "Advertising.2");
        assertThat(run.sink.inferences).extracting(i -> i.source().position()).containsExactly(0L, 1L, 2L);
        assertThat(run.facts.language()).isNull();
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void thirdPartyAudiencesTellTheLanguageTheyAreWrittenIn() throws Exception {
        ParserRun italian = run(Values.THIRD_PARTY_AUDIENCES, "Advertising.1/Advertising.3PAudiences.csv", BOM + """
                Audiences in which you are included via 3rd Parties

                "Demographics:Fascia d'età:25-34"
                "Demographics:Uomini\"""");
        ParserRun german = run(Values.THIRD_PARTY_AUDIENCES, "Advertising.1/Advertising.3PAudiences.csv", """
                Audiences in which you are included via 3rd Parties

                "Lifestyle:Werdende Eltern"
                "Demographics:Frauen"
                """);
        ParserRun french = run(Values.THIRD_PARTY_AUDIENCES, "Advertising.1/Advertising.3PAudiences.csv", """
                Audiences in which you are included via 3rd Parties

                "Demographics:Tranche d'âge:35-44"
                """);

        assertThat(italian.sink.values(InferenceKind.AD_SEGMENT)).containsExactly("Demographics:Fascia d'età:25-34",
                "Demographics:Uomini");
        assertThat(italian.sink.inferences.get(0).attributes()).containsEntry("source", "third party")
                .containsEntry("type", "Demographics").containsEntry("segment", "25-34");
        assertThat(italian.facts.language()).isEqualTo("it");
        assertThat(german.facts.language()).isEqualTo("de");
        assertThat(french.facts.language()).isEqualTo("fr");
    }

    @Test
    void advertisersAreAdvertisersHoldingTheirDataOrClicked() throws Exception {
        ParserRun audiences = run(Values.ADVERTISER_AUDIENCES, "Advertising.1/Advertising.AdvertiserAudiences.csv", BOM + """
                Advertisers who brought audiences in which you are included

                "AT&T Corporation"
                "Lands' End"
                """);
        ParserRun clicks = run(Values.ADVERTISER_CLICKS, "Advertising.1/Advertising.AdvertiserClicks.csv", BOM + """
                Advertisers whose ads you clicked

                "Fitbit"
                """);

        assertThat(audiences.sink.values(InferenceKind.ADVERTISER)).containsExactly("AT&T Corporation", "Lands' End");
        assertThat(audiences.sink.inferences.get(0).attributes())
                .containsEntry("relation", "brought an audience that includes you");
        assertThat(clicks.sink.values(InferenceKind.ADVERTISER)).containsExactly("Fitbit");
        assertThat(clicks.sink.inferences.get(0).attributes()).containsEntry("relation", "you clicked their ad");
    }

    @Test
    void theOptOutSettingIsAnAdPreferencePerMarketplace() throws Exception {
        ParserRun run = run(Values.OPT_OUT, "Advertising.2/Advertising.OptOut.csv", BOM + """
                Interest based ads opt out setting per marketplace

                UK:Not OptedOut
                DE:OptedOut
                SE:Not OptedOut""");

        assertThat(run.sink.values(InferenceKind.AD_PREFERENCE))
                .containsExactly("UK:Not OptedOut", "DE:OptedOut", "SE:Not OptedOut");
        assertThat(run.sink.inferences.get(0).attributes()).containsEntry("marketplace", "UK")
                .containsEntry("setting", "Not OptedOut").containsEntry("opted_out", "no");
        assertThat(run.sink.inferences.get(1).attributes()).containsEntry("opted_out", "yes");
    }

    @Test
    void aValueWithAnUnquotedCommaStaysWholeAndAHeaderAloneIsEmpty() throws Exception {
        ParserRun run = run(Values.ADVERTISER_CLICKS, "Advertising.1/Advertising.AdvertiserClicks.csv", """
                Advertisers whose ads you clicked

                Smith, Jones & Co
                """);
        ParserRun empty = run(Values.ADVERTISER_CLICKS, "Advertising.1/Advertising.AdvertiserClicks.csv",
                BOM + "Advertisers whose ads you clicked\n");

        assertThat(run.sink.values(InferenceKind.ADVERTISER)).containsExactly("Smith, Jones & Co");
        assertThat(empty.sink.inferences).isEmpty();
        assertThat(empty.file.problemCount()).isZero();
    }
}
