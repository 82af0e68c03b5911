package app.footprint.importers.instagram;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Instagram's "Download your information" JSON exports, in the 2024+ layout and the one before, whole
 * or split into parts by top folder: profile, messages, followers and following, likes, saved posts,
 * comments, searches, posts, synced contacts, logins, ads seen and clicked, off-Meta activity, and what
 * Instagram states it infers (ad interests, topics, where the profile is based, locations of interest,
 * possible phone numbers and e-mail addresses, advertisers, categories, last known location).
 */
public final class InstagramImporter implements Importer {
    @Override
    public Service service() {
        return Service.INSTAGRAM;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return InstagramRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return InstagramFiles.parserFor(path);
    }
}
