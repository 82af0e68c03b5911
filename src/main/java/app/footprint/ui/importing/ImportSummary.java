package app.footprint.ui.importing;

import app.footprint.importers.ImportReport;
import app.footprint.importers.ImportPlan;
import app.footprint.model.Export;
import app.footprint.model.FileReport;
import app.footprint.model.FileStatus;
import app.footprint.model.Service;
import app.footprint.ui.common.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import did, for the report at its end.
 *
 * @param exports            one line per export found
 * @param unrecognisedInputs files and folders that were not an export of a supported service
 * @param failure            why the import as a whole stopped, or null
 */
public record ImportSummary(List<ExportResult> exports, List<ImportPlan.Unrecognised> unrecognisedInputs,
                           String failure) {
    public ImportSummary {
        exports = List.copyOf(exports);
        unrecognisedInputs = List.copyOf(unrecognisedInputs);
    }

    static ImportSummary failed(String why) {
        return new ImportSummary(List.of(), List.of(), why);
    }

    /**
     * One export of the import.
     *
     * @param items              items added (for an export imported before: the items it holds)
     * @param filesNotRecognised paths of files the importer does not read
     * @param filesLeftOut       files left out on purpose, each with its reason ("path: reason")
     */
    public record ExportResult(Service service, String source, ImportReport.Result result, long items,
                               long inferences, String message, List<FileReport> filesWithProblems,
                               List<String> filesNotRecognised, List<String> filesLeftOut) {
        public ExportResult {
            filesWithProblems = List.copyOf(filesWithProblems);
            filesNotRecognised = List.copyOf(filesNotRecognised);
            filesLeftOut = List.copyOf(filesLeftOut);
        }

        static ExportResult of(ImportReport outcome) {
            Export export = outcome.export();
            List<String> leftOut = new ArrayList<>();
            for (FileReport f : outcome.filesWith(FileStatus.SKIPPED)) {
                leftOut.add(f.problems().isEmpty() ? f.path() : f.path() + ": " + String.join("; ", f.problems()));
            }
            return new ExportResult(outcome.service(), outcome.source(), outcome.result(),
                    export == null ? 0 : export.items(), export == null ? 0 : export.inferences(),
                    outcome.message(), outcome.filesWithProblems(),
                    outcome.filesWith(FileStatus.NOT_RECOGNISED).stream().map(FileReport::path).toList(), leftOut);
        }

        /** "Imported", "Already imported", "Cancelled" or "Failed". */
        public String resultText() {
            return switch (result) {
                case IMPORTED -> "Imported";
                case ALREADY_IMPORTED -> "Already imported";
                case CANCELLED -> "Cancelled";
                case FAILED -> "Failed";
            };
        }

        /** "5 items · 3 stated inferences", for what was added or was already there. */
        public String countsText() {
            return Formats.count(items, "item", "items") + " · "
                    + Formats.count(inferences, "stated inference", "stated inferences");
        }
    }

    /** One sentence for the top of the report. */
    public String summary() {
        if (failure != null) {
            return "The import stopped: " + failure;
        }
        if (exports.isEmpty()) {
            return unrecognisedInputs.isEmpty() ? "Nothing to import."
                    : "Nothing was imported: none of the files is an export Footprint can read.";
        }
        Map<ImportReport.Result, Integer> byResult = new TreeMap<>();
        exports.forEach(e -> byResult.merge(e.result(), 1, Integer::sum));
        List<String> parts = new ArrayList<>();
        byResult.forEach((result, n) -> {
            String what = parts.isEmpty() ? Formats.count(n, "export", "exports") : Integer.toString(n);
            parts.add(what + switch (result) {
                case IMPORTED -> " imported";
                case ALREADY_IMPORTED -> " already imported before";
                case CANCELLED -> " cancelled";
                case FAILED -> " failed";
            });
        });
        long items = 0;
        long inferences = 0;
        for (ExportResult e : exports) {
            if (e.result() == ImportReport.Result.IMPORTED) {
                items += e.items();
                inferences += e.inferences();
            }
        }
        String added = byResult.containsKey(ImportReport.Result.IMPORTED)
                ? ": " + Formats.count(items, "item", "items") + " and "
                + Formats.count(inferences, "stated inference", "stated inferences") + " added"
                : "";
        return String.join(", ", parts) + added + ".";
    }
}
