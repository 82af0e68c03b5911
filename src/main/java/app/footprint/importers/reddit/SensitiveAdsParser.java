package app.footprint.importers.reddit;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.Attrs;
import app.footprint.importers.common.Csv;
import app.footprint.model.InferenceKind;
import java.io.IOException;

/**
 * {@code sensitive_ads_preferences.csv} ({@code type,preference}, e.g. {@code show_alcohol,True}): the
 * sensitive ad topics (alcohol, dating, gambling, pregnancy and parenting, weight loss) Reddit may or may
 * not show the person ads about. Each row is a topic allowed or limited, named in words ("Pregnancy and
 * parenting"), with Reddit's own setting name and whether such ads are shown.
 */
final class SensitiveAdsParser implements FileParser {
    private static final String SHOW = "show_";

    @Override
    public void parse(ImportFile file) throws IOException {
        Csv.forEachRow(file, (index, row) -> {
            String type = row.get("type");
            if (type == null) {
                file.problem("record " + index + ": no ad topic; skipped");
                return;
            }
            String topic = type.startsWith(SHOW) ? type.substring(SHOW.length()) : type;
            String preference = row.get("preference");
            file.inference(InferenceKind.AD_PREFERENCE, Words.label(topic), Attrs.of(
                    "setting", type,
                    "ads shown", Words.yesNo(preference)), index);
        });
    }
}
