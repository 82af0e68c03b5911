package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinkedInFileTest {
    @Test
    void knowsFilesByNameWhateverTheCaseSpacesUnderscoresOrMemberNumber() {
        assertThat(LinkedInFile.of("Connections.csv")).contains(LinkedInFile.CONNECTIONS);
        assertThat(LinkedInFile.of("Complete_LinkedInDataExport_03-12-2024/Connections.csv"))
                .contains(LinkedInFile.CONNECTIONS);
        assertThat(LinkedInFile.of("Company Follows.csv")).contains(LinkedInFile.COMPANY_FOLLOWS);
        assertThat(LinkedInFile.of("Company_Follows.csv")).contains(LinkedInFile.COMPANY_FOLLOWS);
        assertThat(LinkedInFile.of("Email Addresses.csv")).contains(LinkedInFile.EMAIL_ADDRESSES);
        assertThat(LinkedInFile.of("Inferences_about_you.csv")).contains(LinkedInFile.INFERENCES);
        assertThat(LinkedInFile.of("Ad_Targeting.csv")).contains(LinkedInFile.AD_TARGETING);
        assertThat(LinkedInFile.of("Comments_123456789.csv")).contains(LinkedInFile.COMMENTS);
        assertThat(LinkedInFile.of("Jobs/Job Applications.csv")).contains(LinkedInFile.JOB_APPLICATIONS);
        assertThat(LinkedInFile.of("Jobs/Job Applications_1.csv")).contains(LinkedInFile.JOB_APPLICATIONS);
        assertThat(LinkedInFile.of("LearningCoachMessages.csv")).contains(LinkedInFile.COACH_MESSAGES);
        assertThat(LinkedInFile.of("learning_coach_messages.csv")).contains(LinkedInFile.COACH_MESSAGES);
        assertThat(LinkedInFile.of("Learning.csv")).contains(LinkedInFile.LEARNING);
        assertThat(LinkedInFile.of("Ads Clicked.csv")).contains(LinkedInFile.ADS_CLICKED);
    }

    @Test
    void otherFilesAreNotLinkedIns() {
        assertThat(LinkedInFile.of("Articles/Articles/my-article.html")).isEmpty();
        assertThat(LinkedInFile.of("Jobs/Job Seeker Preferences.csv")).isEmpty();
        assertThat(LinkedInFile.of("Connections.json")).isEmpty();
        assertThat(LinkedInFile.of("subscribed_subreddits.csv")).isEmpty();
        assertThat(LinkedInFile.of("CONTENT_INTERACTION/ViewingActivity.csv")).isEmpty();
    }

    @Test
    void aNumberAtTheEndOfTheNameMarksTheNumberedLayout() {
        assertThat(LinkedInFile.numbered("Comments_987654.csv")).isTrue();
        assertThat(LinkedInFile.numbered("Comments.csv")).isFalse();
        assertThat(LinkedInFile.numbered("Receipts_v2.csv")).isFalse();
    }
}
