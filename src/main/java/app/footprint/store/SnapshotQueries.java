package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.InferenceKind;
import app.footprint.model.Service;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares two snapshots of one company (two exports of the same kind, an older and a newer): per kind of
 * data and per stated inference, what disappeared, what remains and what is new. A record re-exported gets
 * a new row id and maybe another place in its file, so items are matched by content (category, time and
 * title), counted as multisets in SQL: nothing is loaded into Java but the counts and bounded samples.
 * Location points, kept in compact tracks, are compared by their counts and time spans only: decoding
 * millions of points to match them one by one would say little more.
 */
public final class SnapshotQueries {
    /** How many gone and kept items, and inference values, a comparison lists per category or kind. */
    public static final int SAMPLE = 50;

    /** Orders a company's exports by when the company made them, else when they were imported. */
    private static final String RECENCY = "COALESCE(exported_at, imported_at), id";

    private final Database db;

    public SnapshotQueries(Database db) {
        this.db = db;
    }

    /** One item of a sample: what a person would recognise it by, and where the export keeps it. */
    public record ItemSample(String title, Instant at, String file) {
    }

    /**
     * One kind of data across the two snapshots.
     *
     * @param oldestKept the earliest dated record that remains, null when none does
     */
    public record CategoryChange(Category category, long gone, long kept, long added, Instant oldestKept,
                                 List<ItemSample> goneSample, List<ItemSample> keptSample) {
        public long before() {
            return gone + kept;
        }

        public long after() {
            return kept + added;
        }
    }

    /** One kind of stated inference across the two snapshots, counted in distinct values. */
    public record InferenceChange(InferenceKind kind, long gone, long kept, long added, List<String> goneValues,
                                  List<String> keptValues, List<String> addedValues) {
    }

    /** The raw location points of one snapshot: how many, and from when to when. */
    public record LocationSpan(long points, Instant first, Instant last) {
    }

    /** The whole comparison, categories and kinds in their enum order. */
    public record Comparison(Export older, Export newer, List<CategoryChange> categories,
                             List<InferenceChange> inferences, LocationSpan olderLocations,
                             LocationSpan newerLocations) {
        public Optional<CategoryChange> category(Category category) {
            return categories.stream().filter(c -> c.category() == category).findFirst();
        }

        public Optional<InferenceChange> inference(InferenceKind kind) {
            return inferences.stream().filter(c -> c.kind() == kind).findFirst();
        }
    }

