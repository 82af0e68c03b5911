package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetflixFileTest {
    @Test
    void everyFileOfTheReportIsReadOrDeliberatelyLeftToTheRunner() {
        // The report's files as the public parsers list them (HUDI's Netflix enum, ccpa.party's globs).
        List<String> read = List.of("ACCOUNT/AccountDetails.csv", "ACCOUNT/SubscriptionHistory.csv",
                "CONTENT_INTERACTION/IndicatedPreferences.csv", "CONTENT_INTERACTION/MyList.csv",
                "CONTENT_INTERACTION/PlaybackRelatedEvents.csv", "CONTENT_INTERACTION/SearchHistory.csv",
                "CONTENT_INTERACTION/ViewingActivity.csv", "CONTENT_INTERACTION/Ratings.csv",
                "CLICKSTREAM/Clickstream.csv", "DEVICES/Devices.csv", "IP_ADDRESSES/IpAddressesAccountCreation.csv",
                "IP_ADDRESSES/IpAddressesLogin.csv", "IP_ADDRESSES/IpAddressesStreaming.csv",
                "MESSAGES/MessagesSentByNetflix.csv", "PAYMENT_AND_BILLING/BillingHistory.csv", "PROFILES/Profiles.csv",
                // placeholders for empty subjects
                "CONTENT_INTERACTION/InteractiveTitles.txt", "CONTENT_INTERACTION/Ratings.txt",
                "CUSTOMER_SERVICE/ChatTranscripts.txt", "CUSTOMER_SERVICE/CSContact.txt", "GAMES/GamePlaySessions.txt",
                "PROFILES/ParentalControlsRestrictedTitles.txt", "SOCIAL_MEDIA_CONNECTIONS/SocialMediaConnections.txt",
                "SURVEYS/ProductCancellationSurvey.txt");
        List<String> leftToTheRunner = List.of("ACCOUNT/TermsOfUse.csv", "PROFILES/AvatarHistory.csv",
                "Cover sheet.pdf", "Additional Information.pdf");

        NetflixImporter importer = new NetflixImporter();
        for (String path : read) {
            assertThat(importer.parserFor(path)).as(path).isPresent();
            assertThat(importer.parserFor("netflix-report/" + path)).as("wrapped " + path).isPresent();
        }
        for (String path : leftToTheRunner) {
            assertThat(importer.parserFor(path)).as(path).isEmpty();
        }
    }

    @Test
    void filesAreRoutedToTheirParsers() {
        assertThat(NetflixFile.of("CONTENT_INTERACTION/ViewingActivity.csv")).contains(NetflixFile.VIEWING_ACTIVITY);
        assertThat(NetflixFile.of("x/CONTENT_INTERACTION/Ratings.csv")).contains(NetflixFile.RATINGS);
        assertThat(NetflixFile.of("CONTENT_INTERACTION/Ratings.txt")).contains(NetflixFile.PLACEHOLDER);
        assertThat(NetflixFile.of("Downloads/NetflixViewingHistory (1).csv")).contains(NetflixFile.VIEWING_HISTORY_DOWNLOAD);
        assertThat(NetflixFile.of("ViewingActivity.csv")).as("outside its folder").isEmpty();
        assertThat(NetflixFile.of("notes/readme.txt")).isEmpty();
    }
}
