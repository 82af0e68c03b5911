package app.footprint.demo;

/**
 * What Jana's X archive holds, counted while it was written; tests read it with
 * {@code DemoPersona.standard().facts().of(TwitterFacts.class)}.
 *
 * @param profileFacts          facts in account.js (user name, display name, e-mail, joining), profile.js (bio,
 *                              website, location, picture, header), phone-number.js, account-timezone.js,
 *                              verified.js and ageinfo.js (age, birth date), plus one per change of e-mail
 *                              address and user name
 * @param posts                 posts in tweets.js and its parts
 * @param postFiles             files the posts are split into (tweets.js, tweets-part1.js, ...)
 * @param deletedPosts          posts in deleted-tweets.js
 * @param likes                 records in like.js
 * @param followers             records in follower.js
 * @param following             records in following.js
 * @param blocked               records in block.js
 * @param muted                 records in mute.js
 * @param conversations         conversations in direct-messages.js
 * @param directMessages        messages in them
 * @param groupMessages         messages in direct-messages-group.js
 * @param groupEvents           other events there (people joining): no messages
 * @param logins                records in ip-audit.js
 * @param devices               devices in device-token.js, ni-devices.js and key-registry.js
 * @param connectedApps         records in connected-application.js
 * @param contacts              records in contact.js
 * @param savedSearches         records in saved-search.js
 * @param lists                 lists in lists-created.js, lists-member.js and lists-subscribed.js
 * @param interestEntries       interests switched on in personalization.js, repeats included
 * @param distinctInterests     different interests among them
 * @param interestsSwitchedOff  interests marked {@code isDisabled}
 * @param languages             languages switched on
 * @param languagesSwitchedOff  languages marked {@code isDisabled}
 * @param advertiserEntries     handles in the four advertiser lists (tailored, look-alike, excluding, catalogue)
 * @param distinctAdvertisers   different handles among them
 * @param shows                 shows
 * @param places                places in the location history
 * @param audiences             {@code numAudiences}
 * @param adImpressions         ads in ad-impressions.js
 * @param adEngagements         ads in ad-engagements.js
 * @param targetingShown        different targeting criteria among the ads shown
 * @param targetingEngaged      different targeting criteria among the ads engaged with
 * @param targetingCriteria     different targeting criteria in both files together
 * @param conversions           events in the four ad-*-conversions-*.js files
 * @param conversionCompanies   different advertisers and apps reporting them
 * @param conversionCompanyEntries advertisers and apps counted once per file
 */
public record TwitterFacts(int profileFacts, int posts, int postFiles, int deletedPosts, int likes, int followers,
                           int following, int blocked, int muted, int conversations, int directMessages,
                           int groupMessages, int groupEvents, int logins, int devices, int connectedApps,
                           int contacts, int savedSearches, int lists, int interestEntries, int distinctInterests,
                           int interestsSwitchedOff, int languages, int languagesSwitchedOff, int advertiserEntries,
                           int distinctAdvertisers, int shows, int places, int audiences, int adImpressions,
                           int adEngagements, int targetingShown, int targetingEngaged, int targetingCriteria,
                           int conversions, int conversionCompanies, int conversionCompanyEntries) {
}
