package app.footprint.demo;

/**
 * What the demo persona's Instagram export holds, counted while its two parts were written. Tests read it
 * with {@code DemoPersona.standard().facts().of(InstagramFacts.class)}.
 *
 * @param topics                     entries in "your topics" ({@code topics_your_topics})
 * @param audienceCategories         values in "other categories used to reach you"
 * @param advertisers                advertisers that hold her in a custom audience
 * @param advertisersWithDataFile    ... of which uploaded a customer list holding her
 * @param advertisersWithRemarketing ... of which retarget her after a visit
 * @param advertisersWithStoreVisit  ... of which matched a visit to their store
 * @param locationsOfInterest        places in "locations of interest" (the usage explanation not counted)
 * @param inferredLocations          all places Instagram states: locations of interest, the city her profile
 *                                   is based in, her last known location
 * @param offMetaCompanies           companies that reported her activity off Meta
 * @param offMetaEvents              events they reported
 * @param adsViewed                  records in {@code ads_viewed.json}
 * @param adsViewedFromBabyShops     ... of which ads of shops for babies and parents-to-be
 * @param adsClicked                 records in {@code ads_clicked.json}
 * @param videosWatched              records in {@code videos_watched.json}
 * @param profileFacts               labelled values in {@code personal_information.json}
 * @param followers                  accounts following her
 * @param following                  accounts she follows
 * @param likes                      posts she liked
 * @param comments                   comments she wrote
 * @param searches                   profile and keyword searches together
 * @param messageThreads             direct-message conversations
 * @param messages                   messages in them
 * @param firstPartFiles             files in part 1 (activity and connections)
 * @param secondPartFiles            files in part 2 (everything else)
 */
public record InstagramFacts(int topics, int audienceCategories, int advertisers, int advertisersWithDataFile,
                             int advertisersWithRemarketing, int advertisersWithStoreVisit, int locationsOfInterest,
                             int inferredLocations, int offMetaCompanies, int offMetaEvents, int adsViewed,
                             int adsViewedFromBabyShops, int adsClicked, int videosWatched, int profileFacts,
                             int followers, int following, int likes, int comments, int searches, int messageThreads,
                             int messages, int firstPartFiles, int secondPartFiles) {
}
