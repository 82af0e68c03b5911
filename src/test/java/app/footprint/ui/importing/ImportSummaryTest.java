package app.footprint.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.importers.ImportReport.Result;
import app.footprint.importers.ImportPlan;
import app.footprint.model.Service;
import app.footprint.ui.importing.ImportSummary.ExportResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSummaryTest {

    private static ExportResult result(Result result, long items, long inferences) {
        return new ExportResult(Service.FACEBOOK, "facebook.zip", result, items, inferences, "", List.of(), List.of(),
                List.of());
    }

    @Test
    void theSummaryCountsEachResultAndAddsUpWhatWasImported() {
        ImportSummary report = new ImportSummary(List.of(result(Result.IMPORTED, 1200, 30),
                result(Result.CANCELLED, 0, 0), result(Result.IMPORTED, 34, 1), result(Result.FAILED, 0, 0),
                result(Result.ALREADY_IMPORTED, 99, 9)), List.of(), null);

        assertThat(report.summary()).isEqualTo(
                "2 exports imported, 1 already imported before, 1 cancelled, 1 failed: 1,234 items and 31 stated "
                        + "inferences added.");
    }

    @Test
    void onlyFailuresAddNothing() {
        ImportSummary report = new ImportSummary(List.of(result(Result.FAILED, 0, 0)), List.of(), null);

        assertThat(report.summary()).isEqualTo("1 export failed.");
    }

    @Test
    void aStoppedImportSaysWhy() {
        assertThat(ImportSummary.failed("the disk is full").summary()).isEqualTo("The import stopped: the disk is full");
        assertThat(new ImportSummary(List.of(), List.of(), null).summary()).isEqualTo("Nothing to import.");
        assertThat(new ImportSummary(List.of(), List.of(new ImportPlan.Unrecognised("a.pdf", "not an export")), null)
                .summary()).isEqualTo("Nothing was imported: none of the files is an export Footprint can read.");
    }

    @Test
    void resultsReadInWords() {
        assertThat(List.of(Result.values())).extracting(r -> result(r, 1, 1).resultText())
                .containsExactly("Imported", "Already imported", "Cancelled", "Failed");
        assertThat(result(Result.IMPORTED, 1, 1).countsText()).isEqualTo("1 item · 1 stated inference");
    }
}
