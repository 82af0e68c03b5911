package app.footprint.importers;

import app.footprint.archive.ArchiveEntry;
import app.footprint.archive.ArchiveException;
import app.footprint.archive.ArchiveLimits;
import app.footprint.archive.ArchiveTree;
import app.footprint.archive.Archives;
import app.footprint.archive.ReadListener;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * The format report: what an archive is made of, without anything it says. For every file it keeps the
 * path, the size, and for JSON the key paths with their value types and counts, for CSV the column names
 * and the number of rows. Values are never written. Folder names that are data (a folder per chat
 * thread, per channel, per album) and runs of digits in names are masked, so a person can send the
 * report to report an unrecognised or changed format without sharing their data.
 */
public final class FormatReport {
    /** A folder holding more subfolders than this names them after its data (threads, albums...). */
    private static final int MAX_NAMED_SUBFOLDERS = 5;
    /** An object with more keys than this is a map keyed by data (cookies, ids), not a record. */
    private static final int MAX_NAMED_KEYS = 50;
    /** Tokens read per file at most; the rest of a huge file adds nothing to its shape. */
    private static final long MAX_TOKENS_PER_FILE = 5_000_000;
    /** Ids, phone numbers, times: four digits or more. Shorter runs ("_v2", "message_1") are structure. */
    private static final Pattern DIGITS = Pattern.compile("\\d{4,}");
    /** Files with these endings are structure the services name; any other file name (a photo's) is data. */
    private static final Set<String> STRUCTURED = Set.of("json", "js", "csv", "html", "htm", "txt", "xml", "vcf", "ics",
            "mbox");
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(1000).maxStringLength(64_000_000).build())
            .build();

    private final ImportRunner runner;
    private final ArchiveLimits limits;

    public FormatReport(ImportRunner runner, ArchiveLimits limits) {
        this.runner = runner;
        this.limits = limits;
    }

    /** What was written, for a one-line confirmation. */
    public record Written(int inputs, int files, int exportsRecognised) {
    }

    /** Writes the report of these files and folders, as JSON, to {@code out}. */
    public Written write(List<Path> inputs, OutputStream out) throws IOException {
        List<FileShape> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int recognised;
        try (ImportPlan plan = runner.plan(inputs)) {
            recognised = plan.exports().size();
            try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
                g.useDefaultPrettyPrinter();
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeStringField("report", "Footprint format report, version 1");
                g.writeStringField("contains", "paths, sizes, key names, value types and counts only; no values. "
                        + "Folder names that are data, names of media files and runs of four or more digits are masked (* and N).");
                g.writeArrayFieldStart("exports");
                for (PlannedExport e : plan.exports()) {
                    g.writeStartObject();
                    g.writeStringField("service", e.service().id());
                    g.writeNumberField("confidence", e.recognition().confidence());
                    g.writeStringField("kind", e.recognition().kind());
                    g.writeStringField("layout", e.recognition().layout());
                    g.writeStringField("language", e.recognition().language());
                    g.writeNumberField("parts", e.tree().parts().size());
                    g.writeEndObject();
                    files.addAll(shapes(e.tree(), problems));
                }
                g.writeEndArray();
                g.writeNumberField("inputsNotRecognised", plan.unrecognised().size());
                for (Path input : inputs) {
                    if (isUnrecognised(plan, input)) {
                        files.addAll(shapesOfUnrecognised(input, problems));
                    }
                }
                writeFiles(g, merge(files));
                g.writeArrayFieldStart("problems");
                for (String p : problems) {
                    g.writeString(p);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        }
        return new Written(inputs.size(), files.size(), recognised);
    }

    private static boolean isUnrecognised(ImportPlan plan, Path input) {
        String name = input.getFileName() == null ? input.toString() : input.getFileName().toString();
        return plan.unrecognised().stream().anyMatch(u -> u.source().equals(name));
    }

    private List<FileShape> shapesOfUnrecognised(Path input, List<String> problems) {
        try (ArchiveTree tree = ArchiveTree.of(List.of(Archives.open(input, limits)))) {
            return shapes(tree, problems);
        } catch (ArchiveException e) {
            // The message names the file; only its reason goes into the report.
            String message = e.getMessage();
            int colon = message.indexOf(": ");
            problems.add("an input could not be opened: " + (colon < 0 ? message : message.substring(colon + 2)));
            return List.of();
        } catch (IOException e) {
            problems.add("an input could not be read: " + e.getClass().getSimpleName());
            return List.of();
        }
    }

    private List<FileShape> shapes(ArchiveTree tree, List<String> problems) {
        Map<String, String> masked = maskPaths(tree.entries());
        List<FileShape> out = new ArrayList<>();
        try {
            tree.read(tree.paths(), ReadListener.NONE, (entry, content) -> {
                FileShape shape = new FileShape(masked.get(entry.path()), Math.max(0, entry.size()));
                try {
                    describe(entry, content, shape);
                } catch (IOException | RuntimeException e) {
                    shape.problem = "could not be read to the end (" + e.getClass().getSimpleName() + ")";
                }
                out.add(shape);
            }, (entry, cause) -> {
                FileShape shape = new FileShape(masked.get(entry.path()), Math.max(0, entry.size()));
                shape.problem = "could not be opened";
                out.add(shape);
            });
        } catch (IOException e) {
            problems.add("the archive stopped early (" + e.getClass().getSimpleName() + ")");
        }
        return out;
    }

    /** Reads one file's shape: JSON (also wrapped in JavaScript, or one document per line), CSV, or other. */
    private static void describe(ArchiveEntry entry, InputStream content, FileShape shape) throws IOException {
        BufferedInputStream in = new BufferedInputStream(BOMInputStream.builder().setInputStream(content).get(), 1 << 16);
        in.mark(4096);
        byte[] head = in.readNBytes(4096);
        in.reset();
        String start = new String(head, StandardCharsets.UTF_8).stripLeading();
        String name = entry.fileName().toLowerCase(Locale.ROOT);
        if (start.startsWith("{") || start.startsWith("[")) {
            shape.type = "json";
            describeJson(in, shape);
        } else if (start.startsWith("window.")) {
            shape.type = "json wrapped in javascript";
            int b;
            do {
                b = in.read();
            } while (b != -1 && b != '[' && b != '{');
            if (b != -1) {
                describeJson(new SequenceInputStream(new ByteArrayInputStream(new byte[] {(byte) b}), in), shape);
            }
        } else if (name.endsWith(".csv")) {
            shape.type = "csv";
            describeCsv(in, shape);
        } else {
            shape.type = name.endsWith(".html") || name.endsWith(".htm") ? "html" : "other";
        }
    }

    private static void describeJson(InputStream in, FileShape shape) throws IOException {
        try (JsonParser p = JSON.createParser(in)) {
            Deque<String> path = new ArrayDeque<>();
            Deque<Set<String>> keysSeen = new ArrayDeque<>();
            Deque<Boolean> inArray = new ArrayDeque<>();
            String field = null;
            long tokens = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (++tokens > MAX_TOKENS_PER_FILE) {
                    shape.truncated = true;
                    break;
                }
                switch (t) {
                    case FIELD_NAME -> {
                        Set<String> seen = keysSeen.peek();
                        String key = DIGITS.matcher(p.currentName()).replaceAll("N");
                        if (seen != null && !seen.contains(key) && seen.size() >= MAX_NAMED_KEYS) {
                            key = "*";
                        }
                        if (seen != null) {
                            seen.add(key);
                        }
                        field = key;
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String here = child(path, field, inArray);
                        if (path.isEmpty()) {
                            shape.documents++;
                        }
                        shape.count(here, t == JsonToken.START_OBJECT ? "object" : "list");
                        path.push(here);
                        inArray.push(t == JsonToken.START_ARRAY);
                        keysSeen.push(t == JsonToken.START_OBJECT ? new HashSet<>() : Set.of());
                        field = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        path.pop();
                        inArray.pop();
                        keysSeen.pop();
                        field = null;
                    }
                    default -> {
                        shape.count(child(path, field, inArray), type(t));
                        field = null;
                    }
                }
            }
        }
    }

    private static String child(Deque<String> path, String field, Deque<Boolean> inArray) {
        String parent = path.isEmpty() ? "$" : path.peek();
        if (!inArray.isEmpty() && inArray.peek()) {
            return parent + "[]";
        }
        return field == null ? parent : parent + "." + field;
    }

    private static String type(JsonToken t) {
        return switch (t) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT -> "integer";
            case VALUE_NUMBER_FLOAT -> "number";
            case VALUE_TRUE, VALUE_FALSE -> "boolean";
            case VALUE_NULL -> "null";
            default -> t.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Column names (the header is structure, not data) and the number of rows under it. */
    private static void describeCsv(InputStream in, FileShape shape) throws IOException {
        try (CSVParser parser = CSVParser.builder()
                .setReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)))
                .setFormat(CSVFormat.DEFAULT).get()) {
            long rows = -1;
            for (CSVRecord record : parser) {
                if (rows < 0) {
                    record.forEach(column -> shape.columns.add(DIGITS.matcher(column.strip()).replaceAll("N")));
                }
                rows++;
            }
            shape.rows = Math.max(0, rows);
        } catch (UncheckedIOException e) {
            shape.problem = "not a readable table";
        }
    }

    /** Masks folder names that are data, and runs of digits, in every path of the tree. */
    static Map<String, String> maskPaths(List<ArchiveEntry> entries) {
        Map<String, Set<String>> subfolders = new HashMap<>();
        for (ArchiveEntry e : entries) {
            String[] parts = e.path().split("/");
            String parent = "";
            for (int i = 0; i < parts.length - 1; i++) {
                subfolders.computeIfAbsent(parent, k -> new HashSet<>()).add(parts[i]);
                parent = parent + parts[i] + "/";
            }
        }
        Map<String, String> masked = new HashMap<>();
        for (ArchiveEntry e : entries) {
            String[] parts = e.path().split("/");
            StringBuilder out = new StringBuilder();
            String parent = "";
            for (int i = 0; i < parts.length; i++) {
                boolean folder = i < parts.length - 1;
                boolean many = folder && subfolders.getOrDefault(parent, Set.of()).size() > MAX_NAMED_SUBFOLDERS;
                out.append(many ? "*" : folder ? DIGITS.matcher(parts[i]).replaceAll("N") : maskFileName(parts[i]));
                if (folder) {
                    out.append('/');
                    parent = parent + parts[i] + "/";
                }
            }
            masked.put(e.path(), out.toString());
        }
        return masked;
    }

    /** "message_N.json" for structured files; "*.jpg" for media and documents, whose names are data. */
    private static String maskFileName(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!STRUCTURED.contains(extension)) {
            return dot < 0 ? "*" : "*." + extension;
        }
        return DIGITS.matcher(name).replaceAll("N");
    }

    /** Files whose masked paths are equal (message_1.json of every thread) become one line with a count. */
    private static List<FileShape> merge(List<FileShape> files) {
        Map<String, FileShape> byPath = new TreeMap<>();
        for (FileShape f : files) {
            byPath.merge(f.path, f, FileShape::absorb);
        }
        return new ArrayList<>(byPath.values());
    }

    private static void writeFiles(JsonGenerator g, List<FileShape> files) throws IOException {
        g.writeArrayFieldStart("files");
        for (FileShape f : files) {
            g.writeStartObject();
            g.writeStringField("path", f.path);
            g.writeNumberField("files", f.files);
            g.writeNumberField("bytes", f.bytes);
            g.writeStringField("type", f.type);
            if (f.documents > 1) {
                g.writeNumberField("documents", f.documents);
            }
            if (!f.keys.isEmpty()) {
                g.writeObjectFieldStart("keys");
                for (Map.Entry<String, Map<String, Long>> k : f.keys.entrySet()) {
                    g.writeObjectFieldStart(k.getKey());
                    for (Map.Entry<String, Long> type : k.getValue().entrySet()) {
                        g.writeNumberField(type.getKey(), type.getValue());
                    }
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            if (!f.columns.isEmpty()) {
                g.writeArrayFieldStart("columns");
                for (String c : f.columns) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeNumberField("rows", f.rows);
            }
            if (f.truncated) {
                g.writeBooleanField("truncated", true);
            }
            if (f.problem != null) {
                g.writeStringField("problem", f.problem);
            }
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The shape of one file, or of several files with the same masked path. */
    private static final class FileShape {
        final String path;
        long files = 1;
        long bytes;
        String type = "other";
        long documents;
        final Map<String, Map<String, Long>> keys = new TreeMap<>();
        final List<String> columns = new ArrayList<>();
        long rows;
        boolean truncated;
        String problem;

        FileShape(String path, long bytes) {
            this.path = path;
            this.bytes = bytes;
        }

        void count(String keyPath, String valueType) {
            keys.computeIfAbsent(keyPath, k -> new TreeMap<>()).merge(valueType, 1L, Long::sum);
        }

        FileShape absorb(FileShape other) {
            files += other.files;
            bytes += other.bytes;
            documents += other.documents;
            rows += other.rows;
            truncated |= other.truncated;
            if (problem == null) {
                problem = other.problem;
            }
            other.keys.forEach((k, types) -> types.forEach((t, n) ->
                    keys.computeIfAbsent(k, x -> new TreeMap<>()).merge(t, n, Long::sum)));
            if (columns.isEmpty()) {
                columns.addAll(other.columns);
            }
            return this;
        }
    }
}
