package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Full-text search over every imported item's title and text. What the person types is taken as words,
 * each matching as a prefix, all of them required; accents and case are ignored. Never as query syntax:
 * a stray quote or bracket cannot break the search.
 */
public final class SearchQueries {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");
    /** Above every character, so that a prefix followed by anything sorts below the prefix followed by it. */
    private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));
    private static final int MAX_WORDS_PER_PREFIX = 64;

    private final Database db;

    public SearchQueries(Database db) {
        this.db = db;
    }

    /** One item found, with the company that holds it. */
    public record Hit(Service service, ItemRow row) {
    }

    /** Up to {@code limit} items holding every word typed, most recently imported first. */
    public List<Hit> find(String text, int limit) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            String query = match(c, words);
            List<Hit> hits = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.category, i.at, i.zone_assumed, i.title, "
                    + "i.detail, i.attributes, i.position, f.path, e.service FROM item_text t "
                    + "JOIN item i ON i.id = t.rowid JOIN export_file f ON f.id = i.file_id "
                    + "JOIN export e ON e.id = i.export_id WHERE item_text MATCH ? ORDER BY t.rowid DESC LIMIT ?")) {
                s.setString(1, query);
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        hits.add(new Hit(Service.fromId(rs.getString("service")), new ItemRow(rs.getLong("id"),
                                Category.valueOf(rs.getString("category")), Database.instant(rs, "at"),
                                rs.getInt("zone_assumed") == 1, rs.getString("title"), rs.getString("detail"),
                                AttributesJson.read(rs.getString("attributes")),
                                new SourceRef(rs.getString("path"), rs.getLong("position")))));
                    }
                }
            }
            return hits;
        });
    }

    /** The words typed: runs of letters and digits; everything else separates them. */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(text == null ? "" : text)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * "Café Plag" becomes {@code ("cafe") AND ("plagwitz" OR "plague")}: each word as the indexed words that
     * begin with it, all required. FTS5 can read a few whole words newest first and stop after a page, but
     * a prefix ({@code "plag"*}) makes it merge every matching entry first: 90 ms for a word in 300,000
     * items. A word that begins too many indexed words, or none, stays a prefix.
     */
    static String match(Connection c, List<String> words) throws SQLException {
        List<String> groups = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT term FROM item_text_vocab WHERE term >= ? AND term < ? LIMIT ?")) {
            for (String word : words) {
                String prefix = folded(word);
                s.setString(1, prefix);
                s.setString(2, prefix + LAST_CHARACTER);
                s.setInt(3, MAX_WORDS_PER_PREFIX + 1);
                List<String> terms = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        terms.add(quoted(rs.getString(1)));
                    }
                }
                groups.add(terms.isEmpty() || terms.size() > MAX_WORDS_PER_PREFIX ? quoted(word) + "*"
                        : "(" + String.join(" OR ", terms) + ")");
            }
        }
        return String.join(" AND ", groups);
    }

    /** As the index keeps words: lower case, accents removed (the tokenizer's remove_diacritics). */
    static String folded(String word) {
        return ACCENTS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String quoted(String term) {
        return "\"" + term.replace("\"", "\"\"") + "\"";
    }
}
