package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.ItemRow;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Full-text search over every imported item's title and text. What the person types is taken as words,
 * each matching as a prefix, all of them required; accents and case are ignored. Never as query syntax:
 * a stray quote or bracket cannot break the search.
 */
public final class SearchQueries {
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Database db;

    public SearchQueries(Database db) {
        this.db = db;
    }

    /** One item found, with the company that holds it. */
    public record Hit(Service service, ItemRow row) {
    }

    /** Up to {@code limit} items holding every word typed, most recently imported first. */
    public List<Hit> find(String text, int limit) {
        String query = query(text);
        if (query.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
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

    /** "Café Plagwitz" becomes {@code "Café"* "Plagwitz"*}: every word, as a prefix, all required. */
    static String query(String text) {
        List<String> words = new ArrayList<>();
        for (String word : NOT_A_WORD.split(text == null ? "" : text)) {
            if (!word.isEmpty()) {
                words.add("\"" + word + "\"*");
            }
        }
        return String.join(" ", words);
    }
}
