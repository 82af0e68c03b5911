package app.footprint.importers.google;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Google Takeout in any of its languages and generations: My Activity for every product (JSON and
 * the default HTML), the three generations of Location History and the on-device Timeline export,
 * YouTube history, subscriptions and comments, Chrome history, Play Store, profile and contacts, and what
 * Google states it concluded: Discover interest topics, inferred home and work places, travel-mode
 * affinities.
 */
public final class GoogleImporter implements Importer {
    @Override
    public Service service() {
        return Service.GOOGLE;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return TakeoutRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return TakeoutPaths.classify(path).map(match -> {
            FileParser parser = match.kind().parser();
            if (match.languages().size() != 1) {
                return parser;
            }
            // A localised name tells the account's language, should the archive as a whole not have.
            String language = match.languages().iterator().next();
            return file -> {
                file.export().language(language);
                parser.parse(file);
            };
        });
    }
}
