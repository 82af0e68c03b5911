package app.footprint.demo;

/** Counts what the Netflix writer puts into the archive, row by row, as it writes it. */
final class NetflixTally {
    int profiles;
    int accountFields;
    int viewingRows;
    int watched;
    int previews;
    int janaWatched;
    int tomWatched;
    int lateNightWatched;
    int bingedEpisodes;
    int pregnancyWatched;
    int indicatedPreferences;
    int ratings;
    int searches;
    int pregnancySearches;
    int myList;
    int devices;
    int loginAddresses;
    int streamingAddresses;
    int payments;
    int placeholders;

    NetflixFacts toFacts() {
        return new NetflixFacts(profiles, accountFields, viewingRows, watched, previews, janaWatched, tomWatched,
                lateNightWatched, bingedEpisodes, pregnancyWatched, indicatedPreferences, ratings, searches,
                pregnancySearches, myList, devices, loginAddresses, streamingAddresses, payments, placeholders);
    }
}
