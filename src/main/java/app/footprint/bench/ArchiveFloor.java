package app.footprint.bench;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveException;
import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.archive.ReadListener;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
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
        byte[] buffer = new byte[1 << 16];
        return visitAll(archives, (entry, content) -> drain(content, buffer));
    }

    /**
     * A second, higher floor: as {@link #readAll}, and every JSON entry also cut into tokens by Jackson
     * (no values kept). No import can read its JSON faster than this.
     */
    static long tokenizeAll(List<Path> archives) throws IOException {
        byte[] buffer = new byte[1 << 16];
        JsonFactory json = new JsonFactory();
        return visitAll(archives, (entry, content) -> {
            if (!entry.path().endsWith(".json")) {
                return drain(content, buffer);
            }
            long tokens = 0;
            try (JsonParser p = json.createParser(content)) {
                while (p.nextToken() != null) {
                    tokens++;
                }
            }
            return tokens;
        });
    }

    private interface Reader {
        long read(ArchiveEntry entry, InputStream content) throws IOException;
    }

    private static long drain(InputStream content, byte[] buffer) throws IOException {
        long read = 0;
        for (int n; (n = content.read(buffer)) > 0; ) {
            read += n;
        }
        return read;
    }

    private static long visitAll(List<Path> archives, Reader reader) throws IOException {
        long total = 0;
        for (Path archive : archives) {
            try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(archive, ArchiveLimits.defaults())))) {
                long[] read = {0};
                List<String> unreadable = new ArrayList<>();
                tree.read(tree.paths(), ReadListener.NONE, (entry, content) -> read[0] += reader.read(entry, content),
                        (entry, cause) -> unreadable.add(entry.path() + ": " + cause.getMessage()));
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
