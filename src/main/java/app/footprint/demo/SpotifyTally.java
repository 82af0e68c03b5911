package app.footprint.demo;

/** Counts what the Spotify writers put into both archives, record by record, as they write it. */
final class SpotifyTally {
    int inferences;
    int firstPartyInferences;
    int thirdPartyInferences;
    int unprefixedInferences;
    int marqueeEntries;
    int musicPlays;
    int podcastPlays;
    int searches;
    int libraryItems;
    int playlists;
    int playlistItems;
    int extendedPlays;
    int extendedEpisodePlays;

    DemoFacts.Spotify toFacts() {
        return new DemoFacts.Spotify(inferences, firstPartyInferences, thirdPartyInferences, unprefixedInferences,
                marqueeEntries, musicPlays, podcastPlays, searches, libraryItems, playlists, playlistItems,
                extendedPlays, extendedEpisodePlays);
    }
}
