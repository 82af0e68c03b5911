package app.footprint.demo;

/**
 * What the demo persona's Netflix export holds, counted while it was written; tests compare an import
 * against it ({@code DemoPersona.standard().facts().of(NetflixFacts.class)}).
 *
 * @param profiles                rows in {@code PROFILES/Profiles.csv}
 * @param accountFields           filled cells in {@code ACCOUNT/AccountDetails.csv}
 * @param viewingRows             rows in {@code ViewingActivity.csv}
 * @param watched                 ... of which real viewing (no "Supplemental Video Type")
 * @param previews                ... of which previews Netflix played (HOOK, TRAILER, TEASER_TRAILER)
 * @param janaWatched             real viewing on Jana's profile
 * @param tomWatched              real viewing on Tom's profile
 * @param lateNightWatched        real viewing started between 23:00 and 05:00 in Leipzig
 * @param bingedEpisodes          episodes Netflix started by itself after the one before ("Autoplayed")
 * @param pregnancyWatched        real viewing of the pregnancy documentary, birth films and parents' comedy
 * @param indicatedPreferences    rows in {@code IndicatedPreferences.csv}
 * @param ratings                 rows in {@code Ratings.csv}
 * @param searches                rows in {@code SearchHistory.csv}
 * @param pregnancySearches       ... of which about pregnancy and babies
 * @param myList                  rows in {@code MyList.csv}
 * @param devices                 rows in {@code DEVICES/Devices.csv}
 * @param loginAddresses          rows in {@code IpAddressesLogin.csv} and {@code IpAddressesAccountCreation.csv}
 * @param streamingAddresses      rows in {@code IpAddressesStreaming.csv}
 * @param payments                rows in {@code BillingHistory.csv}
 * @param placeholders            {@code .txt} files standing in for empty tables
 */
public record NetflixFacts(int profiles, int accountFields, int viewingRows, int watched, int previews,
                           int janaWatched, int tomWatched, int lateNightWatched, int bingedEpisodes,
                           int pregnancyWatched, int indicatedPreferences, int ratings, int searches,
                           int pregnancySearches, int myList, int devices, int loginAddresses,
                           int streamingAddresses, int payments, int placeholders) {
}
