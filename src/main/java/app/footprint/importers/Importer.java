package app.footprint.importers;

import app.footprint.archive.ArchiveTree;
import app.footprint.model.Service;
import java.util.Optional;

/**
 * A plug-in that reads one service's exports. Implementations are listed in
 * {@code META-INF/services/app.footprint.importers.Importer} and found with {@link java.util.ServiceLoader}.
 * An importer never touches the database: it hands what it reads to the {@link ImportFile} it is given.
 */
public interface Importer {
    Service service();

    /**
     * How sure this importer is that the tree is one of its exports, judged from the paths (never from
     * the archive's file name). Must be cheap: it reads no file contents.
     */
    Recognition recognise(ArchiveTree tree);

    /** The parser for one file of the tree, or empty when this importer does not read that file. */
    Optional<FileParser> parserFor(String path);
}
