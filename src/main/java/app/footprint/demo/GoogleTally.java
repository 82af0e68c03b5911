package app.footprint.demo;

import java.util.HashSet;
import java.util.Set;

/** Counts what the Google writers put into the Takeout, record by record, as they write it. */
final class GoogleTally {
    int searches;
    int searchResultVisits;
    int mapsSearches;
    int mapsOther;
    int discoverFeeds;
    final Set<String> discoverTopics = new HashSet<>();
    int discoverTopicMentions;
    int adClicks;
    int activityPlaceInferences;
    int youTubeWatches;
    int youTubeAdWatches;
    int youTubeSearches;
    int youTubeSubscriptions;
    int chromeVisits;
    int appInstalls;
    int appPurchases;
    int libraryApps;
    int profileFacts;
    int contacts;
    int semanticMonths;
    int placeVisits;
    int activitySegments;
    int homeLabelledMonths;
    int workLabelledMonths;
    int prenatalClinicVisits;
    int gynaecologistVisits;
    int lisbonVisits;
    int rawLocations;

    GoogleFacts toFacts() {
        return new GoogleFacts(searches, searchResultVisits, mapsSearches, mapsOther, discoverFeeds,
                discoverTopics.size(), discoverTopicMentions, adClicks, activityPlaceInferences, youTubeWatches,
                youTubeAdWatches, youTubeSearches, youTubeSubscriptions, chromeVisits, appInstalls, appPurchases,
                libraryApps, profileFacts, contacts, semanticMonths, placeVisits, activitySegments, homeLabelledMonths,
                workLabelledMonths, prenatalClinicVisits, gynaecologistVisits, lisbonVisits, rawLocations);
    }
}
