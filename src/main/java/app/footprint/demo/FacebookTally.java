package app.footprint.demo;

/** Counts what the Facebook writers put into the archive, record by record, as they write it. */
final class FacebookTally {
    int adInterestEntries;
    int distinctAdInterests;
    int audienceCategories;
    int advertisers;
    int advertisersWithDataFile;
    int advertisersWithRemarketing;
    int advertisersWithStoreVisit;
    int adSettings;
    int addedInterests;
    int removedInterests;
    int adInteractions;
    int topics;
    int offMetaCompanies;
    int offMetaEvents;
    int profileFacts;
    int friends;
    int sentFriendRequests;
    int receivedFriendRequests;
    int rejectedFriendRequests;
    int posts;
    int photos;
    int searches;
    int ipAddressRecords;
    int loginsAndLogouts;
    int activeSessions;
    int recognizedDevices;
    int messageThreads;
    int messages;

    DemoFacts.Facebook toFacts() {
        return new DemoFacts.Facebook(adInterestEntries, distinctAdInterests, audienceCategories, advertisers,
                advertisersWithDataFile, advertisersWithRemarketing, advertisersWithStoreVisit, adSettings,
                addedInterests, removedInterests, adInteractions, topics, offMetaCompanies, offMetaEvents,
                profileFacts, friends, sentFriendRequests, receivedFriendRequests, rejectedFriendRequests,
                posts, photos, searches, ipAddressRecords, loginsAndLogouts, activeSessions, recognizedDevices,
                messageThreads, messages);
    }
}
