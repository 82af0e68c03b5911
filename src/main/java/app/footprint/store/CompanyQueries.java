package app.footprint.store;

import app.footprint.model.Category;
import app.footprint.model.CategoryStats;
import app.footprint.model.CompanySummary;
import app.footprint.model.Export;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInferenceRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read side of the Overview and Company screens. A company is described by its current exports:
 * the latest snapshot of each kind of export it gave (account data, extended history...). Counts come
 * from the summaries the import kept, never from counting items.
 */
public final class CompanyQueries {
    private final Database db;

    public CompanyQueries(Database db) {
        this.db = db;
    }

    /** One summary per company, the company holding the most first. */
    public List<CompanySummary> overview() {
        return db.read(c -> {
            Map<Service, List<Export>> current = currentExports(c);
            Map<Service, Integer> snapshots = snapshotCounts(c);
            List<CompanySummary> out = new ArrayList<>();
            for (Map.Entry<Service, List<Export>> e : current.entrySet()) {
                out.add(summary(c, e.getKey(), e.getValue(), snapshots.getOrDefault(e.getKey(), 0)));
            }
            out.sort(Comparator.comparingLong(CompanySummary::items).reversed()
                    .thenComparing(s -> s.service().displayName()));
            return out;
        });
    }

    /** The summary of one company, or null when nothing of it was imported. */
    public CompanySummary company(Service service) {
        return overview().stream().filter(s -> s.service() == service).findFirst().orElse(null);
    }

