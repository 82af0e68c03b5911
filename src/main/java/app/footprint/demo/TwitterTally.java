package app.footprint.demo;

import java.util.LinkedHashSet;
import java.util.Set;

/** Counts what the X writers put into the archive, record by record, as they write it. */
final class TwitterTally {
    int profileFacts;
    int posts;
    int postFiles;
    int deletedPosts;
    int likes;
    int followers;
    int following;
    int blocked;
    int muted;
    int conversations;
    int directMessages;
    int groupMessages;
    int groupEvents;
    int logins;
    int devices;
    int connectedApps;
    int contacts;
    int savedSearches;
    int lists;
    int interestEntries;
    final Set<String> interests = new LinkedHashSet<>();
    int interestsSwitchedOff;
    int languages;
    int languagesSwitchedOff;
    int advertiserEntries;
    final Set<String> advertisers = new LinkedHashSet<>();
    int shows;
    int places;
    int audiences;
    int adImpressions;
    int adEngagements;
    final Set<String> targetingShown = new LinkedHashSet<>();
    final Set<String> targetingEngaged = new LinkedHashSet<>();
    int conversions;
    final Set<String> conversionCompanies = new LinkedHashSet<>();
    int conversionCompanyEntries;

    TwitterFacts toFacts() {
        Set<String> targeting = new LinkedHashSet<>(targetingShown);
        targeting.addAll(targetingEngaged);
        return new TwitterFacts(profileFacts, posts, postFiles, deletedPosts, likes, followers, following, blocked,
                muted, conversations, directMessages, groupMessages, groupEvents, logins, devices, connectedApps,
                contacts, savedSearches, lists, interestEntries, interests.size(), interestsSwitchedOff, languages,
                languagesSwitchedOff, advertiserEntries, advertisers.size(), shows, places, audiences, adImpressions,
                adEngagements, targetingShown.size(), targetingEngaged.size(), targeting.size(), conversions,
                conversionCompanies.size(), conversionCompanyEntries);
    }
}
