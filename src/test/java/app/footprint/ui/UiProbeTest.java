package app.footprint.ui;

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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The probe behind {@code footprint bench --ui}, in a child JVM as the benchmark starts it (here on the
 * headless Monocle platform): it reports its figures, and the import it clicks through really lands in the
 * database. Never the figures' values: timing is the benchmark's business.
 */
class UiProbeTest {
    @TempDir
    Path dir;

    @Test
    void importsThroughTheImportScreenAndReportsItsFigures() throws IOException, InterruptedException {
        HeavyPersona persona = new HeavyPersona(1, 3, 0.001);
        List<Path> archives = persona.writeTo(dir.resolve("archives"));
        HeavyFacts facts = persona.facts();
        Path database = dir.resolve("probe.db");

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), UiProbe.class.getName(),
                "--db", database.toString()));
        archives.forEach(a -> command.add(a.toString()));
        Path output = dir.resolve("output.txt");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the probe ends").isTrue();
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(printed).isZero();
        assertThat(printed).containsPattern("(?m)^startup_ms=\\d+$")
                .containsPattern("(?m)^ui_import_s=\\d+\\.\\d\\d$")
                .containsPattern("(?m)^ui_first_progress_ms=(\\d+\\.\\d|none) ")
                .containsPattern("(?m)^fx_frames=[1-9]\\d*$")
                .containsPattern("(?m)^fx_max_frame_gap_ms=\\d+\\.\\d ")
                .containsPattern("(?m)^fx_max_frame_gap_overall_ms=\\d+\\.\\d ");

        try (Database db = Database.open(database)) {
            assertThat(db.exports()).extracting(Export::service)
                    .containsExactlyInAnyOrder(Service.GOOGLE, Service.FACEBOOK, Service.SPOTIFY, Service.AMAZON);
            long locations = new CompanyQueries(db).company(Service.GOOGLE).categories().stream()
                    .filter(c -> c.category() == Category.LOCATIONS).mapToLong(CategoryStats::items).sum();
            assertThat(locations).isEqualTo(facts.locationRecords());
        }
    }
}
