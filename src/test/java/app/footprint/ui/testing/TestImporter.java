package app.footprint.ui.testing;

import app.footprint.archive.ArchiveTree;
import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import app.footprint.importers.Importer;
import app.footprint.importers.Recognition;
import app.footprint.importers.common.Moment;
import app.footprint.model.Category;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small importer for UI tests. It recognises a tree holding a folder {@code test-<service id>/} and reads
 * every {@code .txt} file in it, one record per line:
 * <pre>
 * item|MESSAGES|2024-03-12T10:00:00Z|title|detail|key=value;key=value
 * inference|AD_INTEREST|Running|key=value
 * </pre>
 * Any other line is reported as a broken record. Other files are not recognised.
 */
public final class TestImporter implements Importer {
    private final Service service;
    private final String folder;
    private volatile ParseHook beforeReading = file -> { };

    /** Runs before a file's content is read; a test may block here to hold the import mid-way. */
    @FunctionalInterface
    public interface ParseHook {
        void run(ImportFile file) throws IOException;
    }

    public TestImporter(Service service) {
        this.service = service;
        this.folder = folderOf(service);
    }

    public static String folderOf(Service service) {
        return "test-" + service.id() + "/";
    }

    public void beforeReading(ParseHook hook) {
        this.beforeReading = hook;
    }

    @Override
    public Service service() {
        return service;
    }

    @Override
    public Recognition recognise(ArchiveTree tree) {
        boolean mine = tree.paths().stream().anyMatch(p -> p.startsWith(folder));
        return mine ? new Recognition(0.9, "account data", "test", "en", null) : Recognition.none();
    }

    @Override
    public Optional<FileParser> parserFor(String path) {
        return path.startsWith(folder) && path.endsWith(".txt") ? Optional.of(this::parse) : Optional.empty();
    }

    private void parse(ImportFile file) throws IOException {
        beforeReading.run(file);
        BufferedReader reader = new BufferedReader(new InputStreamReader(file.content(), StandardCharsets.UTF_8));
        long position = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine(), position++) {
            String[] f = line.split("\\|", -1);
            if (f[0].equals("item") && f.length == 6) {
                file.item(Category.valueOf(f[1]), f[2].isEmpty() ? null : Moment.utc(Instant.parse(f[2])), f[3],
                        f[4].isEmpty() ? null : f[4], attributes(f[5]), position);
            } else if (f[0].equals("inference") && f.length == 4) {
                file.inference(InferenceKind.valueOf(f[1]), f[2], attributes(f[3]), position);
            } else {
                file.problem("record " + position + ": not a line of the test format");
            }
        }
    }

    private static Map<String, String> attributes(String field) {
        Map<String, String> out = new LinkedHashMap<>();
        if (!field.isEmpty()) {
            for (String pair : field.split(";")) {
                int eq = pair.indexOf('=');
                out.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return out;
    }
}
