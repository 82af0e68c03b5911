package app.footprint.bench;

import app.footprint.demo.HeavyFacts;
import app.footprint.demo.HeavyPersona;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The heavy persona's archives in a folder, with a note of which persona they are and what it wrote. A
 * kept folder holding the same persona is reused: writing scale 4 takes minutes, and the bytes would be
 * the same.
 */
record KeptArchives(List<Path> archives, HeavyFacts facts, boolean reused) {
    private static final String NOTE = "persona.properties";

    /** The archives of this persona in the folder, written now unless the folder already holds them. */
    static KeptArchives in(Path folder, BenchSettings settings) throws IOException {
        Path note = folder.resolve(NOTE);
        Properties wanted = identity(settings);
        if (Files.exists(note)) {
            Properties found = new Properties();
            try (Reader r = Files.newBufferedReader(note, StandardCharsets.UTF_8)) {
                found.load(r);
            }
            if (wanted.entrySet().stream().allMatch(e -> e.getValue().equals(found.get(e.getKey())))) {
                List<Path> archives = new ArrayList<>();
                for (String name : found.getProperty("archives").split("/")) {
                    archives.add(folder.resolve(name));
                }
                if (archives.stream().allMatch(Files::isRegularFile)) {
                    return new KeptArchives(archives, facts(found), true);
                }
            }
        }
        Benchmark.deleteTree(folder);
        HeavyPersona persona = new HeavyPersona(settings.scale(), settings.seed(), settings.fraction());
        List<Path> archives = persona.writeTo(folder);
        HeavyFacts facts = persona.facts();
        Properties written = identity(settings);
        written.setProperty("archives", String.join("/", archives.stream().map(p -> p.getFileName().toString()).toList()));
        written.setProperty("locationRecords", Long.toString(facts.locationRecords()));
        written.setProperty("activityEntries", Long.toString(facts.activityEntries()));
        written.setProperty("messages", Long.toString(facts.messages()));
        written.setProperty("streams", Long.toString(facts.streams()));
        written.setProperty("orders", Long.toString(facts.orders()));
        written.setProperty("statedInferences", Long.toString(facts.statedInferences()));
        written.setProperty("uncompressedBytes", Long.toString(facts.uncompressedBytes()));
        written.setProperty("files", Long.toString(facts.files()));
        try (Writer w = Files.newBufferedWriter(note, StandardCharsets.UTF_8)) {
            written.store(w, "The heavy persona written by footprint bench");
        }
        return new KeptArchives(archives, facts, false);
    }

    private static Properties identity(BenchSettings settings) {
        Properties p = new Properties();
        p.setProperty("scale", Integer.toString(settings.scale()));
        p.setProperty("seed", Long.toString(settings.seed()));
        p.setProperty("fraction", Double.toString(settings.fraction()));
        return p;
    }

    private static HeavyFacts facts(Properties p) {
        return new HeavyFacts(number(p, "locationRecords"), number(p, "activityEntries"), number(p, "messages"),
                number(p, "streams"), number(p, "orders"), number(p, "statedInferences"),
                number(p, "uncompressedBytes"), number(p, "files"));
    }

    private static long number(Properties p, String name) {
        return Long.parseLong(p.getProperty(name, "0"));
    }
}
