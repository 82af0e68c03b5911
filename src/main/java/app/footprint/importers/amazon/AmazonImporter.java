package app.footprint.importers.amazon;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Amazon's "Request your data" exports, which arrive as several zips of dataset folders: orders,
 * carts, searches, wish lists, Prime Video, Audible, Kindle and other digital items, Alexa, and the
 * advertising files in which Amazon states the audiences it puts the person in (its own and bought from
 * third parties), the advertisers that brought audiences holding them, the ads they clicked and their
 * interest-based-ads setting.
 */
public final class AmazonImporter implements Importer {
    @Override
    public Service service() {
        return Service.AMAZON;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return AmazonRecognition.of(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return AmazonFile.of(path).map(AmazonFile::parser);
    }
}
