package app.footprint.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the demo persona's archives hold, counted while they were written: tests and the command line
 * compare an import against these numbers. Each service's writer contributes one record of counts.
 */
public final class DemoFacts {
    private final Map<Class<? extends Record>, Record> byService;

    private DemoFacts(Map<Class<? extends Record>, Record> byService) {
        this.byService = Map.copyOf(byService);
    }

    /** The counts of one service's archives, by the type of its record (e.g. {@code DemoFacts.Facebook.class}). */
    public <T extends Record> T of(Class<T> type) {
        Record facts = byService.get(type);
        if (facts == null) {
            throw new IllegalArgumentException("the demo persona wrote no " + type.getSimpleName());
        }
        return type.cast(facts);
    }

    public Facebook facebook() {
        return of(Facebook.class);
    }

    public Spotify spotify() {
        return of(Spotify.class);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DemoFacts facts && facts.byService.equals(byService);
    }

    @Override
    public int hashCode() {
        return byService.hashCode();
    }

    @Override
    public String toString() {
        return "DemoFacts" + byService.values();
    }

    /** Collects the counts while the archives are written. */
    static final class Builder {
        private final Map<Class<? extends Record>, Record> byService = new LinkedHashMap<>();

        <T extends Record> T add(T facts) {
            byService.put(facts.getClass(), facts);
            return facts;
        }

        DemoFacts build() {
            return new DemoFacts(byService);
        }
    }

    /**
     * The Facebook export.
     *
     * @param adInterestEntries          entries in {@code topics_v2}, duplicates included
     * @param distinctAdInterests        different ad interests among them
     * @param audienceCategories         behaviour and demographic categories ({@code bcts})
     * @param advertisers                advertisers that have her in a custom audience
     * @param advertisersWithDataFile    ... of which uploaded a customer list holding her
     * @param advertisersWithRemarketing ... of which retarget her after a visit
     * @param advertisersWithStoreVisit  ... of which matched a visit to their store
     * @param adSettings                 entries of {@code label_values} in the ad preferences
     * @param addedInterests             interests she added herself
     * @param removedInterests           interests she removed
     * @param adInteractions             ads she clicked
     * @param topics                     inferred topics ({@code inferred_topics_v2})
     * @param offMetaCompanies           companies that reported her activity off Meta
     * @param offMetaEvents              events they reported
     * @param profileFacts               facts in the profile: name, birthday, gender, current city, hometown
     *                                   and relationship when given, plus one per e-mail address, previous
     *                                   e-mail address, phone number, family member, school, job, website
     *                                   and previous name
     * @param friends                    friends
     * @param sentFriendRequests         friend requests she sent that are still open
     * @param receivedFriendRequests     friend requests she has not answered
     * @param rejectedFriendRequests     friend requests she declined
     * @param posts                      posts, check-ins, photos and shared links on her timeline
     * @param photos                     photo files in the archive
     * @param searches                   searches on Facebook
     * @param ipAddressRecords           records in {@code ip_address_activity.json}
     * @param loginsAndLogouts           records in {@code logins_and_logouts.json}
     * @param activeSessions             records in {@code where_you're_logged_in.json}
     * @param recognizedDevices          records in {@code recognized_devices.json}
     * @param messageThreads             Messenger conversations
     * @param messages                   messages in them
     */
    public record Facebook(int adInterestEntries, int distinctAdInterests, int audienceCategories,
                           int advertisers, int advertisersWithDataFile, int advertisersWithRemarketing,
                           int advertisersWithStoreVisit, int adSettings, int addedInterests,
                           int removedInterests, int adInteractions, int topics, int offMetaCompanies,
                           int offMetaEvents, int profileFacts, int friends, int sentFriendRequests,
                           int receivedFriendRequests, int rejectedFriendRequests, int posts, int photos,
                           int searches, int ipAddressRecords, int loginsAndLogouts, int activeSessions,
                           int recognizedDevices, int messageThreads, int messages) {

        public int friendRequests() {
            return sentFriendRequests + receivedFriendRequests + rejectedFriendRequests;
        }

        /** Records in the four login and device files together. */
        public int loginRecords() {
            return ipAddressRecords + loginsAndLogouts + activeSessions + recognizedDevices;
        }
    }

    /**
     * The two Spotify archives: account data and extended streaming history.
     *
     * @param inferences            strings in {@code Inferences.json}
     * @param firstPartyInferences  ... starting with {@code 1P_}: Spotify's own segments
     * @param thirdPartyInferences  ... starting with {@code 3P_}: segments bought from data brokers
     * @param unprefixedInferences  ... with neither prefix
     * @param marqueeEntries        artists with a listener segment in {@code Marquee.json}
     * @param musicPlays            plays in {@code StreamingHistory_music_*.json}
     * @param podcastPlays          plays in {@code StreamingHistory_podcast_*.json}
     * @param searches              searches in {@code SearchQueries.json}
     * @param libraryItems          saved tracks, albums, shows, episodes and artists in {@code YourLibrary.json}
     * @param playlists             playlists in {@code Playlist1.json}
     * @param playlistItems         tracks in those playlists
     * @param extendedPlays         records in the extended streaming history, music and podcasts
     * @param extendedEpisodePlays  ... of which podcast episodes
     */
    public record Spotify(int inferences, int firstPartyInferences, int thirdPartyInferences,
                          int unprefixedInferences, int marqueeEntries, int musicPlays, int podcastPlays,
                          int searches, int libraryItems, int playlists, int playlistItems, int extendedPlays,
                          int extendedEpisodePlays) {
    }
}
