package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaAdvertisers;
import app.footprint.importers.common.RootFields;
import java.io.IOException;

/**
 * {@code advertisers_using_your_activity_or_information.json}: the advertisers that hold the person in a
 * custom audience ({@code ig_custom_audiences_all_types}, three flags each), or Meta's newer generic
 * {@code label_values} lists.
 */
final class AdvertisersParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader audiences = MetaAdvertisers.customAudiences(file);
        new RootFields()
                .on("ig_custom_audiences_all_types", audiences)
                .on("ig_custom_audiences", audiences)
                .on("custom_audiences_all_types_v2", audiences)
                .on("label_values", MetaAdvertisers.labelledLists(file))
                .read(file);
    }
}
