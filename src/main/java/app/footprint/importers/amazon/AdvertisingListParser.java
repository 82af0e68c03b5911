package app.footprint.importers.amazon;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Csv;
import app.footprint.importers.common.CsvRow;
import app.footprint.model.InferenceKind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Advertising.N/} files: a header sentence ("Amazon Audiences in which you are included"), a
 * blank line, then one value per line, usually quoted. What each value means depends on the file:
 * <ul>
 * <li>{@code Advertising.AmazonAudiences.csv}: Amazon's own audience segments, a colon-separated taxonomy
 *     path ("In-Market:Books & Magazines:Computers & Internet");</li>
 * <li>{@code Advertising.3PAudiences.csv}: segments bought from third parties, in the marketplace's
 *     language ("Demographics:Fascia d'età:25-34");</li>
 * <li>{@code Advertising.AdvertiserAudiences.csv}: advertisers who brought an audience that holds the
 *     person;</li>
 * <li>{@code Advertising.AdvertiserClicks.csv}: advertisers whose ads the person clicked;</li>
 * <li>{@code Advertising.OptOut.csv}: the interest-based-ads setting per marketplace ("UK:Not OptedOut").</li>
 * </ul>
 * The number in the folder name counts marketplaces or accounts, so it is kept with every value.
 */
final class AdvertisingListParser implements FileParser {
    /** What the values of one file are. */
    enum Values {
        AMAZON_AUDIENCES(InferenceKind.AD_SEGMENT, "Amazon"),
        THIRD_PARTY_AUDIENCES(InferenceKind.AD_SEGMENT, "third party"),
        ADVERTISER_AUDIENCES(InferenceKind.ADVERTISER, "brought an audience that includes you"),
        ADVERTISER_CLICKS(InferenceKind.ADVERTISER, "you clicked their ad"),
        OPT_OUT(InferenceKind.AD_PREFERENCE, null);

        final InferenceKind kind;
        final String detail;

        Values(InferenceKind kind, String detail) {
            this.kind = kind;
            this.detail = detail;
        }
    }

    private final Values list;

    AdvertisingListParser(Values list) {
        this.list = list;
    }

    @Override
    public void parse(ImportFile file) throws IOException {
        String folder = folderOf(file.path());
        Csv.forEachRow(file, (index, row) -> {
            String value = value(row);
            if (value == null) {
                return; // a blank line
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            switch (list) {
                case AMAZON_AUDIENCES, THIRD_PARTY_AUDIENCES -> {
                    attributes.put("source", list.detail);
                    String[] path = value.split(":");
                    attributes.put("type", path[0].strip());
                    attributes.put("segment", path[path.length - 1].strip());
                    String language = AmazonLanguage.ofAudience(value);
                    if (language != null) {
                        file.export().language(language);
                    }
                }
                case ADVERTISER_AUDIENCES, ADVERTISER_CLICKS -> attributes.put("relation", list.detail);
                case OPT_OUT -> {
                    int colon = value.indexOf(':');
                    if (colon > 0) {
                        String setting = value.substring(colon + 1).strip();
                        attributes.put("marketplace", value.substring(0, colon).strip());
                        attributes.put("setting", setting);
                        attributes.put("opted_out", optedOut(setting));
                    }
                }
                default -> throw new IllegalStateException(list.name());
            }
            attributes.put("dataset", folder);
            file.inference(list.kind, value, attributes, index);
        });
    }

    /** The value of a one-column row; an unquoted comma split it into cells, which are joined with ", ". */
    private static String value(CsvRow row) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell != null) {
                cells.add(cell);
            }
        }
        return cells.isEmpty() ? null : String.join(", ", cells);
    }

    private static String optedOut(String setting) {
        String lower = setting.toLowerCase(Locale.ROOT).replace(" ", "");
        if (lower.startsWith("not") || lower.contains("notopted")) {
            return "no";
        }
        return lower.contains("optedout") ? "yes" : null;
    }

    /** "Advertising.2" from ".../Advertising.2/Advertising.OptOut.csv". */
    static String folderOf(String path) {
        String[] segments = path.split("/");
        return segments.length >= 2 ? segments[segments.length - 2] : null;
    }
}
