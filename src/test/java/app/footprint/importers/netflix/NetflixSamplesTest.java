package app.footprint.importers.netflix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import app.footprint.archive.ArchiveLimits;
import app.footprint.importers.ImportPlan;
import app.footprint.importers.ImportProgress;
import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportRunner;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import app.footprint.model.StatedInference;
import app.footprint.model.StatedInferenceRow;
import app.footprint.store.CompanyQueries;
import app.footprint.store.Database;
import app.footprint.testing.Fixtures;
import app.footprint.testing.ParserRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the shared Netflix sample (HUDI, Italian account, 2021). The numbers were counted
 * independently with Python's csv module: 7 rows, profiles "davide" (4) and "Ricky" (3), both yes/no
 * columns empty in every row.
 */
class NetflixSamplesTest {
    private static final String SAMPLE = "netflix/hudi-it-2021/";
    private static final String PREFERENCES = "CONTENT_INTERACTION/IndicatedPreferences.csv";

    @TempDir
    Path dir;

    @Test
    void indicatedPreferencesHoldSevenTastesOfTwoProfiles() throws Exception {
        ParserRun run = ParserRun.ofFile(new NetflixImporter().parserFor(PREFERENCES).orElseThrow(), PREFERENCES,
                Fixtures.file(SAMPLE + PREFERENCES));

        List<StatedInference> tastes = run.sink.inferences(InferenceKind.TASTE);
        assertThat(tastes).extracting(StatedInference::value).containsExactly("Sex Education", "How I Met Your Mother",
                "Stranger Things", "Modern Family", "Baggio: The Divine Ponytail", "Peaky Blinders", "Rick and Morty");
        assertThat(run.sink.inferences).hasSize(7);
        assertThat(run.sink.items).isEmpty();
        assertThat(tastes.stream().filter(t -> "davide".equals(t.attributes().get("Profile Name")))).hasSize(4);
        assertThat(tastes.stream().filter(t -> "Ricky".equals(t.attributes().get("Profile Name")))).hasSize(3);
        assertThat(tastes).noneMatch(t -> t.attributes().containsKey("Has Watched") || t.attributes().containsKey("Is Interested"));
        assertThat(tastes.get(4).attributes()).containsOnly(entry("Profile Name", "Ricky"),
                entry("Show", "Baggio: The Divine Ponytail"), entry("Event Date", "2021-12-06"));
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void theSampleFolderImportsAsANetflixReport() throws Exception {
        Path folder = Fixtures.file(SAMPLE + PREFERENCES).getParent().getParent();
        ImportRunner runner = new ImportRunner(List.of(new NetflixImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("fp.db")); ImportPlan plan = runner.plan(List.of(folder))) {
            assertThat(plan.exports()).singleElement().satisfies(e -> {
                assertThat(e.recognition().kind()).isEqualTo("account data");
                assertThat(e.recognition().layout()).isEqualTo("netflix-report folders");
            });

            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(outcome.result()).isEqualTo(ImportReport.Result.IMPORTED);
            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().items()).isZero();
            assertThat(outcome.export().inferences()).isEqualTo(7);
            CompanyQueries companies = new CompanyQueries(db);
            List<StatedInferenceRow> tastes = companies.statedInferences(companies.company(Service.NETFLIX))
                    .get(InferenceKind.TASTE);
            assertThat(tastes).hasSize(7).allMatch(t -> t.occurrences() == 1);
        }
    }
}
