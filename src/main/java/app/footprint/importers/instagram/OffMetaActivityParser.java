package app.footprint.importers.instagram;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaOffSiteActivity;
import app.footprint.importers.common.RootFields;
import java.io.IOException;

/**
 * {@code your_activity_off_meta_technologies.json} ({@code apps_and_websites_off_meta_activity}): what other
 * apps and websites told Meta the person did there, read as Facebook's is.
 */
final class OffMetaActivityParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        new RootFields()
                .on("apps_and_websites_off_meta_activity", MetaOffSiteActivity.companies(file))
                .read(file);
    }
}
