package app.footprint.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.footprint.model.RequestEvent;
import app.footprint.model.RequestLogEntry;
import app.footprint.model.RequestStatus;
import app.footprint.model.TrackedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequestStoreTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseFromBeforeTheTrackerGetsItsTablesAndKeepsItsData() throws SQLException, IOException {
        Path file = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement()) {
            for (String migration : Migrations.FILES.subList(0, 3)) {
                for (String sql : Migrations.statements(resource(migration))) {
                    s.executeUpdate(sql);
                }
            }
            s.executeUpdate("PRAGMA user_version = 3");
            s.executeUpdate("INSERT INTO analysis (id, exports, version, analysed_at) VALUES (1, 'e1', 'v1', 5)");
        }
        try (Database db = Database.open(file)) {
            assertThat(db.<Integer>read(c -> intOf(c, "PRAGMA user_version"))).isEqualTo(4);
            assertThat(db.<Integer>read(c -> intOf(c, "SELECT COUNT(*) FROM analysis"))).isEqualTo(1);
            RequestStore store = new RequestStore(db);
            TrackedRequest r = store.create(request(), new RequestLogEntry(Instant.parse("2026-01-31T10:00:00Z"),
                    RequestEvent.SENT, "sent", null));
            assertThat(r.reference()).isEqualTo("FP-2026-0001");
            assertThat(store.list()).containsExactly(r);
        }
    }

    @Test
    void referencesCountUpPerYearOfCreation() {
        try (Database db = Database.open(dir.resolve("f.db"))) {
            RequestStore store = new RequestStore(db);
            RequestLogEntry log = new RequestLogEntry(Instant.parse("2026-01-31T10:00:00Z"), RequestEvent.SENT, "", null);
            assertThat(store.create(request(), log).reference()).isEqualTo("FP-2026-0001");
            assertThat(store.create(request(), log).reference()).isEqualTo("FP-2026-0002");
            TrackedRequest next = request();
            next = new TrackedRequest(0, "-", "google", "gdpr", "access", RequestStatus.SENT, next.sent(), next.due(),
                    null, null, false, Instant.parse("2027-01-02T00:00:00Z"), Instant.parse("2027-01-02T00:00:00Z"), "");
            assertThat(store.create(next, log).reference()).isEqualTo("FP-2027-0001");
            assertThat(store.create(request(), log).reference()).isEqualTo("FP-2026-0003");
            assertThat(store.list()).hasSize(4);
            assertThat(store.log("FP-2026-0002")).containsExactly(log);
        }
    }

    private static TrackedRequest request() {
        Instant at = Instant.parse("2026-01-31T10:00:00Z");
        return new TrackedRequest(0, "-", "facebook", "gdpr", "access", RequestStatus.SENT, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 2), null, null, false, at, at, "");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int intOf(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
