package app.footprint.demo;

/**
 * What Jana's Snapchat export holds, counted while it was written.
 *
 * @param profileFacts        facts with a value in "App Profile", "Basic Information" and "Statistics"
 * @param demographics        entries of "Demographics": age cohort and derived gender
 * @param interestCategories  "Interest Categories"
 * @param contentCategories   "Content Categories"
 * @param engagementEvents    entries of "Engagement"
 * @param timeSpentParts      entries of "Breakdown of Time Spent on App"
 * @param adsInteracted       "Ads You Interacted With"
 * @param discoverChannels    "Discover Channels Viewed"
 * @param webInteractions     websites in "Interactions"
 * @param devices             the current device, the device history and the mobile advertising id
 * @param logins              entries of "Login History"
 * @param frequentLocations   "Frequent Locations"
 * @param homeAndWork         entries of "Home, School & Work"
 * @param positions           positions in "Location History"
 * @param positionsAtWork     ... of which at the hospital
 * @param latestLocations     "Latest Location"
 * @param areasVisited        "Areas you may have visited in the last two years"
 * @param friends             people in "Friends"
 * @param friendRequests      people in "Friend Requests Sent"
 * @param deletedFriends      people in "Deleted Friends"
 * @param conversations       conversations in the chat history
 * @param chatMessages        saved chat messages in them
 * @param snaps               snaps in the snap history
 * @param searches            entries of the search history
 * @param memories            "Saved Media" in Memories
 * @param stories             her stories in "Your Story Views"
 */
public record SnapchatFacts(int profileFacts, int demographics, int interestCategories, int contentCategories,
                            int engagementEvents, int timeSpentParts, int adsInteracted, int discoverChannels,
                            int webInteractions, int devices, int logins, int frequentLocations, int homeAndWork,
                            int positions, int positionsAtWork, int latestLocations, int areasVisited, int friends,
                            int friendRequests, int deletedFriends, int conversations, int chatMessages, int snaps,
                            int searches, int memories, int stories) {
}
