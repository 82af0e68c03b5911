package app.footprint.demo;

/** Counts what the Amazon writers put into the three zips, row by row, as they write them. */
final class AmazonTally {
    int orderLines;
    int ukOrderLines;
    int pregnancyOrderLines;
    int workDeliveries;
    int cartItems;
    int searches;
    int pregnancySearches;
    int wishlistItems;
    int amazonAudiences;
    int thirdPartyAudiences;
    int advertiserAudiences;
    int advertiserClicks;
    int optOutSettings;
    int digitalItems;
    int primeVideoRows;
    int primeVideoPreviews;
    int audibleListening;
    int audibleLibrary;

    AmazonFacts toFacts() {
        return new AmazonFacts(orderLines, ukOrderLines, pregnancyOrderLines, workDeliveries, cartItems, searches,
                pregnancySearches, wishlistItems, amazonAudiences, thirdPartyAudiences, advertiserAudiences,
                advertiserClicks, optOutSettings, digitalItems, primeVideoRows, primeVideoPreviews, audibleListening,
                audibleLibrary);
    }
}
