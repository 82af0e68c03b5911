package app.footprint.importers.amazon;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveTree;
import app.footprint.importers.Recognition;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells Amazon's exports from paths alone. Amazon sends several zips ("Your Orders.zip",
 * "Advertising.zip", "Digital Items.zip"...), each a handful of dataset folders named
 * {@code <Dataset>.<N>/} that hold files named after the dataset: {@code Retail.OrderHistory.1/
 * Retail.OrderHistory.1.csv}, {@code Advertising.1/Advertising.3PAudiences.csv}. Each zip alone is
 * recognised, with the same kind, so that the runner puts the zips given together into one export. The
 * newer layout names folders "Your Amazon Orders", "Your Prime Video Viewing Activity"... Files Footprint
 * knows that are not named after their folder (Kindle's "Digital Items.csv", Alexa's recordings) count too,
 * so that a zip of them alone is still recognised.
 */
final class AmazonRecognition {
    static final String KIND = "account data";
    static final String LAYOUT_DATASETS = "dataset folders (Retail.OrderHistory.1/…)";
    static final String LAYOUT_YOUR_FOLDERS = "\"Your …\" folders";

    /** Families of Amazon dataset names: the part before the first dot or dash. */
    private static final Set<String> FAMILIES = Set.of("retail", "advertising", "digital", "audible", "amazon",
            "amazongames", "primevideo", "kindle", "alexa", "accountsettings", "paymentoptions",
            "outboundnotifications", "customercommunicationexperience", "subscriptions", "search-data",
            "digital-ordering", "amazon-music", "physicalstores", "photoondelivery", "sustainability");
    private static final Pattern DATASET = Pattern.compile("([A-Za-z]+(?:-[A-Za-z]+)?)((?:[.-][A-Za-z0-9-]+)*)");
    /** Below this share of Amazon files among all files, the tree is mostly something else. */
    private static final double MIN_SHARE = 0.05;

    private AmazonRecognition() {
    }

    static Recognition of(ArchiveTree tree) {
        Set<String> datasets = new HashSet<>();
        Set<String> yourFolders = new HashSet<>();
        long amazonFiles = 0;
        for (ArchiveEntry entry : tree.entries()) {
            String[] segments = entry.path().split("/");
            if (segments.length < 2) {
                continue;
            }
            String folder = segments[segments.length - 2];
            String fileName = segments[segments.length - 1];
            var known = AmazonFile.of(entry.path());
            if (folder.startsWith("Your ") && known.isPresent()) {
                yourFolders.add(folder);
                amazonFiles++;
            } else if (isDatasetFile(folder, fileName)) {
                datasets.add(datasetName(folder));
                amazonFiles++;
            } else if (known.isPresent()) {
                // "Digital-Ordering.1/Digital Items.csv", Alexa's recordings: known files not named after their folder
                datasets.add(known.get().name());
                amazonFiles++;
            }
        }
        int found = datasets.size() + yourFolders.size();
        if (found == 0) {
            return Recognition.none();
        }
        double confidence = found >= 3 ? 0.9 : found == 2 ? 0.8 : 0.6;
        double share = (double) amazonFiles / Math.max(1, tree.entries().size());
        if (share < MIN_SHARE) {
            confidence *= share / MIN_SHARE;
        }
        String layout = yourFolders.size() > datasets.size() ? LAYOUT_YOUR_FOLDERS : LAYOUT_DATASETS;
        return new Recognition(confidence, KIND, layout, null, null);
    }

    /**
     * Whether a file sits in an Amazon dataset folder and is named after it: the folder's family
     * ("Retail" of "Retail.OrderHistory.1") starts the file name, or the file name's first part
     * ("Search-Data" of "Search-Data.Retail.Customer-Engagement.csv") is one of the folder's parts.
     */
    static boolean isDatasetFile(String folder, String fileName) {
        String name = datasetName(folder);
        if (name == null) {
            return false;
        }
        String family = family(folder);
        String file = fileName.toLowerCase(Locale.ROOT);
        if (file.startsWith(family + ".") || file.startsWith(family + "-")) {
            return true;
        }
        int dot = file.indexOf('.');
        String first = dot < 0 ? file : file.substring(0, dot);
        for (String part : folder.toLowerCase(Locale.ROOT).split("\\.")) {
            if (part.equals(first) && !part.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** "Retail.OrderHistory" for "Retail.OrderHistory.2"; null when the folder is not an Amazon dataset name. */
    static String datasetName(String folder) {
        Matcher m = DATASET.matcher(folder);
        if (!m.matches() || !FAMILIES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        return folder.replaceAll("(?:\\.\\d+)+$", "");
    }

    private static String family(String folder) {
        Matcher m = DATASET.matcher(folder);
        return m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
