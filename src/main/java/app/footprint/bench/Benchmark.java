package app.footprint.bench;

import app.footprint.analysis.ProfileUpdater;
import app.footprint.demo.HeavyFacts;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.PlannedExport;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.store.InferenceStore;
import app.footprint.store.ItemQueries;
import app.footprint.store.SearchQueries;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code footprint bench}: writes the heavy persona, reads its archives once to learn the floor (what
 * merely decompressing them costs), imports them into a fresh database, then times the queries the screens
 * run on it. Prints one figure per line as it goes, and a summary line last.
 */
public final class Benchmark {
    /** A word that the heavy persona's search history and video titles hold many times. */
    static final String SEARCH_WORDS = "leipzig";
    private static final int PAGE = 100;

    private final BenchSettings settings;
    private final PrintWriter out;

    public Benchmark(BenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /** Runs every step; throws when the import is incomplete, so that no figure is quoted for a broken run. */
    public BenchFigures run() throws IOException {
        Path folder = settings.keep() != null ? Files.createDirectories(settings.keep())
                : Files.createTempDirectory("footprint-bench");
        try {
            return runIn(folder);
        } finally {
            if (settings.keep() == null) {
                deleteTree(folder);
            }
        }
    }

    private BenchFigures runIn(Path folder) throws IOException {
        print("persona", String.format(Locale.ROOT, "scale %d, seed %d%s", settings.scale(), settings.seed(),
                settings.fraction() < 1 ? ", fraction " + settings.fraction() : ""));
        long start = System.nanoTime();
        KeptArchives kept = KeptArchives.in(folder.resolve("archives"), settings);
        List<Path> archives = kept.archives();
        HeavyFacts facts = kept.facts();
        print("generate_s", kept.reused() ? "0 (archives kept from an earlier run)" : fixed(seconds(start), 1));
        long archiveBytes = archives.stream().mapToLong(Benchmark::size).sum();
        print("archives", archives.size());
        print("files", facts.files());
        print("archive_bytes", archiveBytes);
        print("uncompressed_bytes", facts.uncompressedBytes());

        start = System.nanoTime();
        long read = ArchiveFloor.readAll(archives);
        double floorSeconds = seconds(start);
        if (read != facts.uncompressedBytes()) {
            throw new IOException("the floor read " + read + " bytes, the persona wrote " + facts.uncompressedBytes());
        }
        print("floor_s", fixed(floorSeconds, 2));
        start = System.nanoTime();
        ArchiveFloor.tokenizeAll(archives);
        print("floor_tokenized_s", fixed(seconds(start), 2) + "  (the same, with every JSON file cut into tokens)");

        Path databaseFile = folder.resolve("bench.db");
        deleteDatabase(databaseFile);
        System.gc(); // start the heap watch from what is really live, not from the writer's garbage
        long items;
        double importSeconds;
        long peakHeap;
        try (HeapWatch heap = new HeapWatch()) {
            start = System.nanoTime();
            items = importAll(archives, databaseFile);
            importSeconds = seconds(start);
            peakHeap = heap.peakBytes();
            print("max_heap_mb", mb(heap.maxBytes()));
        }
        long databaseBytes = size(databaseFile) + size(Path.of(databaseFile + "-wal"));
        print("items", items);
        print("import_s", fixed(importSeconds, 2));
        print("ratio", fixed(importSeconds / floorSeconds, 2));
        print("items_per_s", Math.round(items / importSeconds));
        print("peak_heap_mb", mb(peakHeap));
        print("db_mb", mb(databaseBytes));
        double analysisSeconds;
        try (Database db = Database.open(databaseFile); HeapWatch heap = new HeapWatch()) {
            start = System.nanoTime();
            ProfileUpdater.standard().update(db, (step, nanos) -> print("analysis_" + step + "_s",
                    fixed(nanos / 1e9, 2)));
            analysisSeconds = seconds(start);
            print("analysis_s", fixed(analysisSeconds, 2) + "  (the profile: stated inferences, home and work from every "
                    + "location point, rhythm, life events, taste, interests, the combined view)");
            print("analysis_peak_heap_mb", mb(heap.peakBytes()));
            print("inferences", new InferenceStore(db).all().size());
        }

        BenchFigures.QueryTimes times;
        try (Database db = Database.open(databaseFile)) {
            check(new CompanyQueries(db), facts);
            print("check", "ok (every file imported without a problem; locations, messages and streams all counted)");
        }
        try (Database db = Database.open(databaseFile)) {
            times = queries(db);
        }
        if (settings.ui()) {
            UiProbeRun probe = new UiProbeRun(out);
            probe.startup(databaseFile);
            probe.importing(archives, folder.resolve("ui-import.db"));
        }
        BenchFigures figures = new BenchFigures(archiveBytes, facts.uncompressedBytes(), items, floorSeconds,
                importSeconds, peakHeap, databaseBytes, analysisSeconds, times);
        out.println(figures.summary());
        out.flush();
        return figures;
    }

    /** Imports every export the runner finds, as the app does; returns how many items they hold. */
    private long importAll(List<Path> archives, Path databaseFile) throws IOException {
        ImportRunner runner = ImportRunner.withInstalledImporters();
        long items = 0;
        long start = System.nanoTime();
        try (Database db = Database.open(databaseFile); ImportPlan plan = runner.plan(archives)) {
            if (!plan.unrecognised().isEmpty()) {
                throw new IOException("not recognised: " + plan.unrecognised());
            }
            print("plan_s", fixed(seconds(start), 2));
            for (PlannedExport planned : plan.exports()) {
                start = System.nanoTime();
                ImportReport report = runner.run(planned, db, ImportProgress.NONE, () -> false);
                print("import_" + report.service().id() + "_s", fixed(seconds(start), 2));
                if (report.result() != ImportReport.Result.IMPORTED || !report.filesWithProblems().isEmpty()) {
                    throw new IOException(report.service().id() + ": " + report.result() + " "
                            + (report.message() != null ? report.message() : report.filesWithProblems()));
                }
                items += report.export().items();
            }
        }
        return items;
    }

    /** The import must hold exactly what the persona wrote, or the figures mean nothing. */
    private static void check(CompanyQueries companies, HeavyFacts facts) throws IOException {
        expect(companies, Service.GOOGLE, Category.LOCATIONS, facts.locationRecords());
        expect(companies, Service.FACEBOOK, Category.MESSAGES, facts.messages());
        expect(companies, Service.SPOTIFY, Category.LISTENING, facts.streams());
    }

    private static void expect(CompanyQueries companies, Service service, Category category, long expected)
            throws IOException {
        long found = companies.company(service).categories().stream().filter(c -> c.category() == category)
                .mapToLong(CategoryStats::items).sum();
        if (found != expected) {
            throw new IOException(service.displayName() + " " + category.label() + ": imported " + found
                    + ", the persona wrote " + expected);
        }
    }

    /** Each query as a screen first runs it, on a freshly opened database. */
    private BenchFigures.QueryTimes queries(Database db) {
        CompanyQueries companies = new CompanyQueries(db);
        ItemQueries items = new ItemQueries(db);
        long start = System.nanoTime();
        List<CompanySummary> overview = companies.overview();
        double overviewMs = millis(start);
        print("overview_ms", fixed(overviewMs, 1) + "  (" + overview.size() + " companies)");

        // The Company screen: the summary, the stated inferences, and the first page of its largest kind.
        start = System.nanoTime();
        CompanySummary google = companies.company(Service.GOOGLE);
        companies.statedInferences(google);
        Category largest = google.categories().stream().max(Comparator.comparingLong(CategoryStats::items))
                .map(CategoryStats::category).orElseThrow();
        List<Export> exports = google.currentExports();
        int rows = items.page(exports, largest, 0, PAGE).size();
        double companyMs = millis(start);
        print("company_ms", fixed(companyMs, 1) + "  (Google, first " + rows + " of "
                + largest.label().toLowerCase(Locale.ROOT) + ")");

        start = System.nanoTime();
        int hits = new SearchQueries(db).find(SEARCH_WORDS, PAGE).size();
        double searchMs = millis(start);
        print("search_ms", fixed(searchMs, 1) + "  (\"" + SEARCH_WORDS + "\", " + hits + " hits shown)");
        return new BenchFigures.QueryTimes(overviewMs, companyMs, searchMs, hits);
    }

    private void print(String name, Object value) {
        out.println(name + "=" + value);
        out.flush();
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static long mb(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** Removes a database and its side files, so that the next import starts from nothing. */
    static void deleteDatabase(Path file) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Files.deleteIfExists(Path.of(file + suffix));
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(folder)) {
            paths = new ArrayList<>(walk.toList());
        }
        paths.sort(Comparator.reverseOrder());
        for (Path p : paths) {
            Files.delete(p);
        }
    }
}
