package app.footprint.testing;

import app.footprint.importers.ExportFacts;
import app.footprint.importers.FileParser;
import app.footprint.importers.ImportFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs one parser over one file's content and keeps what it produced, for parser unit tests. */
public final class ParserRun {
    public final RecordingSink sink = new RecordingSink();
    public final ExportFacts facts = new ExportFacts(null, null);
    public final ImportFile file;

    private ParserRun(String path, InputStream content, long size) {
        this.file = new ImportFile(path, size, content, sink, facts);
    }

    public static ParserRun of(FileParser parser, String path, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        ParserRun run = new ParserRun(path, new ByteArrayInputStream(bytes), bytes.length);
        parser.parse(run.file);
        return run;
    }

    /** Parses a real file from disk (for the conformance suite over the shared samples). */
    public static ParserRun ofFile(FileParser parser, String path, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ParserRun run = new ParserRun(path, in, Files.size(file));
            parser.parse(run.file);
            return run;
        }
    }
}
