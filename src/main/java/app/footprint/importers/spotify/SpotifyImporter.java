package app.footprint.importers.spotify;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * Reads Spotify's two exports: the account data ({@code my_spotify_data.zip}: profile, short streaming
 * history, searches, library, playlists, ad segments) and the extended streaming history, a separate
 * request. Both belong to the one company; they are imported as two exports of different kinds.
 */
public final class SpotifyImporter implements Importer {
    @Override
    public Service service() {
        return Service.SPOTIFY;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        return SpotifyRecognition.of(tree);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return SpotifyFile.of(path).flatMap(SpotifyFile::parser);
    }
}
