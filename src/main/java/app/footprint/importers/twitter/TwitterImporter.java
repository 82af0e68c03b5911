package app.footprint.importers.twitter;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads the archive X (Twitter) hands out, in its three layouts: {@code data/} with {@code tweets.js}
 * (since late 2022), {@code data/} with {@code tweet.js} (2020–2022), and the files at the top (2019). Every
 * data file and every part of a split file ({@code tweets-part1.js}, ...) is read by the parser its name
 * calls for: the account, posts, likes, followers, messages, logins, devices and apps, what X says it
 * infers (personalisation: interests, languages, gender, age, advertisers, shows, places) and how its ads
 * were targeted. The manifest gives the export date and the account, and is checked against the files.
 */
public final class TwitterImporter implements Importer {
    @Override
    public Service service() {
        return Service.X;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return TwitterRecogniser.recognise(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return DataFile.at(path).flatMap(found -> found.kind().parser());
    }
}
