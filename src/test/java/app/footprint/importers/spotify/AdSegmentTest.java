package app.footprint.importers.spotify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdSegmentTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", ignoreLeadingAndTrailingWhitespace = false, textBlock = """
            3P_Alcohol Consumers_BR|Alcohol Consumers|third-party|BR|-
            3P_Alcohol Consumers_MX|Alcohol Consumers|third-party|MX|-
            3P_Auto Intenders / In-Market_BR|Auto Intenders / In-Market|third-party|BR|-
            3P_BMW OWNERS_DE|BMW OWNERS|third-party|DE|-
            3P_Custom__ Lifestyle - Tech Enthusiast_19-Feb-2021_WW|Custom__ Lifestyle - Tech Enthusiast_19-Feb-2021|third-party|WW|-
            3P_Custom_Samsung_IM Persona_Social Savvies|Custom_Samsung_IM Persona_Social Savvies|third-party|-|-
            3P_Custom_Sonos_UX Audience (for insights)|Custom_Sonos_UX Audience (for insights)|third-party|-|-
            3P_Gamers_LAT|Gamers|third-party|LAT|-
            3P_Foo_ABCD|Foo_ABCD|third-party|-|-
            3P_Foo_us|Foo_us|third-party|-|-
            1P_Custom_Meditation|Custom_Meditation|first-party|-|-
            1P_Custom_Affinity_Remitly [Advertiser-Specific]|Custom_Affinity_Remitly|first-party|-|Advertiser-Specific
            1P_Custom_T-Mobile_Switchers [Advertiser-Restricted]|Custom_T-Mobile_Switchers|first-party|-|Advertiser-Restricted
            3P_Shoppers_UK [Advertiser-Specific] [Sensitive]|Shoppers|third-party|UK|Advertiser-Specific, Sensitive
            Business|Business|-|-|-
            General Podcasts 1P|General Podcasts 1P|-|-|-
            Interest_Pop Culture|Interest_Pop Culture|-|-|-
            Premiumbusiness_Free_Trial-Eligible|Premiumbusiness_Free_Trial-Eligible|-|-|-
            Something_UK|Something_UK|-|-|-
            \tPodcasts  |Podcasts|-|-|-
            """)
    void prefixSuffixAndTagsAreTakenApart(String raw, String value, String party, String market, String tags) {
        String input = raw;
        AdSegment segment = AdSegment.parse(input);

        assertThat(segment.value()).isEqualTo(value);
        assertThat(segment.party()).isEqualTo(party);
        assertThat(segment.market()).isEqualTo(market);
        assertThat(segment.tags()).isEqualTo(tags);
        assertThat(segment.raw()).isEqualTo(input);
        assertThat(segment.attributes()).containsEntry("raw", input);
    }
}
