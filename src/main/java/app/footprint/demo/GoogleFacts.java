package app.footprint.demo;

/**
 * What the demo persona's Google Takeout holds (two parts, German names), counted while it was written.
 *
 * @param searches                  searches in My Activity's Search file (HTML)
 * @param searchResultVisits        ... and result pages she opened from there
 * @param mapsSearches              searches in My Activity's Maps file (JSON)
 * @param mapsOther                 other Maps activity: routes, places viewed
 * @param discoverFeeds             Discover feed records (JSON)
 * @param discoverTopics            different interest topics in them
 * @param discoverTopicMentions     topic lines in them, repeats included
 * @param adClicks                  records in My Activity's Ads file (HTML)
 * @param activityPlaceInferences   places Google states it inferred in the My Activity files ("From your
 *                                  places (Home)", "Based on your past activity"), once per file and place
 * @param youTubeWatches            videos in the watch history (HTML)
 * @param youTubeAdWatches          ... of which ads ("From Google Ads")
 * @param youTubeSearches           searches in the YouTube search history (JSON)
 * @param youTubeSubscriptions      channels she subscribed to
 * @param chromeVisits              pages in the Chrome history
 * @param appInstalls               apps in Installs.json
 * @param appPurchases              purchases in Purchase History.json
 * @param libraryApps               apps in Library.json
 * @param profileFacts              facts in Profil.json (name, display name, two e-mail addresses, birthday, gender)
 * @param contacts                  contacts in the vCard file
 * @param semanticMonths            monthly Semantic Location History files
 * @param placeVisits               place visits in them
 * @param activitySegments          journeys in them
 * @param homeLabelledMonths        monthly files that label her flat TYPE_HOME
 * @param workLabelledMonths        monthly files that label the hospital TYPE_WORK
 * @param prenatalClinicVisits      visits to the hospital's prenatal clinic
 * @param gynaecologistVisits       visits to her gynaecologist
 * @param lisbonVisits              place visits in Lisbon
 * @param rawLocations              points in Records.json
 */
public record GoogleFacts(int searches, int searchResultVisits, int mapsSearches, int mapsOther, int discoverFeeds,
                          int discoverTopics, int discoverTopicMentions, int adClicks, int activityPlaceInferences,
                          int youTubeWatches, int youTubeAdWatches, int youTubeSearches, int youTubeSubscriptions,
                          int chromeVisits, int appInstalls, int appPurchases, int libraryApps, int profileFacts,
                          int contacts, int semanticMonths, int placeVisits, int activitySegments,
                          int homeLabelledMonths, int workLabelledMonths, int prenatalClinicVisits,
                          int gynaecologistVisits, int lisbonVisits, int rawLocations) {

    /** The two parts' names, as Google names a split Takeout. */
    public static final String PART_1 = "takeout-20240312T091400Z-001.zip";
    public static final String PART_2 = "takeout-20240312T091400Z-002.zip";

    /** Items of every kind the importer makes of the Takeout. */
    public int items() {
        return searches + searchResultVisits + mapsSearches + mapsOther + discoverFeeds + adClicks + youTubeWatches
                + youTubeSearches + youTubeSubscriptions + chromeVisits + appInstalls + appPurchases + libraryApps
                + profileFacts + contacts + placeVisits + activitySegments + rawLocations;
    }

    /** Stated inferences: topics, places from My Activity, and the labelled home and work per month. */
    public int inferences() {
        return discoverTopics + activityPlaceInferences + homeLabelledMonths + workLabelledMonths;
    }
}
