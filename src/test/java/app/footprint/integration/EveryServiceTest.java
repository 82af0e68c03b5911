package app.footprint.integration;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.demo.DemoPersona;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.model.CompanySummary;
import app.footprint.model.Service;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * All importers together: each archive is claimed by its own service's importer and by no other, for the
 * demo persona's archives and for the real samples; and the whole demo fills the Overview with every
 * company.
 */
class EveryServiceTest {
    @TempDir
    static Path dir;
    static List<Path> demo;
    static final ImportRunner RUNNER = ImportRunner.withInstalledImporters();

    @BeforeAll
    static void writeDemo() throws IOException {
        demo = DemoPersona.standard().writeTo(dir.resolve("demo"));
    }

    /** Every importer's confidence for one archive or folder on its own. */
    private static Map<Service, Double> bids(Path input) throws IOException {
        Map<Service, Double> bids = new TreeMap<>();
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(input, ArchiveLimits.defaults())))) {
            for (Importer importer : RUNNER.importers()) {
                bids.merge(importer.service(), importer.recognise(tree).confidence(), Math::max);
            }
        }
        return bids;
    }

    private static Service claimedBy(Path input) throws IOException {
        Map<Service, Double> bids = bids(input);
        List<Service> claiming = bids.entrySet().stream()
                .filter(e -> e.getValue() >= Recognition.THRESHOLD).map(Map.Entry::getKey).toList();
        assertThat(claiming).as("services claiming %s (bids %s)", input.getFileName(), bids).hasSize(1);
        return claiming.get(0);
    }

    @Test
    void everyImporterIsInstalledOnce() {
        assertThat(RUNNER.importers()).extracting(Importer::service)
                .containsExactlyInAnyOrder(Service.values());
    }

    @Test
    void eachDemoArchiveIsClaimedByExactlyOneServiceAndTogetherTheyCoverAll() throws IOException {
        Set<Service> services = EnumSet.noneOf(Service.class);
        for (Path archive : demo) {
            services.add(claimedBy(archive));
        }
        assertThat(services).containsExactlyInAnyOrder(Service.values());
    }

    @Test
    void eachRealSampleIsClaimedOnlyByItsOwnService() throws IOException {
        Path root = Fixtures.file("MANIFEST.tsv").getParent();
        List<Path> samples = new ArrayList<>();
        try (Stream<Path> services = Files.list(root)) {
            for (Path service : services.filter(Files::isDirectory).sorted().toList()) {
                if (service.getFileName().toString().startsWith("_") || service.getFileName().toString().equals("requests")) {
                    continue;
                }
                try (Stream<Path> tags = Files.list(service)) {
                    samples.addAll(tags.filter(Files::isDirectory).sorted().toList());
                }
            }
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(10);
        for (Path sample : samples) {
            String expected = sample.getParent().getFileName().toString();
            assertThat(claimedBy(sample).id()).as("the sample %s", root.relativize(sample)).isEqualTo(expected);
        }
    }

    @Test
    void theWholeDemoFillsTheOverviewWithEveryCompany() throws IOException {
        try (Database db = Database.open(dir.resolve("all.db")); ImportPlan plan = RUNNER.plan(demo)) {
            assertThat(plan.unrecognised()).isEmpty();
            List<ImportReport> reports = plan.exports().stream()
                    .map(e -> RUNNER.run(e, db, ImportProgress.NONE, () -> false)).toList();

            assertThat(reports).allSatisfy(r -> {
                assertThat(r.result()).as(r.source()).isEqualTo(ImportReport.Result.IMPORTED);
                assertThat(r.filesWithProblems()).as(r.source()).isEmpty();
            });
            List<CompanySummary> overview = new CompanyQueries(db).overview();
            assertThat(overview).extracting(CompanySummary::service).containsExactlyInAnyOrder(Service.values());
            assertThat(overview).allSatisfy(c -> {
                assertThat(c.items()).as(c.name()).isPositive();
                assertThat(c.statedInferences()).as(c.name() + " states something about her").isPositive();
                assertThat(c.snapshots()).as(c.name()).isEqualTo(1);
            });
        }
    }
}
