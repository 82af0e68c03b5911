package app.footprint.archive;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One export seen as a single tree of files, even when it came in several parts (Takeout -001.zip,
 * -002.zip; Meta part_1, part_2). Parts are merged by path; where two parts hold the same path, the
 * first part given wins and the second copy is listed as rejected.
 */
public final class ArchiveTree implements Closeable {
    private final List<ArchivePart> parts;
    private final Map<String, Owned> byPath = new LinkedHashMap<>();
    private final List<RejectedEntry> rejected = new ArrayList<>();

    private record Owned(ArchiveEntry entry, ArchivePart part) {
    }

    private ArchiveTree(List<ArchivePart> parts) {
        this.parts = List.copyOf(parts);
        for (ArchivePart part : parts) {
            for (RejectedEntry r : part.rejected()) {
                rejected.add(parts.size() > 1 ? new RejectedEntry(part.name() + ": " + r.name(), r.reason()) : r);
            }
            for (ArchiveEntry e : part.entries()) {
                Owned earlier = byPath.putIfAbsent(e.path(), new Owned(e, part));
                if (earlier != null) {
                    rejected.add(new RejectedEntry(part.name() + ": " + e.path(),
                            "also in " + earlier.part().name() + "; that copy was used"));
                }
            }
        }
    }

    public static ArchiveTree of(List<ArchivePart> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("an export needs at least one part");
        }
        return new ArchiveTree(parts);
    }

    public List<ArchivePart> parts() {
        return parts;
    }

    public List<ArchiveEntry> entries() {
        return byPath.values().stream().map(Owned::entry).toList();
    }

    public Set<String> paths() {
        return Collections.unmodifiableSet(byPath.keySet());
    }

    public boolean contains(String path) {
        return byPath.containsKey(path);
    }

    public List<RejectedEntry> rejected() {
        return Collections.unmodifiableList(rejected);
    }

    /** The names of the parts as the person gave them, for messages and the export's source. */
    public String sourceNames() {
        return parts.stream().map(ArchivePart::name).collect(Collectors.joining(", "));
    }

    /** Sum of the declared entry sizes; only good for progress bars. */
    public long declaredBytes() {
        return byPath.values().stream().mapToLong(o -> Math.max(0, o.entry().size())).sum();
    }

    /** The newest time recorded on any entry: close to when the company produced the archive. */
    public Optional<Instant> newestEntryTime() {
        return byPath.values().stream().map(o -> o.entry().modified()).filter(t -> t != null).max(Instant::compareTo);
    }

    /**
     * A digest of the contents: the same archive gives the same fingerprint whatever it is named and
     * however its parts are ordered, so that importing it twice can be noticed. Zips contribute the
     * CRC-32 of each entry; tar and folders the size and modification time.
     */
    public String fingerprint() {
        List<String> lines = new ArrayList<>(byPath.size());
        for (Owned o : byPath.values()) {
            ArchiveEntry e = o.entry();
            String content = e.checksum() >= 0 ? Long.toHexString(e.checksum())
                    : (e.modified() == null ? "-" : Long.toString(e.modified().getEpochSecond()));
            lines.add(e.path() + '\t' + e.size() + '\t' + content);
        }
        Collections.sort(lines);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                sha.update(line.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * Streams the chosen entries, part by part, each in its stored order.
     *
     * @param unreadable told about entries that could not be opened; the read goes on
     */
    public void read(Set<String> wanted, ReadListener listener, EntryVisitor visitor,
                     UnreadableEntries unreadable) throws IOException {
        long maxTotal = parts.stream().mapToLong(p -> p.limits.maxTotalBytes()).min().orElse(Long.MAX_VALUE);
        ReadBudget budget = new ReadBudget(maxTotal);
        for (ArchivePart part : parts) {
            Set<String> mine = new LinkedHashSet<>();
            for (String path : wanted) {
                Owned o = byPath.get(path);
                if (o != null && o.part() == part) {
                    mine.add(path);
                }
            }
            if (!mine.isEmpty()) {
                part.read(mine, budget, listener, visitor, unreadable::unreadable);
            }
        }
    }

    /** Told about an entry whose content could not be opened at all. */
    @FunctionalInterface
    public interface UnreadableEntries {
        void unreadable(ArchiveEntry entry, IOException cause);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (ArchivePart part : parts) {
            try {
                part.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
