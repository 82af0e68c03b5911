package app.footprint.analysis;

import app.footprint.model.SensitiveCategory;
import app.footprint.model.Topic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Placeholder of the skeleton (the helper who owns the taxonomy replaces it): topics from taxonomy.tsv. */
public final class Taxonomy {
    private record Entry(Topic topic, List<String> keywords) {
    }

    private final List<Entry> entries;

    private Taxonomy(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** The project's taxonomy, read from its resource file. */
    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.tsv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Entry> entries = new ArrayList<>();
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                SensitiveCategory sensitive = f[2].isEmpty() ? null : SensitiveCategory.valueOf(f[2]);
                List<String> keywords = new ArrayList<>();
                for (int i = 3; i < f.length; i++) {
                    for (String k : f[i].split(",")) {
                        if (!k.isBlank()) {
                            keywords.add(normalise(k));
                        }
                    }
                }
                entries.add(new Entry(new Topic(f[0], f[1], sensitive), keywords));
            }
            return new Taxonomy(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Topic> topics() {
        return entries.stream().map(Entry::topic).toList();
    }

    public Optional<Topic> topic(String id) {
        return entries.stream().map(Entry::topic).filter(t -> t.id().equals(id)).findFirst();
    }

    /** The topic a label or a text in any supported language belongs to, if any. */
    public Optional<Topic> topicOf(String text) {
        String words = " " + normalise(text) + " ";
        return entries.stream().filter(e -> e.keywords.stream().anyMatch(k -> words.contains(" " + k + " ")))
                .map(Entry::topic).findFirst();
    }

    private static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
