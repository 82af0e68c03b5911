package app.footprint.demo;

/**
 * What the demo persona's Amazon export holds, across its three zips, counted while they were written;
 * tests compare an import against it ({@code DemoPersona.standard().facts().of(AmazonFacts.class)}).
 *
 * @param orderLines            rows in the order histories, both marketplaces
 * @param ukOrderLines          ... of which in {@code Retail.OrderHistory.2} (amazon.co.uk)
 * @param pregnancyOrderLines   ... of which the pregnancy and baby products bought from August 2023
 * @param workDeliveries        ... of which sent to the hospital she works at
 * @param cartItems             rows in {@code Retail.CartItems.1.csv}
 * @param searches              rows in the search data
 * @param pregnancySearches     ... of which about pregnancy and babies
 * @param wishlistItems         "[Item …]" records in the wish-list file
 * @param amazonAudiences       Amazon's own audiences, both marketplaces
 * @param thirdPartyAudiences   third-party audiences
 * @param advertiserAudiences   advertisers that brought audiences holding her
 * @param advertiserClicks      advertisers whose ads she clicked
 * @param optOutSettings        marketplaces in the opt-out file
 * @param digitalItems          Kindle books in {@code Digital Items.csv}
 * @param primeVideoRows        rows in the Prime Video viewing history
 * @param primeVideoPreviews    ... of which trailers
 * @param audibleListening      rows in {@code Audible.Listening.csv}
 * @param audibleLibrary        rows in {@code Audible.Library.csv}
 */
public record AmazonFacts(int orderLines, int ukOrderLines, int pregnancyOrderLines, int workDeliveries,
                          int cartItems, int searches, int pregnancySearches, int wishlistItems,
                          int amazonAudiences, int thirdPartyAudiences, int advertiserAudiences,
                          int advertiserClicks, int optOutSettings, int digitalItems, int primeVideoRows,
                          int primeVideoPreviews, int audibleListening, int audibleLibrary) {

    /** Prime Video rows that are viewing, not trailers. */
    public int primeVideoWatched() {
        return primeVideoRows - primeVideoPreviews;
    }
}
