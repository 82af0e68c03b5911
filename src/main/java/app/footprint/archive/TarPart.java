package app.footprint.archive;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/**
 * A tar archive, gzip-compressed or not. Tar has no directory and no random access, so it is read
 * sequentially twice: once to list, once to import.
 */
final class TarPart extends ArchivePart {
    private final boolean gzipped;

    TarPart(Path origin, ArchiveLimits limits, boolean gzipped) throws ArchiveException {
        super(origin, limits);
        this.gzipped = gzipped;
        try (TarArchiveInputStream tar = open(new ReadBudget(limits.maxTotalBytes()))) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                boolean link = e.isSymbolicLink() || e.isLink();
                if (!link && !e.isFile()) {
                    reject(e.getName(), "a device, pipe or other special file, not a regular file");
                    continue;
                }
                Instant modified = e.getLastModifiedDate() == null ? null : e.getLastModifiedDate().toInstant();
                if (!list(e.getName(), link, e.getSize(), -1, modified)) {
                    break;
                }
            }
        } catch (LimitExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (entries().isEmpty()) {
                throw new ArchiveException(name() + ": not a readable " + containerType() + " archive ("
                        + ZipPart.describe(e) + ")", e);
            }
            reject(name(), "the archive ends early or is damaged after " + entries().size()
                    + " entries (" + ZipPart.describe(e) + "); the entries before that are read");
        }
    }

    @Override
    public String containerType() {
        return gzipped ? "tar.gz" : "tar";
    }

    @Override
    void read(Set<String> wanted, ReadBudget budget, ReadListener listener, EntryVisitor visitor,
              UnreadableEntryHandler unreadable) throws IOException {
        int remaining = wanted.size();
        try (TarArchiveInputStream tar = open(budget)) {
            TarArchiveEntry e;
            while (remaining > 0 && (e = tar.getNextEntry()) != null) {
                if (e.isDirectory() || !e.isFile() || EntryNames.problem(e.getName()).isPresent()) {
                    continue;
                }
                String path = EntryNames.normalise(e.getName());
                if (!wanted.contains(path)) {
                    continue;
                }
                remaining--;
                ArchiveEntry entry = new ArchiveEntry(path, e.getSize(), -1,
                        e.getLastModifiedDate() == null ? null : e.getLastModifiedDate().toInstant());
                try {
                    visitor.visit(entry, guard(tar, entry, new ReadBudget(Long.MAX_VALUE), null, listener));
                } catch (IOException | RuntimeException fromVisitor) {
                    throw new VisitorFailure(fromVisitor);
                }
            }
        } catch (VisitorFailure f) {
            throw f.rethrow();
        } catch (LimitExceededException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(name() + ": the archive is damaged (" + ZipPart.describe(e)
                    + "); reading stopped", e);
        }
    }

    @Override
    public void close() {
        // streams are opened per pass and closed with it
    }

    /**
     * Opens the stream with the guard below the tar layer, so that the ratio and size caps also watch the
     * bytes tar skips between entries.
     */
    private TarArchiveInputStream open(ReadBudget budget) throws IOException {
        InputStream file = new BufferedInputStream(Files.newInputStream(origin()), 1 << 16);
        try {
            InputStream content = file;
            InputStreamStatistics stats = null;
            if (gzipped) {
                GzipCompressorInputStream gzip = GzipCompressorInputStream.builder()
                        .setInputStream(file).setDecompressConcatenated(true).get();
                content = gzip;
                stats = gzip;
            }
            ArchiveLimits wholeStream = new ArchiveLimits(limits.maxEntries(), limits.maxTotalBytes(),
                    limits.maxTotalBytes(), limits.maxRatio(), limits.ratioGraceBytes());
            return new TarArchiveInputStream(new ClosingGuard(
                    new GuardedInputStream(content, name(), wholeStream, budget, stats, ReadListener.NONE), content));
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Lets the guard's close reach the file, which the guard alone never closes. */
    private static final class ClosingGuard extends FilterInputStream {
        private final InputStream underlying;

        ClosingGuard(InputStream guard, InputStream underlying) {
            super(guard);
            this.underlying = underlying;
        }

        @Override
        public void close() throws IOException {
            underlying.close();
        }
    }

    /** Carries an exception thrown by the visitor past the handler meant for a damaged archive. */
    private static final class VisitorFailure extends RuntimeException {
        VisitorFailure(Exception cause) {
            super(cause);
        }

        IOException rethrow() {
            if (getCause() instanceof RuntimeException r) {
                throw r;
            }
            return (IOException) getCause();
        }
    }
}
