package app.footprint.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.InputStreamStatistics;

/** A zip read through its central directory, entries streamed in physical order. */
final class ZipPart extends ArchivePart {
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> byPath = new HashMap<>();

    ZipPart(Path origin, ArchiveLimits limits) throws ArchiveException {
        super(origin, limits);
        try {
            zip = ZipFile.builder().setPath(origin).setUseUnicodeExtraFields(true).get();
        } catch (IOException | RuntimeException e) {
            throw new ArchiveException(name() + ": not a readable zip archive (" + describe(e) + ")", e);
        }
        for (ZipArchiveEntry e : Collections.list(zip.getEntriesInPhysicalOrder())) {
            if (e.isDirectory()) {
                continue;
            }
            if (!e.isUnixSymlink() && !zip.canReadEntryData(e)) {
                reject(e.getName(), "encrypted, or packed with a compression method Footprint cannot read");
                continue;
            }
            Instant modified = e.getTime() > 0 ? Instant.ofEpochMilli(e.getTime()) : null;
            int before = entries().size();
            if (!list(e.getName(), e.isUnixSymlink(), e.getSize(), e.getCrc(), modified)) {
                break;
            }
            if (entries().size() > before) {
                byPath.put(entries().get(before).path(), e);
            }
        }
    }

    @Override
    public String containerType() {
        return "zip";
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
                raw = zip.getInputStream(byPath.get(entry.path()));
            } catch (IOException | RuntimeException e) {
                unreadable.unreadable(entry, new ArchiveException(describe(e), e));
                continue;
            }
            try (InputStream in = raw) {
                InputStreamStatistics stats = in instanceof InputStreamStatistics s ? s : null;
                visitor.visit(entry, guard(in, entry, budget, stats, listener));
            }
        }
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    static String describe(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
