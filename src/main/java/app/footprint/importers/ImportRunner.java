package app.footprint.importers;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveException;
import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchivePart;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.archive.RejectedEntry;
import app.footprint.model.Export;
import app.footprint.model.ExportDescription;
import app.footprint.model.ExportStore;
import app.footprint.model.ExportWriter;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.StorageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.BooleanSupplier;

/**
 * Turns the files a person gives into imported exports: opens them, recognises which service each is
 * from, merges the parts of one export, and streams every file the importer understands into the store
 * as one transaction. A file that cannot be read is reported and the rest goes on.
 */
public final class ImportRunner {
    /**
     * Parts of one export hardly share paths, and those they share are the same file (Takeout repeats
     * its archive_browser.html in every part); two exports of one service share most paths, with other
     * contents. Up to this share of differing shared paths, two archives are parts of one export.
     */
    private static final double MAX_DIFFERING_SHARED_PATHS = 0.1;

    private final List<Importer> importers;
    private final ArchiveLimits limits;

    public ImportRunner(List<Importer> importers, ArchiveLimits limits) {
        this.importers = List.copyOf(importers);
        this.limits = limits;
    }

    /** A runner with every importer listed in the service registry. */
    public static ImportRunner withInstalledImporters() {
        List<Importer> found = new ArrayList<>();
        ServiceLoader.load(Importer.class).forEach(found::add);
        return new ImportRunner(found, ArchiveLimits.defaults());
    }

    public List<Importer> importers() {
        return importers;
    }

    /** Opens and recognises the given files and folders, grouping parts of one export together. */
    public ImportPlan plan(List<Path> paths) {
        List<ImportPlan.Unrecognised> unrecognised = new ArrayList<>();
        Map<String, List<Candidate>> byServiceAndKind = new LinkedHashMap<>();
        for (Path path : paths) {
            ArchivePart part;
            try {
                part = Archives.open(path, limits);
            } catch (ArchiveException e) {
                unrecognised.add(new ImportPlan.Unrecognised(nameOf(path), e.getMessage()));
                continue;
            }
            ArchiveTree alone = ArchiveTree.of(List.of(part));
            Optional<Candidate> best = recognise(alone);
            if (best.isEmpty()) {
                closeQuietly(alone);
                unrecognised.add(new ImportPlan.Unrecognised(part.name(), part.entries().isEmpty()
                        ? "holds no readable files"
                        : "not recognised as an export of a supported service (" + supportedNames() + ")"));
                continue;
            }
            Candidate c = best.get();
            List<Candidate> group = byServiceAndKind.computeIfAbsent(
                    c.importer.service().id() + "/" + c.recognition.kind(), k -> new ArrayList<>());
            Optional<Candidate> partOf = group.stream().filter(g -> g.canTakePart(part)).findFirst();
            if (partOf.isPresent()) {
                partOf.get().add(part);
            } else {
                group.add(c);
            }
        }
        List<PlannedExport> exports = new ArrayList<>();
        for (List<Candidate> group : byServiceAndKind.values()) {
            for (Candidate c : group) {
                ArchiveTree tree = ArchiveTree.of(c.parts);
                exports.add(new PlannedExport(c.importer, c.importer.recognise(tree), tree));
            }
        }
        return new ImportPlan(exports, unrecognised);
    }

