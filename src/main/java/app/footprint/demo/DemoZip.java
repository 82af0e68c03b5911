package app.footprint.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A zip written the same to the byte every time: entries in the order they are added, all stamped with
 * the export date as a zone-free DOS time (no extra time fields), so the same persona always yields the
 * same archive and importing it twice is noticed.
 */
final class DemoZip implements Closeable {
    /** Morning of the export date; an even second, because DOS times have two-second steps. */
    static final LocalDateTime ENTRY_TIME = Persona.EXPORT_DAY.atTime(9, 41, 22);

    /** Writes the body of one JSON file. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator g) throws IOException;
    }

    private final ZipOutputStream zip;

    DemoZip(OutputStream out) {
        this.zip = new ZipOutputStream(out);
    }

    void json(String path, JsonStyle style, JsonBody body) throws IOException {
        start(path);
        try (JsonGenerator g = style.open(zip)) {
            body.write(g);
            if (style.finalNewline()) {
                g.writeRaw('\n');
            }
        }
        zip.closeEntry();
    }

    void bytes(String path, byte[] content) throws IOException {
        start(path);
        zip.write(content);
        zip.closeEntry();
    }

    private void start(String path) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