    /** The snapshots of a company of one kind of export, oldest first. */
    public List<Export> snapshots(Service service, String kind) {
        return db.read(c -> {
            List<Export> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(ExportRows.SELECT
                    + " WHERE service = ? AND kind = ? ORDER BY " + RECENCY)) {
                s.setString(1, service.id());
                s.setString(2, kind);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(ExportRows.read(rs));
                    }
                }
            }
            return out;
        });
    }

    /**
     * The two latest snapshots of a company's kind of export whose newest snapshot is the most recent of
     * the kinds it gave at least twice; empty when it gave no kind twice.
     */
    public Optional<List<Export>> latestPair(Service service) {
        List<Export> best = null;
        for (String kind : kinds(service)) {
            List<Export> all = snapshots(service, kind);
            if (all.size() >= 2) {
                List<Export> pair = all.subList(all.size() - 2, all.size());
                if (best == null || newer(pair.get(1), best.get(1))) {
                    best = List.copyOf(pair);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The snapshot of the same company and kind just before this one, if any. */
    public Optional<Export> before(Export export) {
        List<Export> all = snapshots(export.service(), export.kind());
        int at = indexOf(all, export);
        return at > 0 ? Optional.of(all.get(at - 1)) : Optional.empty();
    }

    /** The latest snapshot of the same company and kind, if it is not this one. */
    public Optional<Export> latestAfter(Export export) {
        List<Export> all = snapshots(export.service(), export.kind());
        int at = indexOf(all, export);
        return at >= 0 && at < all.size() - 1 ? Optional.of(all.get(all.size() - 1)) : Optional.empty();
    }

    /** An export by its id. */
    public Optional<Export> export(long id) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement(ExportRows.SELECT + " WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(ExportRows.read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Compares an older snapshot with a newer one of the same company. */
    public Comparison compare(Export older, Export newer) {
        if (older.service() != newer.service()) {
            throw new IllegalArgumentException("export #" + older.id() + " is of " + older.service().displayName()
                    + ", export #" + newer.id() + " of " + newer.service().displayName());
        }
        return db.read(c -> new Comparison(older, newer, categories(c, older.id(), newer.id()),
                inferences(c, older.id(), newer.id()), locations(c, older.id()), locations(c, newer.id())));
    }

    private static List<CategoryChange> categories(Connection c, long older, long newer) throws SQLException {
        // Per content key, how many records each snapshot holds; a key held n times before and m times
        // after keeps min(n, m) of them.
        String sql = "SELECT category, SUM(n - MIN(n, m)), SUM(MIN(n, m)), SUM(m - MIN(n, m)), "
                + "MIN(CASE WHEN n > 0 AND m > 0 THEN at END) FROM ("
                + "SELECT category, at, title, SUM(export_id = ?1) AS n, SUM(export_id = ?2) AS m FROM item "
                + "WHERE export_id IN (?1, ?2) GROUP BY category, at, title) GROUP BY category";
        List<CategoryChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, older);
            s.setLong(2, newer);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    Category category = Category.valueOf(rs.getString(1));
                    long oldest = rs.getLong(5);
                    Instant oldestKept = rs.wasNull() ? null : Instant.ofEpochMilli(oldest);
                    out.add(new CategoryChange(category, rs.getLong(2), rs.getLong(3), rs.getLong(4), oldestKept,
                            sample(c, older, newer, category, false), sample(c, older, newer, category, true)));
                }
            }
        }
        out.sort((a, b) -> a.category().compareTo(b.category()));
        return out;
    }

    /** Up to {@link #SAMPLE} records of the older snapshot that the newer one still holds, or no longer. */
    private static List<ItemSample> sample(Connection c, long older, long newer, Category category, boolean kept)
            throws SQLException {
        String sql = "SELECT i.title, i.at, f.path FROM item i JOIN export_file f ON f.id = i.file_id "
                + "WHERE i.export_id = ?1 AND i.category = ?3 AND " + (kept ? "" : "NOT ")
                + "EXISTS (SELECT 1 FROM item n WHERE n.export_id = ?2 AND n.category = ?3 AND n.at IS i.at "
                + "AND n.title IS i.title) ORDER BY i.at, i.id LIMIT " + SAMPLE;
        List<ItemSample> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, older);
            s.setLong(2, newer);
            s.setString(3, category.name());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new ItemSample(rs.getString(1), Database.instant(rs, "at"), rs.getString(3)));
                }
            }
        }
        return out;
    }

    private static List<InferenceChange> inferences(Connection c, long older, long newer) throws SQLException {
        // Repeats of a value within a snapshot are one statement: values are compared as sets.
        String values = "SELECT kind, value, MAX(export_id = ?1) AS had, MAX(export_id = ?2) AS has "
                + "FROM stated_inference WHERE export_id IN (?1, ?2) GROUP BY kind, value";
        List<InferenceChange> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT kind, SUM(had AND NOT has), SUM(had AND has), "
                + "SUM(has AND NOT had) FROM (" + values + ") GROUP BY kind")) {
            s.setLong(1, older);
            s.setLong(2, newer);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString(1);
                    out.add(new InferenceChange(InferenceKind.valueOf(kind), rs.getLong(2), rs.getLong(3),
                            rs.getLong(4), values(c, values, older, newer, kind, "had AND NOT has"),
                            values(c, values, older, newer, kind, "had AND has"),
                            values(c, values, older, newer, kind, "has AND NOT had")));
                }
            }
        }
        out.sort((a, b) -> a.kind().compareTo(b.kind()));
        return out;
    }

    private static List<String> values(Connection c, String values, long older, long newer, String kind,
                                       String which) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT value FROM (" + values + ") WHERE kind = ?3 AND "
                + which + " ORDER BY value LIMIT " + SAMPLE)) {
            s.setLong(1, older);
            s.setLong(2, newer);
            s.setString(3, kind);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static LocationSpan locations(Connection c, long export) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COALESCE(SUM(points), 0), MIN(first_at), MAX(last_at) "
                + "FROM location_track WHERE export_id = ?")) {
            s.setLong(1, export);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                long first = rs.getLong(2);
                Instant from = rs.wasNull() ? null : Instant.ofEpochMilli(first);
                long last = rs.getLong(3);
                Instant to = rs.wasNull() ? null : Instant.ofEpochMilli(last);
                return new LocationSpan(rs.getLong(1), from, to);
            }
        }
    }

    private List<String> kinds(Service service) {
        return db.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT kind FROM export WHERE service = ? ORDER BY kind")) {
                s.setString(1, service.id());
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
            }
            return out;
        });
    }

    private static boolean newer(Export a, Export b) {
        Instant ta = a.exportedAt() != null ? a.exportedAt() : a.importedAt();
        Instant tb = b.exportedAt() != null ? b.exportedAt() : b.importedAt();
        int order = ta.compareTo(tb);
        return order > 0 || (order == 0 && a.id() > b.id());
    }

    private static int indexOf(List<Export> all, Export export) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).id() == export.id()) {
                return i;
            }
        }
        return -1;
    }
}
