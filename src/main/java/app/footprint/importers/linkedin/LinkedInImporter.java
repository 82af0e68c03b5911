package app.footprint.importers.linkedin;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads LinkedIn's data export, a zip of CSV files: profile, positions, education, skills, connections,
 * messages, invitations, searches, logins, posts and reactions, and what LinkedIn states it infers
 * ({@code Inferences_about_you.csv}) and targets ads by ({@code Ad_Targeting.csv}). The Basic and the
 * Complete archive of a request are imported as two kinds of export (see {@link LinkedInRecognition}).
 */
public final class LinkedInImporter implements Importer {
    @Override
    public Service service() {
        return Service.LINKEDIN;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return LinkedInRecognition.of(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return LinkedInFile.of(path).map(LinkedInFile::parser);
    }
}
