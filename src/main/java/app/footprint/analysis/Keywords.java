package app.footprint.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A list of keywords matched on whole words, without regard to case and accents, so that one list serves
 * titles in any language: "Wattebällchen" matches "wattebällchen" and "WATTEBALLCHEN". A keyword is one or
 * more words in order ("cotton balls"); a {@code *} at the start or end of a word lets the word go on
 * ("*lotion" matches "Bodylotion", "windel*" matches "Windeln"), which German compounds need; parts joined
 * by {@code +} must all appear, in any order ("*lotion+parfümfrei").
 */
final class Keywords {
    /**
     * One keyword: the words each of its parts must contain (a cheap test that rules out almost every title),
     * and the pattern that then checks word boundaries and order.
     */
    private record Keyword(List<String> literals, Pattern pattern) {
        boolean matches(String normalised) {
            for (String literal : literals) {
                if (!normalised.contains(literal)) {
                    return false;
                }
            }
            return pattern.matcher(normalised).find();
        }
    }

    private final List<Keyword> keywords;

    private Keywords(List<Keyword> keywords) {
        this.keywords = List.copyOf(keywords);
    }

    /** Keywords as written in the lists; blank ones are left out. */
    static Keywords of(Collection<String> keywords) {
        List<Keyword> out = new ArrayList<>();
        for (String keyword : keywords) {
            StringBuilder all = new StringBuilder();
            List<String> literals = new ArrayList<>();
            for (String part : keyword.split("\\+")) {
                String words = normalisePart(part);
                if (!words.isEmpty()) {
                    all.append("(?=.*").append(term(words)).append(')');
                    for (String word : words.split(" ")) {
                        String core = word.replace("*", "");
                        if (!core.isEmpty()) {
                            literals.add(core);
                        }
                    }
                }
            }
            if (!all.isEmpty()) {
                out.add(new Keyword(literals, Pattern.compile("^" + all)));
            }
        }
        return new Keywords(out);
    }

    /** Whether a text normalised with {@link #normalise} holds one of the keywords. */
    boolean matches(String normalised) {
        if (normalised == null) {
            return false;
        }
        for (Keyword keyword : keywords) {
            if (keyword.matches(normalised)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the list is empty. */
    boolean isEmpty() {
        return keywords.isEmpty();
    }

    /** A text as {@link Taxonomy#normalise} folds it (case, accents, umlauts), the same for texts and keywords. */
    static String normalise(String text) {
        return text == null ? "" : Taxonomy.normalise(text);
    }

    /** The words of one part of a keyword, folded like texts, each keeping its {@code *} marks. */
    private static String normalisePart(String part) {
        List<String> words = new ArrayList<>();
        for (String raw : part.strip().split("\\s+")) {
            String core = Taxonomy.normalise(raw.replace('*', ' '));
            if (core.isEmpty()) {
                continue;
            }
            words.add((raw.startsWith("*") ? "*" : "") + core + (raw.endsWith("*") ? "*" : ""));
        }
        return String.join(" ", words);
    }

    /** One part: its words in order, each whole unless a {@code *} lets it go on. */
    private static String term(String words) {
        StringBuilder regex = new StringBuilder();
        String[] list = words.split(" ");
        for (int i = 0; i < list.length; i++) {
            String word = list[i];
            boolean open = word.startsWith("*");
            boolean close = word.endsWith("*");
            String core = word.replace("*", "");
            if (i == 0) {
                regex.append(open ? "" : "(?<![\\p{L}\\p{N}])");
            } else {
                regex.append(' ');
            }
            regex.append(open ? "[\\p{L}\\p{N}]*" : "").append(Pattern.quote(core)).append(close ? "[\\p{L}\\p{N}]*" : "");
        }
        return regex.append("(?![\\p{L}\\p{N}])").toString();
    }
}
