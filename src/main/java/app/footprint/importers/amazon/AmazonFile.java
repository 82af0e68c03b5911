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
    AMAZON_AUDIENCES(inDataset("Advertising", "Advertising\\.AmazonAudiences\\.csv"),
            () -> new AdvertisingListParser(AdvertisingListParser.Values.AMAZON_AUDIENCES)),
    THIRD_PARTY_AUDIENCES(inDataset("Advertising", "Advertising\\.3PAudiences\\.csv"),
            () -> new AdvertisingListParser(AdvertisingListParser.Values.THIRD_PARTY_AUDIENCES)),
    ADVERTISER_AUDIENCES(inDataset("Advertising", "Advertising\\.AdvertiserAudiences\\.csv"),
            () -> new AdvertisingListParser(AdvertisingListParser.Values.ADVERTISER_AUDIENCES)),
    ADVERTISER_CLICKS(inDataset("Advertising", "Advertising\\.AdvertiserClicks\\.csv"),
            () -> new AdvertisingListParser(AdvertisingListParser.Values.ADVERTISER_CLICKS)),
    AD_OPT_OUT(inDataset("Advertising", "Advertising\\.OptOut\\.csv"),
            () -> new AdvertisingListParser(AdvertisingListParser.Values.OPT_OUT)),
    ORDER_HISTORY(either(named("Retail\\.OrderHistory"), "Your Amazon Orders/Order History\\.csv"),
            OrderHistoryParser::new),
    CART_ITEMS(named("Retail\\.CartItems"), () -> CsvItems.of(Category.LIBRARY)
            .titled(row -> {
                String asin = row.first("ASIN", "Asin");
                return asin == null ? null : "In the cart: " + asin;
            })
            .time(AmazonDates::parse, "DateAddedToCart", "Date Added To Cart")
            .noTimeWhen(AmazonDates::isPlaceholder)),
    SEARCH_DATA("(?:Retail\\.)?"
            + inDataset("Search-Data", "Search-Data\\.(?:Retail\\.)?Customer-Engagement(?:\\.\\d+)*\\.csv"),
            SearchDataParser::new),
    PRIME_VIDEO_SEARCHES("Your Prime Video Viewing Activity/Search History\\.csv", SearchDataParser::new),
    PRIME_VIDEO_VIEWING(either(named("Digital\\.PrimeVideo\\.Viewinghistory"),
            "Your Prime Video Viewing Activity/Viewing History\\.csv"), PrimeVideoViewingParser::new),
    PRIME_VIDEO_WATCHLIST(named("Digital\\.PrimeVideo\\.Watchlist"), () -> CsvItems.of(Category.LIBRARY)
            .title("catalogTitle", "Title")
            .time(AmazonDates::parse, "itemAddedDate")
            .noTimeWhen(AmazonDates::isPlaceholder)),
    AUDIBLE_LISTENING(named("Audible\\.Listening"), () -> CsvItems.of(Category.LISTENING)
            .title("Title", "Asin")
            .time(AmazonDates::parse, "StartDate", "Start Date")
            .noTimeWhen(AmazonDates::isPlaceholder)),
    AUDIBLE_LIBRARY(named("Audible\\.Library"), () -> CsvItems.of(Category.LIBRARY)
            .title("Title", "Asin")
            .time(AmazonDates::parse, "DateAdded", "Date Added")
            .noTimeWhen(AmazonDates::isPlaceholder)),
    WISHLIST(inDataset("Amazon\\.Lists\\.Wishlist", "Amazon\\.Lists\\.Wishlist(?:\\.\\d+)*\\.json"),
            WishlistParser::new),
    DIGITAL_ITEMS(inDataset("Digital-Ordering", "Digital Items\\.csv"), () -> CsvItems.of(Category.PURCHASES)
            .title("Title", "Product Name", "ASIN")
            .time(AmazonDates::parse, "OrderDate", "Order Date", "FulfilledDate")
            .noTimeWhen(AmazonDates::isPlaceholder)),
    CUSTOMER_ATTRIBUTES(named("Digital\\.CustomerAttributes"), () -> new InferenceTableParser(InferenceKind.OTHER)),
    SHOPPER_PANEL_PROFILE("[^/]+/Retail\\.ShopperPanel\\.Profile(?:\\.\\d+)*\\.csv",
            () -> new InferenceTableParser(InferenceKind.DEMOGRAPHIC)),
    TITLE_RECOMMENDATIONS("[^/]+/Digital\\.PrimeVideo\\.CustomerTitleRelevanceRecommendations(?:\\.\\d+)*\\.csv",
            () -> new InferenceTableParser(InferenceKind.TASTE)),
    /** Alexa's record of what was said to it; no sample is at hand, so columns are matched by several names. */
    ALEXA_VOICE_HISTORY("[^/]*Alexa[^/]*/(?:[^/]+/)*[^/]*(?:Voice|Utterance|Transcript)[^/]*\\.csv",
            () -> CsvItems.of(Category.VOICE)
                    .title("Transcript", "Customer Utterance", "Utterance", "Transcript Text", "Text", "Request")
                    .time(AmazonDates::parse, "Timestamp", "Creation Time", "Utterance Time", "Event Time", "Date",
                            "Time")
                    .noTimeWhen(AmazonDates::isPlaceholder)),
    ALEXA_RECORDING("[^/]*Alexa[^/]*/(?:[^/]+/)*[^/]+\\.(?:wav|mp3|opus|ogg|m4a|flac)", VoiceRecordingParser::new);

    private final Pattern path;
    private final Supplier<FileParser> parser;

    AmazonFile(String pathEnd, Supplier<FileParser> parser) {
        this.path = Pattern.compile("(?:^|/)" + pathEnd + "$", Pattern.CASE_INSENSITIVE);
        this.parser = parser;
    }

    /** A file in a dataset folder with or without numbers: "Advertising/", "Amazon.Lists.Wishlist.2.1/". */
    private static String inDataset(String dataset, String file) {
        return dataset + "(?:\\.\\d+)*/" + file;
    }

    /** A dataset's file named after it, numbers and all: "Retail.OrderHistory.2/Retail.OrderHistory.2.csv". */
    private static String named(String dataset) {
        return inDataset(dataset, dataset + "(?:\\.\\d+)*\\.csv");
    }

    private static String either(String one, String other) {
        return "(?:" + one + "|" + other + ")";
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