    /**
     * The company's stated inferences from its current exports, grouped by kind in the order the export
     * lists them. Repeats of a value are folded into one row; where their attributes differ (the markets
     * of one Spotify segment, say), the distinct values are joined with ", ".
     */
    public Map<InferenceKind, List<StatedInferenceRow>> statedInferences(CompanySummary company) {
        String ids = ids(company.currentExports());
        return db.read(c -> {
            Map<InferenceKind, Map<String, Folded>> folded = new EnumMap<>(InferenceKind.class);
            String sql = "SELECT i.kind, i.value, i.attributes, i.position, f.path FROM stated_inference i "
                    + "JOIN export_file f ON f.id = i.file_id WHERE i.export_id IN (" + ids + ") ORDER BY i.id";
            try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    InferenceKind kind = InferenceKind.valueOf(rs.getString("kind"));
                    String value = rs.getString("value");
                    SourceRef source = new SourceRef(rs.getString("path"), rs.getLong("position"));
                    folded.computeIfAbsent(kind, k -> new LinkedHashMap<>())
                            .computeIfAbsent(value, v -> new Folded(source))
                            .add(AttributesJson.read(rs.getString("attributes")));
                }
            }
            Map<InferenceKind, List<StatedInferenceRow>> out = new EnumMap<>(InferenceKind.class);
            folded.forEach((kind, byValue) -> out.put(kind, byValue.entrySet().stream()
                    .map(e -> e.getValue().row(kind, e.getKey())).toList()));
            return out;
        });
    }

    /** The occurrences of one stated value, with their attributes merged. */
    private static final class Folded {
        final SourceRef first;
        final Map<String, LinkedHashSet<String>> attributes = new LinkedHashMap<>();
        int occurrences;

        Folded(SourceRef first) {
            this.first = first;
        }

        void add(Map<String, String> more) {
            occurrences++;
            more.forEach((k, v) -> attributes.computeIfAbsent(k, x -> new LinkedHashSet<>()).add(v));
        }

        StatedInferenceRow row(InferenceKind kind, String value) {
            Map<String, String> merged = new LinkedHashMap<>();
            attributes.forEach((k, values) -> merged.put(k, String.join(", ", values)));
            return new StatedInferenceRow(kind, value, merged, occurrences, first);
        }
    }

    private CompanySummary summary(Connection c, Service service, List<Export> exports, int snapshots)
            throws SQLException {
        String ids = ids(exports);
        // Where several current exports hold the same kind of data, they repeat one another (Spotify's
        // account data repeats the last year of the extended history), so the one holding most counts.
        Map<Category, CategoryStats> byCategory = new EnumMap<>(Category.class);
        try (PreparedStatement s = c.prepareStatement("SELECT category, items, first_at, last_at FROM category_summary "
                + "WHERE export_id IN (" + ids + ") ORDER BY export_id DESC"); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                CategoryStats stats = new CategoryStats(Category.valueOf(rs.getString("category")), rs.getLong("items"),
                        Database.instant(rs, "first_at"), Database.instant(rs, "last_at"));
                byCategory.merge(stats.category(), stats, (a, b) -> b.items() > a.items() ? b : a);
            }
        }
        List<CategoryStats> categories = byCategory.values().stream()
                .sorted(Comparator.comparingLong(CategoryStats::items).reversed().thenComparing(CategoryStats::category))
                .collect(Collectors.toList());
        long items = categories.stream().mapToLong(CategoryStats::items).sum();
        Instant first = categories.stream().map(CategoryStats::first).reduce(null, CompanyQueries::min);
        Instant last = categories.stream().map(CategoryStats::last).reduce(null, CompanyQueries::max);
        long stated;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM (SELECT DISTINCT kind, value FROM "
                + "stated_inference WHERE export_id IN (" + ids + "))"); ResultSet rs = s.executeQuery()) {
            stated = rs.next() ? rs.getLong(1) : 0;
        }
        long advertisers;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(DISTINCT value) FROM stated_inference WHERE kind = '"
                + InferenceKind.ADVERTISER.name() + "' AND export_id IN (" + ids + ")"); ResultSet rs = s.executeQuery()) {
            advertisers = rs.next() ? rs.getLong(1) : 0;
        }
        long derived = 0;
        long sensitive = 0;
        try (PreparedStatement s = c.prepareStatement("SELECT origin, COUNT(*), COUNT(sensitive) FROM inference "
                + "WHERE service = ? GROUP BY origin")) {
            s.setString(1, service.id());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (InferenceOrigin.DERIVED.name().equals(rs.getString(1))) {
                        derived = rs.getLong(2);
                    }
                    sensitive += rs.getLong(3);
                }
            }
        }
        return new CompanySummary(service, items, categories, stated, derived, sensitive, advertisers, first, last,
                snapshots, exports);
    }

    /** The latest export of each (service, kind), by the date the company made it, else the import date. */
    static Map<Service, List<Export>> currentExports(Connection c) throws SQLException {
        String sql = ExportRows.SELECT + " e WHERE NOT EXISTS (SELECT 1 FROM export n WHERE n.service = e.service "
                + "AND n.kind = e.kind AND (COALESCE(n.exported_at, n.imported_at) > COALESCE(e.exported_at, e.imported_at) "
                + "OR (COALESCE(n.exported_at, n.imported_at) = COALESCE(e.exported_at, e.imported_at) AND n.id > e.id))) "
                + "ORDER BY e.id";
        Map<Service, List<Export>> out = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Export e = ExportRows.read(rs);
                out.computeIfAbsent(e.service(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /** Snapshots of a company: how many exports of one kind it gave over time (the most of any kind). */
    private static Map<Service, Integer> snapshotCounts(Connection c) throws SQLException {
        Map<Service, Integer> out = new EnumMap<>(Service.class);
        try (PreparedStatement s = c.prepareStatement("SELECT service, COUNT(*) FROM export GROUP BY service, kind");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                out.merge(Service.fromId(rs.getString(1)), rs.getInt(2), Math::max);
            }
        }
        return out;
    }

    /**
     * Of a company's current exports, the one whose records of a kind the screens show: the one holding
     * the most of them, as in the summary. Empty when none holds that kind.
     */
    static Optional<Long> exportShowing(Connection c, List<Export> exports, Category category) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT export_id FROM category_summary WHERE category = ? "
                + "AND export_id IN (" + ids(exports) + ") ORDER BY items DESC, export_id DESC LIMIT 1")) {
            s.setString(1, category.name());
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    static String ids(List<Export> exports) {
        return exports.stream().map(e -> Long.toString(e.id())).collect(Collectors.joining(","));
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : (a.isBefore(b) ? a : b);
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : (a.isAfter(b) ? a : b);
    }
}
