package app.footprint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.demo.HeavyFacts;
import app.footprint.demo.HeavyPersona;
import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.Export;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at a thousandth of scale 1, as CI runs it: it checks what was imported, never how fast.
 * The figures themselves are quoted in docs/PERFORMANCE.md from runs at scales 1 and 4.
 */
class BenchCommandTest {
    private static final String TINY = "0.001";

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
        /** The {@code name=value} lines, by name (the last line repeats some of them on one line). */
        Map<String, String> figures() {
            Map<String, String> figures = new LinkedHashMap<>();
            out.lines().filter(l -> l.matches("[a-z_]+=.*") && !l.contains(" items_per_s="))
                    .forEach(l -> figures.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            return figures;
        }
    }

    private static Run bench(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FootprintCommand.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    private static long number(Map<String, String> figures, String name) {
        return Long.parseLong(figures.get(name).split(" ")[0]);
    }

    @Test
    void importsTheWholePersonaAndPrintsEveryFigure() throws IOException {
        Path kept = dir.resolve("kept");
        Run run = bench("bench", "--fraction", TINY, "--seed", "7", "--keep", kept.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        Map<String, String> figures = run.figures();
        assertThat(figures).containsKeys("archive_bytes", "uncompressed_bytes", "items", "floor_s", "import_s",
                "ratio", "items_per_s", "peak_heap_mb", "db_mb", "overview_ms", "company_ms", "search_ms", "check");
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches(
                "ratio=[0-9.]+ items_per_s=[0-9]+ peak_heap_mb=[0-9]+ overview_ms=[0-9.]+ search_ms=[0-9.]+ analysis_s=[0-9.]+");

        // The same persona written separately: the benchmark imported all of it, and the database says so.
        HeavyPersona persona = new HeavyPersona(1, 7, Double.parseDouble(TINY));
        persona.writeTo(dir.resolve("again"));
        HeavyFacts facts = persona.facts();
        assertThat(number(figures, "uncompressed_bytes")).isEqualTo(facts.uncompressedBytes());
        try (Database db = Database.open(kept.resolve("bench.db"))) {
            assertThat(number(figures, "items")).isEqualTo(db.exports().stream().mapToLong(Export::items).sum());
            assertThat(db.exports()).extracting(Export::service)
                    .contains(Service.GOOGLE, Service.FACEBOOK, Service.SPOTIFY, Service.AMAZON);
            CompanyQueries companies = new CompanyQueries(db);
            assertThat(count(companies, Service.GOOGLE, Category.LOCATIONS)).isEqualTo(facts.locationRecords());
            assertThat(count(companies, Service.FACEBOOK, Category.MESSAGES)).isEqualTo(facts.messages());
            assertThat(count(companies, Service.SPOTIFY, Category.LISTENING)).isEqualTo(facts.streams());
            assertThat(count(companies, Service.AMAZON, Category.PURCHASES)).isEqualTo(facts.orders());
        }
        assertThat(figures.get("search_ms")).containsPattern("[1-9][0-9]* hits shown");
    }

    @Test
    void keptArchivesAreReusedAndABrokenOneFailsTheRun() throws IOException {
        Path kept = dir.resolve("kept");
        assertThat(bench("bench", "--fraction", TINY, "--keep", kept.toString()).exit()).isZero();

        Run again = bench("bench", "--fraction", TINY, "--keep", kept.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.figures().get("generate_s")).contains("kept from an earlier run");

        // Cut the Spotify archive short: no figure may be quoted for an import that lost data.
        try (RandomAccessFile spotify = new RandomAccessFile(kept.resolve("archives/my_spotify_data.zip").toFile(), "rw")) {
            spotify.setLength(spotify.length() / 2);
        }
        Run broken = bench("bench", "--fraction", TINY, "--keep", kept.toString());
        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.err()).startsWith("footprint bench: ").contains("my_spotify_data.zip");
        assertThat(broken.out()).doesNotContain("ratio=");
    }

    @Test
    void theAppIsStartedAndImportsFromItsScreenWithUi() {
        // The tests' JavaFX platform is headless Monocle: the probes started by the benchmark use it too.
        Run run = bench("bench", "--fraction", TINY, "--keep", dir.resolve("kept").toString(), "--ui");

        assertThat(run.exit()).as(run.err()).isZero();
        Map<String, String> figures = run.figures();
        assertThat(figures.get("startup_ms")).containsPattern("^\\d+  \\(on an empty database\\)$");
        assertThat(run.out()).containsPattern("(?m)^startup_ms=\\d+  \\(median of 3 starts: \\d+, \\d+, \\d+\\)$");
        assertThat(figures).containsKeys("ui_import_s", "fx_frames", "fx_max_frame_gap_ms", "fx_max_frame_gap_overall_ms");
    }

    @Test
    void refusesAScaleBelowOne() {
        Run run = bench("bench", "--scale", "0");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("the scale must be at least 1");
    }

    private static long count(CompanyQueries companies, Service service, Category category) {
        return companies.company(service).categories().stream().filter(c -> c.category() == category)
                .mapToLong(CategoryStats::items).sum();
    }
}