    private Optional<Candidate> recognise(ArchiveTree tree) {
        Candidate best = null;
        for (Importer importer : importers) {
            Recognition r = importer.recognise(tree);
            if (r.recognised() && (best == null || r.confidence() > best.recognition.confidence())) {
                best = new Candidate(importer, r, tree.parts().get(0));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Imports one planned export into the store as a single transaction. The very same archive imported
     * before is noticed and nothing is added.
     *
     * @param cancelled polled while reading; when it turns true the import stops and is rolled back
     */
    public ImportReport run(PlannedExport planned, ExportStore store, ImportProgress progress,
                             BooleanSupplier cancelled) {
        ArchiveTree tree = planned.tree();
        Recognition recognition = planned.recognition();
        String fingerprint = tree.fingerprint();
        Optional<Export> earlier = store.findByFingerprint(fingerprint);
        if (earlier.isPresent()) {
            return new ImportReport(ImportReport.Result.ALREADY_IMPORTED, planned.service(), planned.source(),
                    earlier.get(), List.of(), "Already imported on " + earlier.get().importedAt()
                    + " as export #" + earlier.get().id() + "; nothing was added.");
        }
        ExportDescription description = new ExportDescription(planned.service(), recognition.kind(),
                planned.source(), fingerprint,
                recognition.exportedAt() != null ? recognition.exportedAt() : tree.newestEntryTime().orElse(null),
                recognition.layout(), recognition.language());
        ExportFacts facts = new ExportFacts(description.language(), description.exportedAt());

        Map<String, FileParser> parsers = new LinkedHashMap<>();
        Map<String, FileReport> reports = new LinkedHashMap<>();
        long bytesTotal = 0;
        for (ArchiveEntry entry : tree.entries()) {
            Optional<FileParser> parser = planned.importer().parserFor(entry.path());
            if (parser.isPresent()) {
                parsers.put(entry.path(), parser.get());
                bytesTotal += Math.max(0, entry.size());
                reports.put(entry.path(), null); // keeps the archive's order in the report
            } else {
                reports.put(entry.path(), new FileReport(entry.path(), entry.size(), FileStatus.NOT_RECOGNISED, 0, List.of()));
            }
        }
        List<FileReport> archiveProblems = new ArrayList<>();
        for (RejectedEntry r : tree.rejected()) {
            archiveProblems.add(new FileReport(r.name(), -1, FileStatus.SKIPPED, 0, List.of(r.reason())));
        }

        long total = bytesTotal;
        long[] done = {0};
        String[] current = {""};
        try (ExportWriter writer = store.begin(description)) {
            try {
                tree.read(new LinkedHashSet<>(parsers.keySet()), bytes -> {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    done[0] += bytes;
                    progress.progress(current[0], done[0], total);
                }, (entry, content) -> {
                    if (cancelled.getAsBoolean()) {
                        throw new ImportCancelledException();
                    }
                    current[0] = entry.path();
                    progress.progress(current[0], done[0], total);
                    ImportFile file = new ImportFile(entry.path(), entry.size(), content, writer, facts);
                    try {
                        parsers.get(entry.path()).parse(file);
                        reports.put(entry.path(), file.report(file.statusWhenDone(), null));
                    } catch (ImportCancelledException | StorageException e) {
                        throw e;
                    } catch (IOException | RuntimeException e) {
                        if (cancelled.getAsBoolean()) {
                            throw new ImportCancelledException();
                        }
                        String kept = file.records() > 0 ? " (the " + file.records() + " records read before it are kept)" : "";
                        reports.put(entry.path(), file.report(FileStatus.FAILED, Problems.describe(e) + kept));
                    }
                }, (entry, cause) -> reports.put(entry.path(), new FileReport(entry.path(), entry.size(),
                        FileStatus.FAILED, 0, List.of("cannot be opened: " + Problems.describe(cause)))));
            } catch (ArchiveException e) {
                // The container itself broke (a damaged tar stream, a zip bomb): keep what was read.
                archiveProblems.add(new FileReport(planned.source(), -1, FileStatus.FAILED, 0, List.of(e.getMessage())));
            }
            List<FileReport> files = new ArrayList<>();
            Set<String> unread = new HashSet<>();
            reports.forEach((path, report) -> {
                if (report != null) {
                    files.add(report);
                } else {
                    unread.add(path);
                    files.add(new FileReport(path, -1, FileStatus.FAILED, 0,
                            List.of("not read: the archive stopped before this file")));
                }
            });
            files.addAll(archiveProblems);
            ExportDescription finalDescription = description.withLanguage(facts.language()).withExportedAt(facts.exportedAt());
            Export export = writer.commit(finalDescription, files);
            String message = "Imported " + export.items() + " items and " + export.inferences()
                    + " stated inferences from " + planned.source()
                    + (export.problems() > 0 ? "; " + export.problems() + " files had problems" : "") + ".";
            return new ImportReport(ImportReport.Result.IMPORTED, planned.service(), planned.source(), export, files, message);
        } catch (ImportCancelledException e) {
            return new ImportReport(ImportReport.Result.CANCELLED, planned.service(), planned.source(), null, List.of(),
                    "Import cancelled; nothing from " + planned.source() + " was kept.");
        } catch (IOException | RuntimeException e) {
            return new ImportReport(ImportReport.Result.FAILED, planned.service(), planned.source(), null, List.of(),
                    "Import of " + planned.source() + " failed and was rolled back: " + Problems.describe(e));
        }
    }

    private String supportedNames() {
        return String.join(", ", importers.stream().map(i -> i.service().displayName()).distinct().toList());
    }

    private static String nameOf(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static void closeQuietly(ArchiveTree tree) {
        try {
            tree.close();
        } catch (IOException ignored) {
            // it held nothing we need
        }
    }

    /** A recognised export being assembled from one or more parts. */
    private static final class Candidate {
        final Importer importer;
        final Recognition recognition;
        final List<ArchivePart> parts = new ArrayList<>();
        final Map<String, ArchiveEntry> entries = new HashMap<>();

        Candidate(Importer importer, Recognition recognition, ArchivePart first) {
            this.importer = importer;
            this.recognition = recognition;
            add(first);
        }

        void add(ArchivePart part) {
            parts.add(part);
            part.entries().forEach(e -> entries.putIfAbsent(e.path(), e));
        }

        /** A part of the same export adds new paths; a second export of the service repeats them, changed. */
        boolean canTakePart(ArchivePart part) {
            long differing = part.entries().stream().filter(e -> {
                ArchiveEntry mine = entries.get(e.path());
                return mine != null && !sameFile(mine, e);
            }).count();
            long smaller = Math.max(1, Math.min(entries.size(), part.entries().size()));
            return (double) differing / smaller <= MAX_DIFFERING_SHARED_PATHS;
        }

        /** Same size, and the same checksum where both containers record one. */
        private static boolean sameFile(ArchiveEntry a, ArchiveEntry b) {
            boolean checksums = a.checksum() >= 0 && b.checksum() >= 0;
            return a.size() == b.size() && (!checksums || a.checksum() == b.checksum());
        }
    }
}
