package app.footprint.store;

import app.footprint.model.RequestEvent;
import app.footprint.model.RequestLogEntry;
import app.footprint.model.RequestStatus;
import app.footprint.model.TrackedRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the tracked requests and their logs. Every change is one transaction: a request with its log line,
 * or a whole restore, is kept entirely or not at all.
 */
public final class RequestStore {
    private static final String COLUMNS = "id, reference, service, law, type, status, sent, due, extended_due, "
            + "acknowledge_by, action_needed, created_at, updated_at, note";

    private final Database db;

    public RequestStore(Database db) {
        this.db = db;
    }

    /**
     * Stores a new request under the next free reference number of its year ({@code FP-2026-0001}, ...) and
     * logs its creation. The id and reference of {@code request} are ignored.
     */
    public TrackedRequest create(TrackedRequest request, RequestLogEntry first) {
        return db.write(c -> {
            String reference = nextReference(c, request.created().atZone(java.time.ZoneOffset.UTC).getYear());
            TrackedRequest stored = new TrackedRequest(0, reference, request.service(), request.lawKey(),
                    request.typeKey(), request.status(), request.sent(), request.due(), request.extendedDue(),
                    request.acknowledgeBy(), request.actionNeeded(), request.created(), request.updated(),
                    request.note());
            long id = insert(c, stored, null);
            insertLog(c, id, List.of(first));
            return withId(stored, id);
        });
    }

    private static String nextReference(Connection c, int year) throws SQLException {
        String prefix = "FP-" + year + "-";
        try (PreparedStatement s = c.prepareStatement(
                "SELECT MAX(CAST(substr(reference, ?) AS INTEGER)) FROM request WHERE reference LIKE ?")) {
            s.setInt(1, prefix.length() + 1);
            s.setString(2, prefix + "%");
            try (ResultSet rs = s.executeQuery()) {
                int last = rs.next() ? rs.getInt(1) : 0;
                return prefix + String.format("%04d", last + 1);
            }
        }
    }

    /** Every request, oldest first. */
    public List<TrackedRequest> list() {
        return db.read(c -> {
            List<TrackedRequest> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM request ORDER BY id");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        });
    }

    public Optional<TrackedRequest> get(String reference) {
        return db.read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM request WHERE reference = ?")) {
                s.setString(1, reference);
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** The log of a request, in the order it was written. */
    public List<RequestLogEntry> log(String reference) {
        return db.read(c -> {
            List<RequestLogEntry> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT l.at, l.event, l.text, l.attachment FROM request_log l "
                    + "JOIN request r ON r.id = l.request_id WHERE r.reference = ? ORDER BY l.position")) {
                s.setString(1, reference);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        out.add(new RequestLogEntry(Instant.ofEpochMilli(rs.getLong("at")),
                                RequestEvent.fromKey(rs.getString("event")).orElseThrow(),
                                rs.getString("text"), rs.getString("attachment")));
                    }
                }
            }
            return out;
        });
    }

    /** Saves a request's new status, dates and note together with the log line that says why. */
    public void update(TrackedRequest request, RequestLogEntry why) {
        db.write(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE request SET status = ?, extended_due = ?, "
                    + "action_needed = ?, updated_at = ?, note = ? WHERE reference = ?")) {
                s.setString(1, request.status().key());
                s.setString(2, iso(request.extendedDue()));
                s.setInt(3, request.actionNeeded() ? 1 : 0);
                s.setLong(4, request.updated().toEpochMilli());
                s.setString(5, request.note());
                s.setString(6, request.reference());
                if (s.executeUpdate() != 1) {
                    throw new IllegalArgumentException("No request " + request.reference());
                }
            }
            insertLog(c, idOf(c, request.reference()), List.of(why));
            return null;
        });
    }

    /** Adds a line to a request's log. */
    public void addLog(String reference, RequestLogEntry entry) {
        db.write(c -> {
            insertLog(c, idOf(c, reference), List.of(entry));
            return null;
        });
    }

    /** Every request with its log, oldest first: what a backup holds. */
    public Map<TrackedRequest, List<RequestLogEntry>> all() {
        Map<TrackedRequest, List<RequestLogEntry>> out = new LinkedHashMap<>();
        for (TrackedRequest r : list()) {
            out.put(r, log(r.reference()));
        }
        return out;
    }

    /**
     * Adds these requests with their logs, keeping their ids and references, in one transaction: a reference
     * or id already present makes the whole restore fail and leaves the database as it was.
     */
    public void restore(Map<TrackedRequest, List<RequestLogEntry>> requests) {
        db.write(c -> {
            for (Map.Entry<TrackedRequest, List<RequestLogEntry>> e : requests.entrySet()) {
                long id = insert(c, e.getKey(), e.getKey().id());
                insertLog(c, id, e.getValue());
            }
            return null;
        });
    }

    private static long insert(Connection c, TrackedRequest r, Long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO request (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            s.setObject(1, id);
            s.setString(2, r.reference());
            s.setString(3, r.service());
            s.setString(4, r.lawKey());
            s.setString(5, r.typeKey());
            s.setString(6, r.status().key());
            s.setString(7, iso(r.sent()));
            s.setString(8, iso(r.due()));
            s.setString(9, iso(r.extendedDue()));
            s.setString(10, iso(r.acknowledgeBy()));
            s.setInt(11, r.actionNeeded() ? 1 : 0);
            s.setLong(12, r.created().toEpochMilli());
            s.setLong(13, r.updated().toEpochMilli());
            s.setString(14, r.note());
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void insertLog(Connection c, long requestId, List<RequestLogEntry> entries) throws SQLException {
        int position;
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM request_log WHERE request_id = ?")) {
            s.setLong(1, requestId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                position = rs.getInt(1);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO request_log (request_id, position, at, event, "
                + "text, attachment) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (RequestLogEntry e : entries) {
                s.setLong(1, requestId);
                s.setInt(2, position++);
                s.setLong(3, e.at().toEpochMilli());
                s.setString(4, e.event().key());
                s.setString(5, e.text());
                s.setString(6, e.attachment());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static long idOf(Connection c, String reference) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM request WHERE reference = ?")) {
            s.setString(1, reference);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No request " + reference);
                }
                return rs.getLong(1);
            }
        }
    }

    private static TrackedRequest withId(TrackedRequest r, long id) {
        return new TrackedRequest(id, r.reference(), r.service(), r.lawKey(), r.typeKey(), r.status(), r.sent(),
                r.due(), r.extendedDue(), r.acknowledgeBy(), r.actionNeeded(), r.created(), r.updated(), r.note());
    }

    private static TrackedRequest read(ResultSet rs) throws SQLException {
        return new TrackedRequest(rs.getLong("id"), rs.getString("reference"), rs.getString("service"),
                rs.getString("law"), rs.getString("type"), RequestStatus.fromKey(rs.getString("status")).orElseThrow(),
                date(rs.getString("sent")), date(rs.getString("due")), date(rs.getString("extended_due")),
                date(rs.getString("acknowledge_by")), rs.getInt("action_needed") == 1,
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
                rs.getString("note"));
    }

    private static String iso(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
