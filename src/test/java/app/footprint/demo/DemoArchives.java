package app.footprint.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** The demo zips read back whole, for tests only: their files are small enough to hold in memory. */
final class DemoArchives {
    static final ObjectMapper MAPPER = new ObjectMapper();

    /** One entry: its bytes, sizes and time as stored in the zip. */
    record Entry(String path, byte[] bytes, long compressedSize, LocalDateTime time) {
        String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            try {
                return MAPPER.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(path + " is not JSON", e);
            }
        }
    }

    private final Map<String, Entry> entries;

    private DemoArchives(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static DemoArchives read(Path zip) throws IOException {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (Enumeration<? extends ZipEntry> e = file.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                byte[] bytes = file.getInputStream(entry).readAllBytes();
                entries.put(entry.getName(),
                        new Entry(entry.getName(), bytes, entry.getCompressedSize(), entry.getTimeLocal()));
            }
        }
        return new DemoArchives(entries);
    }

    List<String> paths() {
        return List.copyOf(entries.keySet());
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    Entry entry(String path) {
        Entry entry = entries.get(path);
        if (entry == null) {
            throw new AssertionError("the archive has no " + path);
        }
        return entry;
    }

    JsonNode json(String path) {
        return entry(path).json();
    }

    /** The JSON files whose path matches {@code regex}, in archive order. */
    List<JsonNode> jsonMatching(String regex) {
        List<JsonNode> found = new ArrayList<>();
        for (Entry e : entries.values()) {
            if (e.path().matches(regex)) {
                found.add(e.json());
            }
        }
        return Collections.unmodifiableList(found);
    }

    /** Undoes Meta's byte-wise escaping, as an importer does: the chars are the UTF-8 bytes. */
    static String meta(String text) {
        return new String(text.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
    }
}
