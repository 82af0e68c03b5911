package app.footprint.importers.reddit;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Reddit's data request export, a flat zip of CSV files: posts, comments, votes, saved and hidden
 * posts, subscriptions, messages and chats, IP logs, account facts and settings, and what Reddit keeps
 * for ads (the gender on record and the sensitive ad topics allowed or limited).
 */
public final class RedditImporter implements Importer {
    @Override
    public Service service() {
        return Service.REDDIT;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return RedditRecognition.of(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return RedditFile.of(path).flatMap(RedditFile::parser);
    }
}
