package app.footprint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/** A lone file given directly (some services export a single JSON file): a tree of one entry. */
final class SingleFilePart extends ArchivePart {

    SingleFilePart(Path origin, ArchiveLimits limits) throws IOException {
        super(origin, limits);
        list(name(), false, Files.size(origin), -1, Instant.ofEpochMilli(origin.toFile().lastModified()));
    }

    @Override
    public String containerType() {
        return "file";
    }

    @Override
    void read(Set<String> wanted, ReadBudget budget, ReadListener listener, EntryVisitor visitor,
              UnreadableEntryHandler unreadable) throws IOException {
        for (ArchiveEntry entry : entries()) {
            if (!wanted.contains(entry.path())) {
                continue;
            }
            InputStream raw;
            try {
                raw = Files.newInputStream(origin());
            } catch (IOException e) {
                unreadable.unreadable(entry, e);
                continue;
            }
            try (InputStream in = raw) {
                visitor.visit(entry, guard(in, entry, budget, null, listener));
            }
        }
    }

    @Override
    public void close() {
        // nothing held open
    }
}
