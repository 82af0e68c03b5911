package app.footprint.demo;

/**
 * What Jana's LinkedIn export holds (the Complete archive), counted while it was written.
 *
 * @param profileFields          filled cells of {@code Profile.csv}
 * @param positions              rows of {@code Positions.csv}
 * @param schools                rows of {@code Education.csv}
 * @param skills                 rows of {@code Skills.csv}
 * @param emailAddresses         rows of {@code Email Addresses.csv}
 * @param phoneNumbers           rows of {@code PhoneNumbers.csv}
 * @param registrations          rows of {@code Registration.csv}
 * @param connections            rows of {@code Connections.csv}, hidden members included
 * @param hiddenConnections      ... of which members who hide their profile (a row holding only the date)
 * @param sentInvitations        outgoing rows of {@code Invitations.csv}
 * @param receivedInvitations    incoming rows of {@code Invitations.csv}
 * @param conversations          conversations in {@code messages.csv}
 * @param messages               messages in {@code messages.csv}
 * @param searches               rows of {@code SearchQueries.csv}
 * @param adsClicked             rows of {@code Ads Clicked.csv}
 * @param inferences             rows of {@code Inferences_about_you.csv}
 * @param demographicInferences  ... of which personal characteristics (the inferred gender)
 * @param targetingEntries       values in the one row of {@code Ad_Targeting.csv}, repeats included
 * @param targetingDemographics  different values about age, gender and interface language
 * @param targetingInterests     different member interests
 * @param targetingLocations     different profile locations
 * @param targetingCategories    different values of all other facets (companies, schools, skills, titles...)
 * @param language               the language her interface locale tells
 */
public record LinkedInFacts(int profileFields, int positions, int schools, int skills, int emailAddresses,
                            int phoneNumbers, int registrations, int connections, int hiddenConnections,
                            int sentInvitations, int receivedInvitations, int conversations, int messages,
                            int searches, int adsClicked, int inferences, int demographicInferences,
                            int targetingEntries, int targetingDemographics, int targetingInterests,
                            int targetingLocations, int targetingCategories, String language) {

    /** Items of her profile: the profile's cells plus one per position, school, skill, address and number. */
    public int profileItems() {
        return profileFields + positions + schools + skills + emailAddresses + phoneNumbers + registrations;
    }

    public int invitations() {
        return sentInvitations + receivedInvitations;
    }
}
