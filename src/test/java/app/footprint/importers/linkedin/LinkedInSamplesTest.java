package app.footprint.importers.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conformance over the two LinkedIn samples (HUDI, 2022). The expected numbers were counted independently
 * of this code, with a Python script splitting each cell on "; ".
 */
class LinkedInSamplesTest {
    private static final String SAMPLE = "linkedin/hudi-2022/";

    @TempDir
    Path dir;

    private static ParserRun run(String name) throws Exception {
        return ParserRun.ofFile(new LinkedInImporter().parserFor(name).orElseThrow(), name, Fixtures.file(SAMPLE + name));
    }

    @Test
    void inferencesAboutYouHoldFourConclusionsWithTheirExplanations() throws Exception {
        ParserRun run = run("Inferences_about_you.csv");

        assertThat(run.sink.inferences).extracting(StatedInference::value).containsExactly(
                "People leader: no",
                "Interested in a new job: yes",
                "Interested in Sales Navigator product in Asia-Pacific: yes",
                "Active contributor who influences public opinion: yes");
        assertThat(run.sink.inferences).allMatch(i -> i.kind() == InferenceKind.OTHER);
        assertThat(run.sink.inferences.get(2).attributes())
                .containsEntry("category", "LinkedIn Sales Solutions (LSS) inferences")
                .containsEntry("LinkedIn's explanation", "Likely to fill out a Contact me sheet to purchase Sales "
                        + "Navigator and living in Asia-Pacific region. Based on factors such as your location, "
                        + "experience, and industry on your profile.");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void adTargetingHolds360ValuesIn17Of31Columns() throws Exception {
        ParserRun run = run("Ad_Targeting.csv");

        assertThat(run.sink.inferences).hasSize(360);
        assertThat(run.sink.values(InferenceKind.DEMOGRAPHIC)).containsExactly(
                "Age: 25 to 34", "Gender: Male", "Interface language: Italian", "Interface locale: it_IT");
        assertThat(run.sink.inferences(InferenceKind.AD_INTEREST)).hasSize(106);
        assertThat(run.sink.inferences(InferenceKind.INFERRED_LOCATION)).hasSize(13);
        assertThat(run.sink.values(InferenceKind.INFERRED_LOCATION).stream().distinct()).hasSize(10);
        assertThat(run.sink.inferences(InferenceKind.AUDIENCE_CATEGORY)).hasSize(237);
        assertThat(run.sink.inferences(InferenceKind.AD_SEGMENT)).isEmpty();
        Map<String, Long> byColumn = run.sink.inferences.stream()
                .collect(Collectors.groupingBy(i -> i.attributes().get("column"), Collectors.counting()));
        assertThat(byColumn).hasSize(17).containsEntry("4", 72L).containsEntry("27", 131L).containsEntry("18", 10L);
        assertThat(run.sink.inferences).noneMatch(i -> i.attributes().containsKey("cell"));
        assertThat(run.sink.values(InferenceKind.AUDIENCE_CATEGORY))
                .contains("Università degli Studi di Torino", "X4 Technology", "Entrepreneur  || Blockchain Development(Solana)");
        assertThat(run.facts.language()).isEqualTo("it");
        assertThat(run.file.problemCount()).isZero();
    }

    @Test
    void theSampleFolderImportsAsACompleteArchive() throws Exception {
        Path folder = Fixtures.file(SAMPLE + "Ad_Targeting.csv").getParent();
        ImportRunner runner = new ImportRunner(List.of(new LinkedInImporter()), ArchiveLimits.defaults());
        try (Database db = Database.open(dir.resolve("fp.db")); ImportPlan plan = runner.plan(List.of(folder))) {
            assertThat(plan.exports()).singleElement().satisfies(e -> {
                assertThat(e.recognition().kind()).isEqualTo("complete archive");
                assertThat(e.recognition().confidence()).isCloseTo(0.75, within(1e-9));
            });

            ImportReport outcome = runner.run(plan.exports().get(0), db, ImportProgress.NONE, () -> false);

            assertThat(outcome.filesWithProblems()).isEmpty();
            assertThat(outcome.export().inferences()).isEqualTo(364);
            assertThat(outcome.export().items()).isZero();
            assertThat(outcome.export().language()).isEqualTo("it");
            CompanyQueries companies = new CompanyQueries(db);
            Map<InferenceKind, List<StatedInferenceRow>> stated = companies.statedInferences(
                    companies.company(Service.LINKEDIN));
            assertThat(stated.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().size())))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            InferenceKind.OTHER, 4,
                            InferenceKind.DEMOGRAPHIC, 4,
                            InferenceKind.AD_INTEREST, 106,
                            InferenceKind.INFERRED_LOCATION, 10,
                            InferenceKind.AUDIENCE_CATEGORY, 234));
        }
    }
}
