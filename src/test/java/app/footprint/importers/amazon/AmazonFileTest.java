package app.footprint.importers.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AmazonFileTest {
    @Test
    void filesAreMatchedByDatasetWhateverTheirNumberZipOrWrapper() {
        Map<String, AmazonFile> expected = Map.ofEntries(
                Map.entry("Advertising.1/Advertising.AmazonAudiences.csv", AmazonFile.AMAZON_AUDIENCES),
                Map.entry("Advertising.12/Advertising.3PAudiences.csv", AmazonFile.THIRD_PARTY_AUDIENCES),
                Map.entry("Advertising.2/Advertising.AdvertiserAudiences.csv", AmazonFile.ADVERTISER_AUDIENCES),
                Map.entry("Advertising.1/Advertising.AdvertiserClicks.csv", AmazonFile.ADVERTISER_CLICKS),
                Map.entry("Advertising.3/Advertising.OptOut.csv", AmazonFile.AD_OPT_OUT),
                Map.entry("Retail.OrderHistory.2/Retail.OrderHistory.2.csv", AmazonFile.ORDER_HISTORY),
                Map.entry("Your Orders/Retail.OrderHistory.1/Retail.OrderHistory.1.csv", AmazonFile.ORDER_HISTORY),
                Map.entry("Your Amazon Orders/Order History.csv", AmazonFile.ORDER_HISTORY),
                Map.entry("Retail.CartItems.2/Retail.CartItems.2.csv", AmazonFile.CART_ITEMS),
                Map.entry("Search-Data/Search-Data.Customer-Engagement.csv", AmazonFile.SEARCH_DATA),
                Map.entry("Retail.Search-Data/Search-Data.Retail.Customer-Engagement.csv", AmazonFile.SEARCH_DATA),
                Map.entry("Your Prime Video Viewing Activity/Search History.csv", AmazonFile.PRIME_VIDEO_SEARCHES),
                Map.entry("Digital.PrimeVideo.Viewinghistory/Digital.PrimeVideo.Viewinghistory.csv", AmazonFile.PRIME_VIDEO_VIEWING),
                Map.entry("Your Prime Video Viewing Activity/Viewing History.csv", AmazonFile.PRIME_VIDEO_VIEWING),
                Map.entry("Digital.PrimeVideo.Watchlist/Digital.PrimeVideo.Watchlist.csv", AmazonFile.PRIME_VIDEO_WATCHLIST),
                Map.entry("Audible.Listening/Audible.Listening.csv", AmazonFile.AUDIBLE_LISTENING),
                Map.entry("Audible.Library/Audible.Library.csv", AmazonFile.AUDIBLE_LIBRARY),
                Map.entry("Amazon.Lists.Wishlist.2.1/Amazon.Lists.Wishlist.json", AmazonFile.WISHLIST),
                Map.entry("Digital-Ordering.1/Digital Items.csv", AmazonFile.DIGITAL_ITEMS),
                Map.entry("Digital.CustomerAttributes.1/Digital.CustomerAttributes.1.csv", AmazonFile.CUSTOMER_ATTRIBUTES),
                Map.entry("Retail.ShopperPanel.Profile/Retail.ShopperPanel.Profile.csv", AmazonFile.SHOPPER_PANEL_PROFILE),
                Map.entry("Digital.PrimeVideo.CustomerTitleRelevanceRecommendations/"
                        + "Digital.PrimeVideo.CustomerTitleRelevanceRecommendations.csv", AmazonFile.TITLE_RECOMMENDATIONS));
        expected.forEach((path, file) -> assertThat(AmazonFile.of(path)).as(path).contains(file));
    }

    @Test
    void filesFootprintDoesNotReadAreLeftToTheRunner() {
        for (String path : List.of("Retail.OrderHistory.1/Retail.OrderHistory.1.Description.pdf",
                "Digital-Ordering.1/Digital Orders.csv", "Retail.OrdersReturned.1/Retail.OrdersReturned.1.csv",
                "Digital.PrimeVideo.ViewCounts.2/Digital.PrimeVideo.ViewCounts.2.csv", "README.txt",
                "Advertising.1/README.txt", "Retail.OrderHistory.1.csv")) {
            assertThat(new AmazonImporter().parserFor(path)).as(path).isEmpty();
        }
    }
}
