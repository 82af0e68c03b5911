package app.footprint.importers.discord;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Discord's data package ({@code package.zip}), in the layout before 2024 and since: the account
 * (profile, friends and blocked users, connected accounts, payments), the conversations and every message
 * the person wrote, the servers they are in, the activity events Discord logged (NDJSON files of up to
 * several gigabytes) and, among those events, the gender and age Discord's models predicted for them.
 */
public final class DiscordImporter implements Importer {
    @Override
    public Service service() {
        return Service.DISCORD;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return DiscordRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return DiscordFiles.parserFor(path);
    }
}
