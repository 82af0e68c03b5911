package app.footprint.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small synthetic archives for tests: {@code new ZipBuilder().add("a/b.json", "{}").writeTo(file)}. */
public final class ZipBuilder {
    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private Instant time = Instant.parse("2024-03-12T09:00:00Z");

    /** The modification time written on every entry (the zip's "export date"). */
    public ZipBuilder at(Instant entryTime) {
        this.time = entryTime;
        return this;
    }

    public ZipBuilder add(String path, String content) {
        entries.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public ZipBuilder add(String path, byte[] content) {
        entries.put(path, content);
        return this;
    }

    public Path writeTo(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(time.toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes the entries as plain files below a folder, as if the person had unpacked the archive. */
    public Path writeFolder(Path folder) throws IOException {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return folder;
    }
}
