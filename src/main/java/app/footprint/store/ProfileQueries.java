package app.footprint.store;

import app.footprint.model.AnalysedItem;
import app.footprint.model.AnalysedPoint;
import app.footprint.model.AnalysedStatedInference;
import app.footprint.model.Category;
import app.footprint.model.Export;
import app.footprint.model.InferenceKind;
import app.footprint.model.LocationPoint;
import app.footprint.model.ProfileData;
import app.footprint.model.Service;
import app.footprint.model.SourceRef;
import app.footprint.model.StatedInference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The analysis's view of the database: the current exports of each company, read on a connection of its
 * own so that the screens stay responsive. Of several current exports holding the same kind of data, the
 * one the summary counts is read, so that repeats are not counted twice.
 */
public final class ProfileQueries implements ProfileData {
    private final Database db;

    public ProfileQueries(Database db) {
        this.db = db;
    }

    /** The ids of the current exports, in order: the analysis is current while this stays the same. */
    public String currentExportsKey() {
        return db.read(c -> CompanyQueries.currentExports(c).values().stream().flatMap(List::stream)
                .map(e -> Long.toString(e.id())).sorted().collect(Collectors.joining(",")));
    }

    @Override
    public Set<Service> services() {
        return db.read(c -> Set.copyOf(CompanyQueries.currentExports(c).keySet()));
    }

    @Override
    public void items(Set<Category> categories, Consumer<AnalysedItem> visitor) {
        db.readAlone(c -> {
            // Dated items, then undated ones: two queries, so that the index gives the order and nothing is sorted.
            String select = "SELECT i.id, i.at, i.title, i.attributes, f.path FROM item i "
                    + "JOIN export_file f ON f.id = i.file_id WHERE i.export_id = ? AND i.category = ? ";
            String sql = select + "AND i.at IS NOT NULL ORDER BY i.at, i.id";
            String undated = select + "AND i.at IS NULL ORDER BY i.id";
            try (PreparedStatement s = c.prepareStatement(sql); PreparedStatement u = c.prepareStatement(undated)) {
                for (Map.Entry<Service, List<Export>> e : CompanyQueries.currentExports(c).entrySet()) {
                    for (Category category : categories) {
                        Optional<Long> export = CompanyQueries.exportShowing(c, e.getValue(), category);
                        if (export.isEmpty()) {
                            continue;
                        }
                        for (PreparedStatement query : List.of(s, u)) {
                            query.setLong(1, export.get());
                            query.setString(2, category.name());
                            try (ResultSet rs = query.executeQuery()) {
                                while (rs.next()) {
                                    visitor.accept(new AnalysedItem(rs.getLong(1), e.getKey(), category,
                                            Database.instant(rs, "at"), rs.getString(3),
                                            AttributesJson.read(rs.getString(4)), rs.getString(5)));
                                }
                            }
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void locationPoints(Consumer<AnalysedPoint> visitor) {
        db.readAlone(c -> {
            String sql = "SELECT t.id, t.data, f.path FROM location_track t JOIN export_file f ON f.id = t.file_id "
                    + "WHERE t.export_id = ? ORDER BY t.id";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Map.Entry<Service, List<Export>> e : CompanyQueries.currentExports(c).entrySet()) {
                    Optional<Long> export = CompanyQueries.exportShowing(c, e.getValue(), Category.LOCATIONS);
                    if (export.isEmpty()) {
                        continue;
                    }
                    s.setLong(1, export.get());
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            long track = rs.getLong(1);
                            for (LocationPoint p : TrackCodec.decode(rs.getBytes(2), rs.getString(3))) {
                                visitor.accept(new AnalysedPoint(e.getKey(), track, p));
                            }
                        }
                    }
                }
            }
            return null;
        });
    }

    @Override
    public List<AnalysedStatedInference> statedInferences() {
        return db.readAlone(c -> {
            List<AnalysedStatedInference> out = new ArrayList<>();
            String sql = "SELECT i.id, i.kind, i.value, i.attributes, i.position, f.path FROM stated_inference i "
                    + "JOIN export_file f ON f.id = i.file_id WHERE i.export_id = ? ORDER BY i.id";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Map.Entry<Service, List<Export>> e : CompanyQueries.currentExports(c).entrySet()) {
                    for (Export export : e.getValue()) {
                        s.setLong(1, export.id());
                        try (ResultSet rs = s.executeQuery()) {
                            while (rs.next()) {
                                out.add(stated(rs, e.getKey()));
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    private static AnalysedStatedInference stated(ResultSet rs, Service service) throws SQLException {
        StatedInference inference = new StatedInference(InferenceKind.valueOf(rs.getString("kind")),
                rs.getString("value"), AttributesJson.read(rs.getString("attributes")),
                new SourceRef(rs.getString("path"), rs.getLong("position")));
        return new AnalysedStatedInference(rs.getLong("id"), service, inference);
    }
}
