package app.footprint.importers.amazon;

import app.footprint.importers.FileParser;
import app.footprint.importers.common.CsvItems;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The Amazon files Footprint reads, known by dataset folder and file name. Amazon numbers datasets per
 * marketplace or account ({@code Retail.OrderHistory.1/}, {@code Retail.OrderHistory.2/}), splits an
 * export into several zips by subject, and may put a wrapper folder around them: a file is matched by its
 * dataset name whatever its number, zip or wrapper. The newer layout's "Your …" folders are matched too.
 */
enum AmazonFile {
    AMAZON_AUDIENCES(dataset("Advertising") + "Advertising\\.AmazonAudiences\\.csv",
            () -> new AdvertisingListParser(AdvertisingListParser.Values.AMAZON_AUDIENCES)),
    THIRD_PARTY_AUDIENCES(dataset("Advertising") + "Advertising\\.3PAudiences\\.csv",
            () -> new AdvertisingListParser(AdvertisingListParser.Values.THIRD_PARTY_AUDIENCES)),
    ADVERTISER_AUDIENCES(dataset("Advertising") + "Advertising\\.AdvertiserAudiences\\.csv",
            () -> new AdvertisingListParser(AdvertisingListParser.Values.ADVERTISER_AUDIENCES)),
    ADVERTISER_CLICKS(dataset("Advertising") + "Advertising\\.AdvertiserClicks\\.csv",
            () -> new AdvertisingListParser(AdvertisingListParser.Values.ADVERTISER_CLICKS)),
    AD_OPT_OUT(dataset("Advertising") + "Advertising\\.OptOut\\.csv",
            () -> new AdvertisingListParser(AdvertisingListParser.Values.OPT_OUT)),
    ORDER_HISTORY("(?:" + dataset("Retail\\.OrderHistory") + "Retail\\.OrderHistory(?:\\.\\d+)*\\.csv"
            + "|Your Amazon Orders/Order History\\.csv)", OrderHistoryParser::new),
    CART_ITEMS(dataset("Retail\\.CartItems") + "Retail\\.CartItems(?:\\.\\d+)*\\.csv", () -> CsvItems.of(Category.LIBRARY)
            .titled(row -> {
                String asin = row.first("ASIN", "Asin");
                return asin == null ? null : "In the cart: " + asin;
            })
            .time(AmazonDates::parse, "DateAddedToCart", "Date Added To Cart").noTimeWhen(AmazonDates::isPlaceholder)),
    SEARCH_DATA("(?:Retail\\.)?Search-Data(?:\\.\\d+)*/Search-Data\\.(?:Retail\\.)?Customer-Engagement(?:\\.\\d+)*\\.csv",
            SearchDataParser::new),
    PRIME_VIDEO_SEARCHES("Your Prime Video Viewing Activity/Search History\\.csv", SearchDataParser::new),
    PRIME_VIDEO_VIEWING("(?:" + dataset("Digital\\.PrimeVideo\\.Viewinghistory") + "Digital\\.PrimeVideo\\.Viewinghistory(?:\\.\\d+)*\\.csv"
            + "|Your Prime Video Viewing Activity/Viewing History\\.csv)", PrimeVideoViewingParser::new),
    PRIME_VIDEO_WATCHLIST(dataset("Digital\\.PrimeVideo\\.Watchlist") + "Digital\\.PrimeVideo\\.Watchlist\\.csv",
            () -> CsvItems.of(Category.LIBRARY).title("catalogTitle", "Title")
                    .time(AmazonDates::parse, "itemAddedDate").noTimeWhen(AmazonDates::isPlaceholder)),
    AUDIBLE_LISTENING(dataset("Audible\\.Listening") + "Audible\\.Listening\\.csv", () -> CsvItems.of(Category.LISTENING)
            .title("Title", "Asin").time(AmazonDates::parse, "StartDate", "Start Date").noTimeWhen(AmazonDates::isPlaceholder)),
    AUDIBLE_LIBRARY(dataset("Audible\\.Library") + "Audible\\.Library\\.csv", () -> CsvItems.of(Category.LIBRARY)
            .title("Title", "Asin").time(AmazonDates::parse, "DateAdded", "Date Added").noTimeWhen(AmazonDates::isPlaceholder)),
    WISHLIST(dataset("Amazon\\.Lists\\.Wishlist") + "Amazon\\.Lists\\.Wishlist(?:\\.\\d+)*\\.json", WishlistParser::new),
    DIGITAL_ITEMS(dataset("Digital-Ordering") + "Digital Items\\.csv", () -> CsvItems.of(Category.PURCHASES)
            .title("Title", "Product Name", "ASIN")
            .time(AmazonDates::parse, "OrderDate", "Order Date", "FulfilledDate").noTimeWhen(AmazonDates::isPlaceholder)),
    CUSTOMER_ATTRIBUTES(dataset("Digital\\.CustomerAttributes") + "Digital\\.CustomerAttributes(?:\\.\\d+)*\\.csv",
            () -> new InferenceTableParser(InferenceKind.OTHER)),
    SHOPPER_PANEL_PROFILE("[^/]+/Retail\\.ShopperPanel\\.Profile(?:\\.\\d+)*\\.csv",
            () -> new InferenceTableParser(InferenceKind.DEMOGRAPHIC)),
    TITLE_RECOMMENDATIONS("[^/]+/Digital\\.PrimeVideo\\.CustomerTitleRelevanceRecommendations(?:\\.\\d+)*\\.csv",
            () -> new InferenceTableParser(InferenceKind.TASTE)),
    /** Alexa's record of what was said to it; no sample is at hand, so columns are matched by several names. */
    ALEXA_VOICE_HISTORY("[^/]*Alexa[^/]*/(?:[^/]+/)*[^/]*(?:Voice|Utterance|Transcript)[^/]*\\.csv",
            () -> CsvItems.of(Category.VOICE)
                    .title("Transcript", "Customer Utterance", "Utterance", "Transcript Text", "Text", "Request")
                    .time(AmazonDates::parse, "Timestamp", "Creation Time", "Utterance Time", "Event Time", "Date", "Time")
                    .noTimeWhen(AmazonDates::isPlaceholder)),
    ALEXA_RECORDING("[^/]*Alexa[^/]*/(?:[^/]+/)*[^/]+\\.(?:wav|mp3|opus|ogg|m4a|flac)", VoiceRecordingParser::new);

    private final Pattern path;
    private final Supplier<FileParser> parser;

    AmazonFile(String pathEnd, Supplier<FileParser> parser) {
        this.path = Pattern.compile("(?:^|/)" + pathEnd + "$", Pattern.CASE_INSENSITIVE);
        this.parser = parser;
    }

    /** A dataset folder with or without its numbers: "Advertising/", "Advertising.2/", "Amazon.Lists.Wishlist.2.1/". */
    private static String dataset(String name) {
        return name + "(?:\\.\\d+)*/";
    }

    static Optional<AmazonFile> of(String path) {
        for (AmazonFile file : values()) {
            if (file.path.matcher(path).find()) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    FileParser parser() {
        return parser.get();
    }
}
