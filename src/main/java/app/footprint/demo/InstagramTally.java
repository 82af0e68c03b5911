package app.footprint.demo;

/** Counts what the Instagram writers put into the two parts, record by record, as they write them. */
final class InstagramTally {
    int topics;
    int audienceCategories;
    int advertisers;
    int advertisersWithDataFile;
    int advertisersWithRemarketing;
    int advertisersWithStoreVisit;
    int locationsOfInterest;
    int inferredLocations;
    int offMetaCompanies;
    int offMetaEvents;
    int adsViewed;
    int adsViewedFromBabyShops;
    int adsClicked;
    int videosWatched;
    int profileFacts;
    int followers;
    int following;
    int likes;
    int comments;
    int searches;
    int messageThreads;
    int messages;
    int firstPartFiles;
    int secondPartFiles;

    InstagramFacts toFacts() {
        return new InstagramFacts(topics, audienceCategories, advertisers, advertisersWithDataFile,
                advertisersWithRemarketing, advertisersWithStoreVisit, locationsOfInterest, inferredLocations,
                offMetaCompanies, offMetaEvents, adsViewed, adsViewedFromBabyShops, adsClicked, videosWatched,
                profileFacts, followers, following, likes, comments, searches, messageThreads, messages,
                firstPartFiles, secondPartFiles);
    }
}
