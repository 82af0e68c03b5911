package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ItemRow;
import app.footprint.model.SourceRef;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Items of one kind from a company's current exports, a page at a time, newest first, for the
 * virtualised item browser. They come from the export the summary counts them from.
 */
public final class ItemQueries {
    private final Database db;

    public ItemQueries(Database db) {
        this.db = db;
    }

    public long count(List<Export> exports, Category category) {
        if (exports.isEmpty()) {
            return 0;
        }
        return db.read(c -> {
            Optional<Long> export = CompanyQueries.exportShowing(c, exports, category);
            if (export.isEmpty()) {
                return 0L;
            }
            try (PreparedStatement s = c.prepareStatement("SELECT items FROM category_summary "
                    + "WHERE category = ? AND export_id = ?")) {
                s.setString(1, category.name());
                s.setLong(2, export.get());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** Rows {@code offset} to {@code offset + limit - 1}, newest first; undated items come last. */
    public List<ItemRow> page(List<Export> exports, Category category, long offset, int limit) {
        if (exports.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            Optional<Long> export = CompanyQueries.exportShowing(c, exports, category);
            if (export.isEmpty()) {
                return List.<ItemRow>of();
            }
            String sql = "SELECT i.id, i.at, i.zone_assumed, i.title, i.detail, i.attributes, i.position, f.path "
                    + "FROM item i JOIN export_file f ON f.id = i.file_id "
                    + "WHERE i.export_id = ? AND i.category = ? "
                    + "ORDER BY i.at IS NULL, i.at DESC, i.id LIMIT ? OFFSET ?";
            List<ItemRow> rows = new ArrayList<>(limit);
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setLong(1, export.get());
                s.setString(2, category.name());
                s.setInt(3, limit);
                s.setLong(4, offset);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new ItemRow(rs.getLong("id"), category, Database.instant(rs, "at"),
                                rs.getInt("zone_assumed") == 1, rs.getString("title"), rs.getString("detail"),
                                AttributesJson.read(rs.getString("attributes")),
                                new SourceRef(rs.getString("path"), rs.getLong("position"))));
                    }
                }
            }
            return rows;
        });
    }
}
