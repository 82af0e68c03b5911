package app.footprint.archive;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** An export the person already unpacked. Links are listed as rejected and never followed. */
final class FolderPart extends ArchivePart {
    private final Map<String, Path> files = new HashMap<>();

    FolderPart(Path origin, ArchiveLimits limits) throws ArchiveException {
        super(origin, limits);
        List<Path> found = new ArrayList<>();
        List<Path> links = new ArrayList<>();
        try {
            Files.walkFileTree(origin, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink() || attrs.isOther()) {
                        links.add(file);
                    } else {
                        found.add(file);
                    }
                    return found.size() > limits.maxEntries() ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    reject(relative(file), "cannot be read (" + ZipPart.describe(exc) + ")");
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new ArchiveException(name() + ": the folder cannot be read (" + ZipPart.describe(e) + ")", e);
        }
        found.sort(null);
        for (Path file : found) {
            String name = relative(file);
            int before = entries().size();
            long size = file.toFile().length();
            long modified = file.toFile().lastModified();
            if (!list(name, false, size, -1, modified > 0 ? Instant.ofEpochMilli(modified) : null)) {
                break;
            }
            if (entries().size() > before) {
                files.put(entries().get(before).path(), file);
            }
        }
        for (Path link : links) {
            list(relative(link), true, -1, -1, null);
        }
    }

    private String relative(Path file) {
        return origin().relativize(file).toString().replace(File.separatorChar, '/');
    }

    @Override
    public String containerType() {
        return "folder";
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
                raw = Files.newInputStream(files.get(entry.path()));
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
