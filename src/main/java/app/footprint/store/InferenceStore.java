package app.footprint.store;

import app.footprint.model.ActivitySupport;
import app.footprint.model.Evidence;
import app.footprint.model.Inference;
import app.footprint.model.InferenceKind;
import app.footprint.model.InferenceOrigin;
import app.footprint.model.SensitiveCategory;
import app.footprint.model.Service;
import app.footprint.model.StoredInference;
import app.footprint.model.Topic;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Keeps the analysis's inferences with their evidence. An analysis replaces the previous one whole, in one
 * transaction, so readers see either the old profile or the new one.
 */
public final class InferenceStore {
    private static final String COLUMNS = "id, origin, service, kind, label, topic, topic_label, topic_sensitive, "
            + "sensitive, sensitive_why, confidence, latitude, longitude, support, explanation, evidence_count, sources";

    private final Database db;

    public InferenceStore(Database db) {
        this.db = db;
    }

    /** What the stored inferences were computed from, as given to {@link #replaceAll}; empty before any analysis. */
    public Optional<String> analysedState() {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT exports || ' ' || version FROM analysis");
                 ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        });
    }

    /** Replaces every stored inference by these, and records what they were computed from. */
    public void replaceAll(List<Inference> inferences, String exportsKey, String version) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM inference_evidence");
                s.executeUpdate("DELETE FROM inference");
            }
            try (PreparedStatement row = c.prepareStatement("INSERT INTO inference (" + COLUMNS.substring(4)
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement evidence = c.prepareStatement("INSERT INTO inference_evidence (inference_id, "
                         + "position, kind, ref, service, at, label, path, records) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (Inference i : inferences) {
                    long id = insert(row, i);
                    int position = 0;
                    for (Evidence e : i.evidence()) {
                        evidence.setLong(1, id);
                        evidence.setInt(2, position++);
                        evidence.setString(3, e.kind().name());
                        evidence.setLong(4, e.ref());
                        evidence.setString(5, e.service() == null ? null : e.service().id());
                        evidence.setObject(6, Database.millis(e.at()), Types.BIGINT);
                        evidence.setString(7, e.label());
                        evidence.setString(8, e.path());
                        evidence.setLong(9, e.records());
                        evidence.addBatch();
                    }
                    evidence.executeBatch();
                }
            }
            try (PreparedStatement s = c.prepareStatement("INSERT OR REPLACE INTO analysis (id, exports, version, "
                    + "analysed_at) VALUES (1, ?, ?, ?)")) {
                s.setString(1, exportsKey);
                s.setString(2, version);
                s.setLong(3, Instant.now().toEpochMilli());
                s.executeUpdate();
            }
            return null;
        });
    }

    private static long insert(PreparedStatement s, Inference i) throws SQLException {
        s.setString(1, i.origin().name());
        s.setString(2, i.service() == null ? null : i.service().id());
        s.setString(3, i.kind().name());
        s.setString(4, i.label());
        s.setString(5, i.topic() == null ? null : i.topic().id());
        s.setString(6, i.topic() == null ? null : i.topic().label());
        s.setString(7, i.topic() == null || i.topic().sensitive() == null ? null : i.topic().sensitive().name());
        s.setString(8, i.sensitive() == null ? null : i.sensitive().name());
        s.setString(9, i.sensitiveWhy());
        s.setDouble(10, i.confidence());
        s.setObject(11, i.latitude(), Types.DOUBLE);
        s.setObject(12, i.longitude(), Types.DOUBLE);
        s.setString(13, i.support() == null ? null : i.support().name());
        s.setString(14, i.explanation());
        s.setLong(15, i.evidenceCount());
        s.setString(16, i.sources().stream().map(Service::id).sorted().collect(Collectors.joining(",")));
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /**
     * Every stored inference without its evidence (read it with {@link #evidence}): companies in the order of
     * {@link Service}, combined ones last, each company's in the order the analysis gave them.
     */
    public List<StoredInference> all() {
        List<StoredInference> out = new ArrayList<>(select("", null));
        out.sort((a, b) -> Integer.compare(order(a.inference().service()), order(b.inference().service())));
        return out;
    }

    /** The stored inferences about one company (null for the combined ones), in the order the analysis gave them. */
    public List<StoredInference> of(Service service) {
        return service == null ? select("WHERE service IS NULL", null) : select("WHERE service = ?", service.id());
    }

    private List<StoredInference> select(String where, String parameter) {
        return db.read(c -> {
            List<StoredInference> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM inference " + where
                    + " ORDER BY id")) {
                if (parameter != null) {
                    s.setString(1, parameter);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StoredInference(rs.getLong("id"), read(rs, List.of())));
                    }
                }
            }
            return out;
        });
    }

    /** The evidence of one stored inference, in the order the analysis listed it. */
    public List<Evidence> evidence(long inferenceId) {
        return db.read(c -> {
            List<Evidence> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT kind, ref, service, at, label, path, records "
                    + "FROM inference_evidence WHERE inference_id = ? ORDER BY position")) {
                s.setLong(1, inferenceId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        String service = rs.getString("service");
                        out.add(new Evidence(Evidence.Kind.valueOf(rs.getString("kind")), rs.getLong("ref"),
                                service == null ? null : Service.fromId(service), Database.instant(rs, "at"),
                                rs.getString("label"), rs.getString("path"), rs.getLong("records")));
                    }
                }
            }
            return out;
        });
    }

    /** One stored inference with its evidence, or empty. */
    public Optional<Inference> withEvidence(long inferenceId) {
        List<Evidence> evidence = evidence(inferenceId);
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM inference WHERE id = ?")) {
                s.setLong(1, inferenceId);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs, evidence)) : Optional.empty();
                }
            }
        });
    }

    private static int order(Service service) {
        return service == null ? Integer.MAX_VALUE : service.ordinal();
    }

    private static Inference read(ResultSet rs, List<Evidence> evidence) throws SQLException {
        String service = rs.getString("service");
        String topicId = rs.getString("topic");
        String topicSensitive = rs.getString("topic_sensitive");
        Topic topic = topicId == null ? null : new Topic(topicId, rs.getString("topic_label"),
                topicSensitive == null ? null : SensitiveCategory.valueOf(topicSensitive));
        String sensitive = rs.getString("sensitive");
        String support = rs.getString("support");
        double latitude = rs.getDouble("latitude");
        boolean place = !rs.wasNull();
        String sources = rs.getString("sources");
        Set<Service> contributing = sources.isEmpty() ? Set.of()
                : Arrays.stream(sources.split(",")).map(Service::fromId).collect(Collectors.toSet());
        return new Inference(InferenceOrigin.valueOf(rs.getString("origin")),
                service == null ? null : Service.fromId(service), InferenceKind.valueOf(rs.getString("kind")),
                rs.getString("label"), topic, sensitive == null ? null : SensitiveCategory.valueOf(sensitive),
                rs.getString("sensitive_why"), rs.getDouble("confidence"), place ? latitude : null,
                place ? rs.getDouble("longitude") : null, support == null ? null : ActivitySupport.valueOf(support),
                rs.getString("explanation"), evidence, rs.getLong("evidence_count"), contributing);
    }
}
