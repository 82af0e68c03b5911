package app.footprint.importers.netflix;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Netflix's exports: the full report ({@code netflix-report.zip}: viewing activity, taste
 * preferences, ratings, searches, My List, profiles, devices, IP addresses, billing, account details) and
 * the per-profile {@code NetflixViewingHistory.csv}. Netflix states no inferences of its own; what it keeps
 * of the person's taste (onboarding picks, ratings) is read as stated taste.
 */
public final class NetflixImporter implements Importer {
    @Override
    public Service service() {
        return Service.NETFLIX;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return NetflixRecognition.of(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return NetflixFile.of(path).map(NetflixFile::parser);
    }
}
