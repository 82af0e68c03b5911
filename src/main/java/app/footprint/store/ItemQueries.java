package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.ItemRow;
import app.footprint.model.LocationPoint;
import app.footprint.model.SourceRef;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

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

    /** The kind of data of one item, by its id; empty when no such item is kept (any more). */
    public Optional<Category> categoryOf(long itemId) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT category FROM item WHERE id = ?")) {
                s.setLong(1, itemId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(Category.valueOf(rs.getString(1))) : Optional.<Category>empty();
                }
            }
        });
    }

    /**
     * Where one item stands among the rows {@link #page} lists for its kind: the number of rows before it.
     * Empty when the item is not among them: gone, of another kind, or kept in an export the summary does
     * not show for that kind (an older snapshot).
     */
    public OptionalLong position(List<Export> exports, Category category, long itemId) {
        if (exports.isEmpty()) {
            return OptionalLong.empty();
        }
        return db.read(c -> {
            Optional<Long> export = CompanyQueries.exportShowing(c, exports, category);
            if (export.isEmpty()) {
                return OptionalLong.empty();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT at FROM item WHERE id = ? AND export_id = ? AND category = ?")) {
                s.setLong(1, itemId);
                s.setLong(2, export.get());
                s.setString(3, category.name());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return OptionalLong.empty();
                    }
                    long at = rs.getLong(1);
                    return OptionalLong.of(rowsBefore(c, export.get(), category, rs.wasNull() ? null : at, itemId));
                }
            }
        });
    }

    /** Rows the browser lists before an item, counted from the index: no sort, whatever the export's size. */
    static final String DATED_BEFORE = "SELECT (SELECT COUNT(*) FROM item WHERE export_id = ?1 AND category = ?2 "
            + "AND at > ?3) + (SELECT COUNT(*) FROM item WHERE export_id = ?1 AND category = ?2 AND at = ?3 AND id < ?4)";
    /** Undated items come after every dated one, by id among themselves. */
    static final String UNDATED_BEFORE = "SELECT (SELECT COUNT(*) FROM item WHERE export_id = ?1 AND category = ?2 "
            + "AND at IS NOT NULL) + (SELECT COUNT(*) FROM item WHERE export_id = ?1 AND category = ?2 "
            + "AND at IS NULL AND id < ?4)";

    private static long rowsBefore(Connection c, long export, Category category, Long at, long itemId)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(at == null ? UNDATED_BEFORE : DATED_BEFORE)) {
            s.setLong(1, export);
            s.setString(2, category.name());
            if (at != null) {
                s.setLong(3, at);
            }
            s.setLong(4, itemId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Rows {@code offset} to {@code offset + limit - 1}, newest first; undated items come last. Location
     * history lists its items (visits, journeys) first, then its raw points, track by track, newest first.
     */
    public List<ItemRow> page(List<Export> exports, Category category, long offset, int limit) {
        if (exports.isEmpty()) {
            return List.of();
        }
        return db.read(c -> {
            Optional<Long> export = CompanyQueries.exportShowing(c, exports, category);
            if (export.isEmpty()) {
                return List.<ItemRow>of();
            }
            List<ItemRow> rows = items(c, export.get(), category, offset, limit);
            if (category == Category.LOCATIONS && rows.size() < limit) {
                long itemCount = offset + rows.size();
                if (rows.isEmpty()) {
                    try (PreparedStatement s = c.prepareStatement(
                            "SELECT COUNT(*) FROM item WHERE export_id = ? AND category = ?")) {
                        s.setLong(1, export.get());
                        s.setString(2, category.name());
                        try (ResultSet rs = s.executeQuery()) {
                            itemCount = rs.next() ? rs.getLong(1) : 0;
                        }
                    }
                }
                rows.addAll(points(c, export.get(), Math.max(0, offset - itemCount), limit - rows.size()));
            }
            return rows;
        });
    }

    private static List<ItemRow> items(Connection c, long export, Category category, long offset, int limit)
            throws SQLException {
        String sql = "SELECT i.id, i.at, i.zone_assumed, i.title, i.detail, i.attributes, i.position, f.path "
                    + "FROM item i JOIN export_file f ON f.id = i.file_id "
                    + "WHERE i.export_id = ? AND i.category = ? "
                    + "ORDER BY i.at IS NULL, i.at DESC, i.id LIMIT ? OFFSET ?";
        List<ItemRow> rows = new ArrayList<>(limit);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, export);
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
    }

    /**
     * Raw location points {@code offset} onwards: whole tracks before it are skipped by their point counts,
     * so only the tracks shown are decoded.
     */
    private static List<ItemRow> points(Connection c, long export, long offset, int limit) throws SQLException {
        List<ItemRow> rows = new ArrayList<>(limit);
        long skipped = 0;
        try (PreparedStatement tracks = c.prepareStatement("SELECT t.id, t.points, f.path FROM location_track t "
                + "JOIN export_file f ON f.id = t.file_id WHERE t.export_id = ? ORDER BY t.first_at DESC, t.id DESC");
             PreparedStatement data = c.prepareStatement("SELECT data FROM location_track WHERE id = ?")) {
            tracks.setLong(1, export);
            try (ResultSet rs = tracks.executeQuery()) {
                while (rs.next() && rows.size() < limit) {
                    int points = rs.getInt("points");
                    if (skipped + points <= offset) {
                        skipped += points;
                        continue;
                    }
                    long trackId = rs.getLong("id");
                    data.setLong(1, trackId);
                    List<LocationPoint> decoded;
                    try (ResultSet d = data.executeQuery()) {
                        d.next();
                        decoded = new ArrayList<>(TrackCodec.decode(d.getBytes(1), rs.getString("path")));
                    }
                    decoded.sort(Comparator.comparing(LocationPoint::at, Comparator.nullsFirst(Comparator.naturalOrder()))
                            .reversed());
                    for (int i = (int) Math.max(0, offset - skipped); i < decoded.size() && rows.size() < limit; i++) {
                        rows.add(row(-(trackId * 10_000 + i), decoded.get(i)));
                    }
                    skipped += points;
                }
            }
        }
        return rows;
    }

    /** A point as the browser shows it; its negative id says it is no item row. */
    private static ItemRow row(long id, LocationPoint p) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (p.accuracyMeters() >= 0) {
            attributes.put("accuracy", p.accuracyMeters() + " m");
        }
        if (p.method() != null) {
            attributes.put("source", p.method());
        }
        if (p.activity() != null) {
            attributes.put("activity", p.activity());
        }
        String where = BigDecimal.valueOf(p.latitudeE7(), 7).stripTrailingZeros().toPlainString() + ", "
                + BigDecimal.valueOf(p.longitudeE7(), 7).stripTrailingZeros().toPlainString();
        return new ItemRow(id, Category.LOCATIONS, p.at(), false, where, null, attributes, p.source());
    }
}
