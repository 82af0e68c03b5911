package app.footprint.demo;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip of the heavy persona, written straight to its stream as {@link DemoZip} writes the demo's: entries
 * in the order they are added, deflated at the default level, all stamped with the same time, so the same
 * persona always gives the same bytes. Nothing is built in memory: each body is written into its entry as
 * it is made, and its bytes are counted on the way.
 */
final class HeavyZip implements Closeable {
    /** Writes the body of one text file. */
    @FunctionalInterface
    interface TextBody {
        void write(Writer out) throws IOException;
    }

    private final ZipOutputStream zip;
    private final HeavyTally tally;
    private final Counting entry;

    HeavyZip(OutputStream out, HeavyTally tally) {
        this.zip = new ZipOutputStream(out);
        this.tally = tally;
        this.entry = new Counting(zip);
    }

    void json(String path, JsonStyle style, DemoZip.JsonBody body) throws IOException {
        start(path);
        try (var g = style.open(entry)) {
            body.write(g);
            if (style.finalNewline()) {
                g.writeRaw('\n');
            }
        }
        finish();
    }

    /** A UTF-8 text file; the writer handed over must not be closed. */
    void text(String path, TextBody body) throws IOException {
        start(path);
        Writer out = new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8), 1 << 16);
        body.write(out);
        out.flush();
        finish();
    }

    private void start(String path) throws IOException {
        ZipEntry e = new ZipEntry(path);
        e.setTimeLocal(DemoZip.ENTRY_TIME);
        zip.putNextEntry(e);
        entry.bytes = 0;
    }

    private void finish() throws IOException {
        zip.closeEntry();
        tally.files++;
        tally.uncompressedBytes += entry.bytes;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** The body of the current entry: counts what goes through and leaves the zip open when closed. */
    private static final class Counting extends FilterOutputStream {
        long bytes;

        Counting(OutputStream zip) {
            super(zip);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }

        @Override
        public void close() {
            // the zip stays open for the next entry
        }
    }
}
