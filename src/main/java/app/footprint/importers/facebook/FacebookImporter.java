package app.footprint.importers.facebook;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Facebook's "Download Your Information" JSON exports, in the 2024+ layout and the one before:
 * profile, friends, posts, messages, searches, logins, ad activity and settings, off-Meta activity, and
 * what Facebook states it infers (ad interests, categories, advertisers, topics, locations).
 */
public final class FacebookImporter implements Importer {
    @Override
    public Service service() {
        return Service.FACEBOOK;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return FacebookRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return FacebookFiles.parserFor(path);
    }
}
