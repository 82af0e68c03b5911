package app.footprint.testing;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.importers.common.Timestamps;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * A tiny importer for tests of the machinery around importers. A tree is "its" export when it holds a
 * file named {@code lines-export.marker}. Each {@code .lines} file gives one search per line
 * ("time|text" or "text"); {@code interests.lines} gives ad interests. A line "BOOM" makes the parser
 * throw, a line starting with "?" is reported as a problem, a line "SLOW" waits for the test's latch.
 */
public final class LinesImporter implements Importer {
    private final Service service;
    private final Runnable onSlowLine;

    public LinesImporter() {
        this(Service.SPOTIFY, () -> { });
    }

    public LinesImporter(Service service, Runnable onSlowLine) {
        this.service = service;
        this.onSlowLine = onSlowLine;
    }

    @Override
    public Service service() {
        return service;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        boolean marked = tree.paths().stream().anyMatch(p -> p.endsWith("lines-export.marker"));
        boolean lines = tree.paths().stream().anyMatch(p -> p.endsWith(".lines"));
        double confidence = marked ? 0.9 : lines ? 0.5 : 0;
        return new Recognition(confidence, "account data", "v1", "en", null);
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        if (!path.endsWith(".lines")) {
            return Optional.empty();
        }
        boolean interests = path.endsWith("interests.lines");
        return Optional.of(file -> {
            BufferedReader reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
            String line;
            long position = 0;
            while ((line = reader.readLine()) != null) {
                long at = position++;
                if (line.isBlank()) {
                    continue;
                }
                if (line.equals("BOOM")) {
                    throw new IOException("boom at record " + at);
                }
                if (line.equals("SLOW")) {
                    onSlowLine.run();
                    continue;
                }
                if (line.startsWith("?")) {
                    file.problem("record " + at + ": " + line.substring(1));
                    continue;
                }
                if (interests) {
                    file.inference(InferenceKind.AD_INTEREST, line, Map.of(), at);
                    continue;
                }
                int bar = line.indexOf('|');
                String text = bar < 0 ? line : line.substring(bar + 1);
                file.item(Category.SEARCHES, bar < 0 ? null : Timestamps.parse(line.substring(0, bar)), text, null,
                        Map.of("query", text), at);
            }
        });
    }
}
