package app.footprint.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * One thing the person gave: a zip, a tar.gz, a folder or a lone file. It is listed when opened; its
 * contents are streamed on request and never extracted to disk.
 */
public abstract class ArchivePart implements Closeable {
    private final Path origin;
    final ArchiveLimits limits;
    private final List<ArchiveEntry> entries = new ArrayList<>();
    private final List<RejectedEntry> rejected = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    private boolean truncatedListing;

    ArchivePart(Path origin, ArchiveLimits limits) {
        this.origin = origin;
        this.limits = limits;
    }

    public Path origin() {
        return origin;
    }

    /** The file or folder name, as the person knows it. */
    public String name() {
        Path fileName = origin.getFileName();
        return fileName == null ? origin.toString() : fileName.toString();
    }

    /** "zip", "tar.gz", "tar", "folder" or "file". */
    public abstract String containerType();

    public List<ArchiveEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public List<RejectedEntry> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    /**
     * Streams the entries whose paths are in {@code wanted}, in the order the container stores them.
     * An entry that cannot be opened is passed to {@link EntryVisitor}'s caller as an exception only
     * when the container cannot go on (a broken tar stream); otherwise it is reported through
     * {@code unreadable} and the next entry follows.
     */
    abstract void read(Set<String> wanted, ReadBudget budget, ReadListener listener, EntryVisitor visitor,
                       UnreadableEntryHandler unreadable) throws IOException;

    /** Called for an entry whose content could not even be opened; the read goes on with the next one. */
    @FunctionalInterface
    interface UnreadableEntryHandler {
        void unreadable(ArchiveEntry entry, IOException cause);
    }

    /**
     * Lists one entry after the safety checks; links, unsafe names, duplicates and macOS metadata are
     * rejected with a reason instead.
     *
     * @return false once the entry cap is reached and listing should stop
     */
    final boolean list(String rawName, boolean isLink, long size, long checksum, Instant modified) {
        if (entries.size() >= limits.maxEntries()) {
            if (!truncatedListing) {
                truncatedListing = true;
                rejected.add(new RejectedEntry(rawName, "the archive has more than " + limits.maxEntries()
                        + " entries; this one and the rest were not read"));
            }
            return false;
        }
        Optional<String> problem = EntryNames.problem(rawName);
        if (problem.isPresent()) {
            rejected.add(new RejectedEntry(rawName, "unsafe name: " + problem.get()));
            return true;
        }
        String path = EntryNames.normalise(rawName);
        if (path.isEmpty()) {
            return true;
        }
        if (isLink) {
            rejected.add(new RejectedEntry(path, "a link, not a file; links are never followed"));
        } else if (EntryNames.isMacMetadata(path)) {
            rejected.add(new RejectedEntry(path, "macOS metadata, not part of the export"));
        } else if (!seen.add(path)) {
            rejected.add(new RejectedEntry(path, "a second entry with the same name; the first one was used"));
        } else {
            entries.add(new ArchiveEntry(path, size, checksum, modified));
        }
        return true;
    }

    final void reject(String name, String reason) {
        rejected.add(new RejectedEntry(name, reason));
    }

    final GuardedInputStream guard(InputStream in, ArchiveEntry entry, ReadBudget budget,
                                   InputStreamStatistics compression, ReadListener listener) {
        return new GuardedInputStream(in, name() + ": " + entry.path(), limits, budget, compression, listener);
    }
}
