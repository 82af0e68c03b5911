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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Footprint's cross-company taxonomy of topics (resource {@code taxonomy.tsv}), and the matcher that places a
 * label or a text in any of its languages in it.
 *
 * <p>Matching works on whole words after {@link #normalise}: case, accents and German transliteration (ä = ae)
 * do not matter. A keyword is a word or a phrase; a single-word keyword may be a prefix ({@code lauf*} matches
 * "Laufschuhe") or a suffix ({@code *marathon} matches "Halbmarathon"), for compounds. When several topics match,
 * the longest keyword wins (the most specific wording); on a tie a sensitive topic wins (a missed flag is worse
 * than a spare one), then the deeper topic, then the one listed first. Hierarchical values ("In-Market:Baby
 * Products:Nursery", "Lunara – Period Tracker") are matched segment by segment, the most specific (last) first.
 */
public final class Taxonomy {
    /** Prefix and suffix keywords shorter than this are refused: they would match inside too many words. */
    private static final int MIN_WILDCARD = 3;
    private static final Pattern SEGMENTS = Pattern.compile("\\s*(?::|>|\\s[-–—]\\s)\\s*");
    private static final Pattern SPOTIFY_PARTY = Pattern.compile("^(?:[13]P_)");

    /** One keyword: its words; for a single word, whether it is a prefix or a suffix. */
    private record Keyword(Topic topic, int order, int depth, String[] words, int length) {
    }

    private final Map<String, Topic> topics;
    private final Map<String, Integer> order = new HashMap<>();
    private final Map<String, List<Keyword>> exact = new HashMap<>();
    private final Map<String, List<Keyword>> prefixes = new HashMap<>();
    private final Map<String, List<Keyword>> suffixes = new HashMap<>();
    private int shortestPrefix = Integer.MAX_VALUE;
    private int shortestSuffix = Integer.MAX_VALUE;

    private Taxonomy(Map<String, Topic> topics, Map<String, List<String>> keywords) {
        this.topics = topics;
        int n = 0;
        for (Topic topic : topics.values()) {
            order.put(topic.id(), n++);
            for (String raw : keywords.get(topic.id())) {
                add(topic, raw);
            }
        }
    }

    /** The project's taxonomy, read from its resource file. */
    public static Taxonomy standard() {
        try (InputStream in = Taxonomy.class.getResourceAsStream("taxonomy.tsv")) {
            if (in == null) {
                throw new IllegalStateException("taxonomy.tsv is missing from the application");
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a taxonomy in the format of {@code taxonomy.tsv} (see its header). */
    static Taxonomy read(BufferedReader reader) throws IOException {
        Map<String, Topic> topics = new LinkedHashMap<>();
        Map<String, List<String>> keywords = new HashMap<>();
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalArgumentException("taxonomy line " + lineNumber + ": expected id, label, sensitive, keywords");
            }
            String id = f[0].strip();
            String parent = parentId(id);
            if (parent != null && !topics.containsKey(parent)) {
                throw new IllegalArgumentException("taxonomy line " + lineNumber + ": parent " + parent + " of " + id
                        + " must be listed before it");
            }
            if (topics.containsKey(id)) {
                throw new IllegalArgumentException("taxonomy line " + lineNumber + ": " + id + " is listed twice");
            }
            SensitiveCategory sensitive = f[2].isBlank() ? null : SensitiveCategory.valueOf(f[2].strip());
            topics.put(id, new Topic(id, f[1].strip(), sensitive));
            List<String> words = new ArrayList<>();
            for (int i = 3; i < f.length; i++) {
                for (String k : f[i].split(",")) {
                    if (!k.isBlank()) {
                        words.add(k.strip());
                    }
                }
            }
            keywords.put(id, words);
        }
        return new Taxonomy(topics, keywords);
    }

    private void add(Topic topic, String raw) {
        boolean prefix = raw.endsWith("*");
        boolean suffix = raw.startsWith("*");
        String[] words = normalise(raw.replace("*", "")).split(" ");
        if (words.length == 0 || words[0].isEmpty()) {
            return;
        }
        if ((prefix || suffix) && (words.length > 1 || words[0].length() < MIN_WILDCARD)) {
            throw new IllegalArgumentException("taxonomy keyword " + raw + ": only single words of at least "
                    + MIN_WILDCARD + " letters may be prefixes or suffixes");
        }
        int length = String.join(" ", words).length();
        Keyword keyword = new Keyword(topic, order.get(topic.id()), depth(topic.id()), words, length);
        if (prefix) {
            prefixes.computeIfAbsent(words[0], w -> new ArrayList<>()).add(keyword);
            shortestPrefix = Math.min(shortestPrefix, words[0].length());
        } else if (suffix) {
            suffixes.computeIfAbsent(words[0], w -> new ArrayList<>()).add(keyword);
            shortestSuffix = Math.min(shortestSuffix, words[0].length());
        } else {
            exact.computeIfAbsent(words[0], w -> new ArrayList<>()).add(keyword);
        }
    }

    public List<Topic> topics() {
        return List.copyOf(topics.values());
    }

    public Optional<Topic> topic(String id) {
        return Optional.ofNullable(topics.get(id));
    }

    /** The broader topic a topic belongs to (Running → Sports), if any. */
    public Optional<Topic> parent(Topic topic) {
        String parent = parentId(topic.id());
        return parent == null ? Optional.empty() : topic(parent);
    }

    /** Whether two topics are the same, or one lies within the other (Sports and Running; not Running and Cycling). */
    public static boolean related(Topic a, Topic b) {
        String x = a.id();
        String y = b.id();
        return x.equals(y) || x.startsWith(y + ".") || y.startsWith(x + ".");
    }

    /**
     * The topic a label or a text in any supported language belongs to, if any. Ad segments in Spotify's style
     * ({@code 3P_Alcohol Consumers_UK}) are cleaned first; hierarchical values match by their most specific
     * segment first.
     */
    public Optional<Topic> topicOf(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String cleaned = SPOTIFY_PARTY.matcher(text).find() ? SegmentNames.clean(text) : text;
        String[] segments = SEGMENTS.split(cleaned);
        for (int i = segments.length - 1; i >= 0; i--) {
            Keyword best = bestIn(normalise(segments[i]));
            if (best != null) {
                return Optional.of(best.topic);
            }
        }
        return Optional.empty();
    }

    /** The best topic within one already normalised text, without splitting it into segments; null if none. */
    Topic topicOfNormalised(String normalised) {
        Keyword best = bestIn(normalised);
        return best == null ? null : best.topic;
    }

    private Keyword bestIn(String normalised) {
        if (normalised.isEmpty()) {
            return null;
        }
        String[] words = normalised.split(" ");
        Keyword best = null;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            List<Keyword> candidates = exact.get(word);
            if (candidates != null) {
                for (Keyword k : candidates) {
                    if (phraseAt(k.words, words, i)) {
                        best = better(best, k);
                    }
                }
            }
            for (int len = shortestPrefix; len <= word.length(); len++) {
                List<Keyword> p = prefixes.get(word.substring(0, len));
                if (p != null) {
                    for (Keyword k : p) {
                        best = better(best, k);
                    }
                }
            }
            for (int start = word.length() - shortestSuffix; start >= 0; start--) {
                List<Keyword> s = suffixes.get(word.substring(start));
                if (s != null) {
                    for (Keyword k : s) {
                        best = better(best, k);
                    }
                }
            }
        }
        return best;
    }

    private static boolean phraseAt(String[] phrase, String[] words, int at) {
        if (at + phrase.length > words.length) {
            return false;
        }
        for (int j = 1; j < phrase.length; j++) {
            if (!phrase[j].equals(words[at + j])) {
                return false;
            }
        }
        return true;
    }

    private static Keyword better(Keyword a, Keyword b) {
        if (a == null) {
            return b;
        }
        if (a.length != b.length) {
            return a.length > b.length ? a : b;
        }
        boolean sa = a.topic.sensitive() != null;
        boolean sb = b.topic.sensitive() != null;
        if (sa != sb) {
            return sa ? a : b;
        }
        if (a.depth != b.depth) {
            return a.depth > b.depth ? a : b;
        }
        return a.order <= b.order ? a : b;
    }

    /**
     * Lower case, without accents, German umlauts and their transliteration alike (ä, ae → a; ß → ss), every run
     * of other characters one space. Texts and keywords go through the same steps, so the result only has to be
     * consistent, not pretty.
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String mapped = fold(c);
            if (mapped == null) {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            for (int j = 0; j < mapped.length(); j++) {
                char m = mapped.charAt(j);
                int last = out.length() - 1;
                // ae, oe, ue (German transliteration) become a, o, u, as ä, ö, ü do.
                if (m == 'e' && last >= 0 && !space && isAou(out.charAt(last))) {
                    continue;
                }
                out.append(m);
            }
            space = false;
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    private static boolean isAou(char c) {
        return c == 'a' || c == 'o' || c == 'u';
    }

    /** A character as lower-case ASCII letters or digits, or null when it separates words. */
    private static String fold(char c) {
        if (c < 128) {
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                return String.valueOf(c);
            }
            if (c >= 'A' && c <= 'Z') {
                return String.valueOf((char) (c + 32));
            }
            return null;
        }
        switch (c) {
            case 'ß':
                return "ss";
            case 'æ': case 'Æ':
                return "ae";
            case 'œ': case 'Œ':
                return "oe";
            case 'ø': case 'Ø':
                return "o";
            case 'ł': case 'Ł':
                return "l";
            case 'đ': case 'Đ':
                return "d";
            default:
                break;
        }
        if (!Character.isLetterOrDigit(c)) {
            return null;
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        StringBuilder base = new StringBuilder();
        for (int i = 0; i < decomposed.length(); i++) {
            char d = decomposed.charAt(i);
            if (Character.getType(d) != Character.NON_SPACING_MARK) {
                base.append(Character.toLowerCase(d));
            }
        }
        return base.length() == 0 ? null : base.toString();
    }

    private static String parentId(String id) {
        int dot = id.lastIndexOf('.');
        return dot < 0 ? null : id.substring(0, dot);
    }

    private static int depth(String id) {
        return (int) id.chars().filter(ch -> ch == '.').count();
    }
}
