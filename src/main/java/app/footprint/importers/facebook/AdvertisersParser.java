package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaAdvertisers;
import app.footprint.importers.common.RootFields;
import java.io.IOException;

/**
 * The advertisers that hold the person's data: {@code advertisers_using_your_activity_or_information.json}
 * (2023 {@code custom_audiences_all_types_v2} with three flags per advertiser; 2024+ {@code label_values}
 * lists) and the older {@code advertisers_who_uploaded_a_contact_list_with_your_information.json}
 * ({@code custom_audiences_v2}, names only: each of them uploaded a list with the person on it).
 */
final class AdvertisersParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader allTypes = MetaAdvertisers.customAudiences(file);
        RootFields.Reader uploadedLists = MetaAdvertisers.uploadedLists(file);
        new RootFields()
                .on("custom_audiences_all_types_v2", allTypes)
                .on("custom_audiences_all_types", allTypes)
                .on("custom_audiences_v2", uploadedLists)
                .on("custom_audiences", uploadedLists)
                .on("label_values", MetaAdvertisers.labelledLists(file))
                .read(file);
    }
}
