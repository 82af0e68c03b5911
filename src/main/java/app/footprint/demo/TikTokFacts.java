package app.footprint.demo;

/**
 * What Jana's TikTok export holds, counted while it was written.
 *
 * @param videosWatched     entries in "Watch History"
 * @param expectingWatched  ... of which pregnancy or baby videos watched once she knew she was expecting
 * @param searches          entries in "Searches"
 * @param expectingSearches ... of which about pregnancy and babies
 * @param likes             entries in "Like List"
 * @param favoriteVideos    entries in "Favorite Videos"
 * @param favoriteSounds    entries in "Favorite Sounds"
 * @param following         accounts she follows
 * @param followers         accounts following her
 * @param blocked           accounts she blocked
 * @param logins            entries in "Login History"
 * @param shares            entries in "Share History"
 * @param hashtagsUsed      entries in "Hashtag" (hashtags of her own posts)
 * @param activityCounters  counters in "Activity Summary"
 * @param devices           entries in "Status List"
 * @param comments          her comments
 * @param conversations     direct-message conversations
 * @param messages          messages in them
 * @param posts             videos she posted
 * @param profileFacts      facts with a value in the profile map, the inferred gender not counted
 * @param autofillFacts     details with a value saved for forms ("Autofill")
 * @param settings          settings with a value, the chosen interests and the ad setting not counted
 * @param adSettings        the "Personalized Ads" setting
 * @param adInterests       ad interest categories in "AdInterestCategories"
 * @param chosenInterests   interests in the settings' "Interests"
 * @param offTikTokEvents   events in "Off TikTok Activity"
 * @param offTikTokSources  apps and shops that reported them
 * @param orders            TikTok Shop orders
 * @param productViews      TikTok Shop products viewed
 * @param locationRecords   positions in "Most Recent Location Data"
 * @param inferredRegions   regions in "Most Recent Location Data"
 * @param inferredGenders   the profile's inferred gender
 */
public record TikTokFacts(int videosWatched, int expectingWatched, int searches, int expectingSearches, int likes,
                          int favoriteVideos, int favoriteSounds, int following, int followers, int blocked,
                          int logins, int shares, int hashtagsUsed, int activityCounters, int devices, int comments,
                          int conversations, int messages, int posts, int profileFacts, int autofillFacts,
                          int settings, int adSettings, int adInterests, int chosenInterests, int offTikTokEvents,
                          int offTikTokSources, int orders, int productViews, int locationRecords,
                          int inferredRegions, int inferredGenders) {
}
