package app.footprint.importers;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * What the given files turned out to be: the exports found (several parts of one export merged into
 * one), and the files that could not be opened or were not recognised, each with the reason.
 */
public record ImportPlan(List<PlannedExport> exports, List<Unrecognised> unrecognised) implements Closeable {

    /** A file or folder that is not (or not readably) an export of a supported service. */
    public record Unrecognised(String source, String reason) {
    }

    public ImportPlan {
        exports = List.copyOf(exports);
        unrecognised = List.copyOf(unrecognised);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (PlannedExport e : exports) {
            try {
                e.tree().close();
            } catch (IOException ex) {
                if (first == null) {
                    first = ex;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
