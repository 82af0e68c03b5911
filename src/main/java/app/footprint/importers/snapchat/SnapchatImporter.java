package app.footprint.importers.snapchat;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Snapchat's "My Data" export in JSON ({@code json/} folder): profile and account, friends, chats
 * and snaps, searches, memories, stories, logins and devices, location history, and what Snapchat states
 * it concluded: age cohort and gender, interest and content categories, frequent places, home and work.
 * No real export was at hand: the shapes come from public parsers' field lists.
 */
public final class SnapchatImporter implements Importer {
    @Override
    public Service service() {
        return Service.SNAPCHAT;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return SnapchatRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return SnapchatFile.of(path).filter(SnapchatFile.Found::json).flatMap(found -> found.file().parser());
    }
}
