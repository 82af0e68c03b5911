package app.footprint.bench;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveException;
import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.archive.ReadListener;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The floor an import is measured against: every entry of the archives read through the same archive
 * code and decompressor the import uses, and the bytes thrown away.
 */
final class ArchiveFloor {
    private ArchiveFloor() {
    }

    /** Reads every entry of every archive to its end; returns the uncompressed bytes read. */
    static long readAll(List<Path> archives) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        for (Path archive : archives) {
            try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(archive, ArchiveLimits.defaults())))) {
                long[] read = {0};
                List<String> unreadable = new ArrayList<>();
                tree.read(tree.paths(), ReadListener.NONE, (ArchiveEntry entry, InputStream content) -> {
                    for (int n; (n = content.read(buffer)) > 0; ) {
                        read[0] += n;
                    }
                }, (entry, cause) -> unreadable.add(entry.path() + ": " + cause.getMessage()));
                if (!unreadable.isEmpty()) {
                    throw new IOException(archive.getFileName() + ": unreadable entries " + unreadable);
                }
                total += read[0];
            } catch (ArchiveException e) {
                throw new IOException(archive.getFileName() + ": " + e.getMessage(), e);
            }
        }
        return total;
    }
}
