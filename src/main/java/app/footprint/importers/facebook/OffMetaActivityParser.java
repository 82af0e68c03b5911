package app.footprint.importers.facebook;

import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.common.MetaOffSiteActivity;
import app.footprint.importers.common.RootFields;
import java.io.IOException;

/**
 * {@code your_activity_off_meta_technologies.json} (older {@code your_off-facebook_activity.json}): what
 * other apps and websites told Meta the person did there, read as Instagram's is.
 */
final class OffMetaActivityParser implements FileParser {
    @Override
    public void parse(ImportFile file) throws IOException {
        RootFields.Reader companies = MetaOffSiteActivity.companies(file);
        new RootFields()
                .on("off_facebook_activity_v2", companies)
                .on("off_facebook_activity", companies)
                .read(file);
    }
}
